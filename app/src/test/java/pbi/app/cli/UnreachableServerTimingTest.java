package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * How long the command line takes to give up on a server nobody listens on: printed, never asserted, since a busy
 * build machine must not fail the build. Runs under {@code -Pbench}.
 */
@Tag("benchmark")
class UnreachableServerTimingTest {

    @Test
    void exportToAnUnreachableServerIsTimed() {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            StringWriter err = new StringWriter();
            CommandLine cli = Cli.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            long started = System.nanoTime();

            int code = cli.execute("export", "--all", "--url", "jdbc:mysql://127.0.0.1:1/characters", "--user",
                    "nobody");

            millis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(code).as(err.toString()).isEqualTo(3);
        }
        Collections.sort(millis);
        System.out.printf("MEASURE unreachable server: exit 3 after %d ms (median of %d; slowest %d ms)%n",
                millis.get(millis.size() / 2), millis.size(), millis.get(millis.size() - 1));
    }
}
