package pbi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.LogFile;

/**
 * What JavaFX logs through java.util.logging (its class-path warning at start-up) and through System.Logger lands
 * in the app's log file, and nothing of it on the console. Runs on the test JVM's own logging, as the app does.
 */
class JavaLoggingTest {

    @AfterEach
    void restoreJul() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void javaUtilLoggingWarningsGoToTheLogFileNotTheConsole() throws Exception {
        String marker = "unsupported configuration " + System.nanoTime();
        String console = stderrOf(() -> {
            JavaLogging.toLogFile();
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                    .warning(marker + " (jul)");
            System.getLogger("javafx.scene").log(System.Logger.Level.ERROR, marker + " ({0})", "system logger");
            java.util.logging.Logger.getLogger("javafx.css").info(marker + " (info)");
        });
        assertThat(console).doesNotContain(marker);
        String written = Files.readString(LogFile.path(), StandardCharsets.UTF_8);
        assertThat(written.lines().filter(line -> line.contains(marker)))
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("WARN ").contains("PlatformImpl - " + marker + " (jul)"))
                .anySatisfy(line -> assertThat(line).contains("ERROR").contains("javafx.scene - " + marker
                        + " (system logger)"));
    }

    @Test
    void withoutItJavaUtilLoggingPrintsOnTheConsole() throws Exception {
        String marker = "printed " + System.nanoTime();
        String console = stderrOf(() -> {
            // JUL's default console handler holds the System.err of when it was made.
            LogManager.getLogManager().readConfiguration();
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl").warning(marker);
        });
        assertThat(console).contains("WARNING: " + marker);
    }

    private interface Work {
        void run() throws Exception;
    }

    /** What {@code work} printed on System.err. */
    private static String stderrOf(Work work) throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            work.run();
        } finally {
            System.setErr(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
