package pbi.dao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two other processes and this one append to the same month's file at once: every line stays whole. */
class AuditLogProcessesTest {

    private static final int EACH = 300;

    @TempDir
    Path dir;

    /** The other processes' entry point: appends {@code args[1]} records of bot {@code args[2]} under {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        AuditLog log = new AuditLog(Path.of(args[0]));
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            log.append(record(new BigInteger(args[2])));
        }
    }

    @Test
    void appendsFromSeveralProcessesNeverInterleave() throws Exception {
        List<Process> others = new ArrayList<>();
        for (int p = 1; p <= 2; p++) {
            others.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AuditLogProcessesTest.class.getName(),
                    dir.toString(), String.valueOf(EACH), String.valueOf(p)).inheritIO().start());
        }
        main(new String[] {dir.toString(), String.valueOf(EACH), "3"});
        for (Process p : others) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }

        AuditLog.Found found = new AuditLog(dir).read(new AuditQuery(null, null, null, 10_000));

        assertThat(found.damagedLines()).isZero();
        assertThat(found.records()).hasSize(3 * EACH);
        for (long bot = 1; bot <= 3; bot++) {
            BigInteger guid = BigInteger.valueOf(bot);
            assertThat(found.records()).filteredOn(r -> r.bot().equals(guid)).hasSize(EACH);
        }
    }

    private static AuditRecord record(BigInteger bot) {
        // Lines of ~20 KB: far more than one page, so an unlocked append could interleave.
        return new AuditRecord(Instant.now(), "u", "d", "h:1", "db", "save", bot,
                List.of(new AuditChange("state", "note", "", "y".repeat(20_000))), 0, null, "v");
    }
}
