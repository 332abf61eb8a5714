package pbi.dao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.Limits;
import pbi.dao.json.BotImporter;
import pbi.dao.json.BotJson;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ImportCheck;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * What the audit costs an import: the same file written without a trail, with the local log, and with the server
 * table too. {@code -Dtest=AuditBenchmarkTest -Dtest.excludedGroups= [-Dpbi.bench.bots=5000]}; prints figures.
 */
@Tag("benchmark")
class AuditBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void importRatesWithAndWithoutTheAudit() throws Exception {
        int bots = Integer.getInteger("pbi.bench.bots", 5000);
        Path file = dir.resolve("bots.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = BotJson.factory().createGenerator(out)) {
            g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter(null));
            for (int i = 1; i <= bots; i++) {
                BotJson.write(g, Bots.bot(i, 40, 12), null, Instant.now(), null);
                g.writeRaw('\n');
            }
        }
        AuditLog log = AuditLog.inDataHome(dir);
        try {
            for (String mode : new String[] {"no audit", "local audit", "local + server table"}) {
                TestDatabase.reset();
                TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
                if (!mode.equals("no audit")) {
                    AuditTrail trail = AuditTrail.attach(log, TestDatabase.database(), "bench", m -> { });
                    if (mode.contains("server")) {
                        trail.createServerTable();
                    }
                }
                BotImporter importer = new BotImporter(TestDatabase.database(), Limits.wotlk());
                ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);
                long t0 = System.nanoTime();
                assertThat(importer.apply(check, ExportProgress.NONE).written()).isEqualTo(bots);
                long nanos = System.nanoTime() - t0;
                System.out.printf("BENCH import write, %-22s %6d bots in %6.2f s = %8.0f bots/s%n", mode, bots,
                        nanos / 1e9, bots / (nanos / 1e9));
                TestDatabase.database().listenWrites(null);
            }
            long bytes = Files.list(log.directory()).mapToLong(f -> f.toFile().length()).sum();
            System.out.printf("BENCH audit log size after two imports: %d bytes (%.0f bytes per record)%n", bytes,
                    bytes / (2.0 * bots));
        } finally {
            TestDatabase.database().listenWrites(null);
            TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
        }
    }
}
