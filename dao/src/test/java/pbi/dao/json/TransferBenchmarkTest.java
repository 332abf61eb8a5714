package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.Limits;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Export and import rates with 100 inventory and 19 equipment rows per bot. Tagged {@code benchmark}; run with
 * {@code -Dtest=TransferBenchmarkTest -Dtest.excludedGroups= -Dpbi.bench=true [-Dpbi.bench.bots=5000]}; prints the
 * rates.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "pbi.bench", matches = "true")
class TransferBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void importAndExportRates() throws Exception {
        int bots = Integer.getInteger("pbi.bench.bots", 5000);
        TestDatabase.reset();
        Path file = dir.resolve("bots.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = BotJson.factory().createGenerator(out)) {
            g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter(null));
            for (int i = 1; i <= bots; i++) {
                BotJson.write(g, Bots.bot(i, 100, 19), null, Instant.now(), null);
                g.writeRaw('\n');
            }
        }
        for (int round = 0; round < 3; round++) {
            long p0 = System.nanoTime();
            int n = 0;
            try (BotReader reader = new BotReader(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16),
                    Limits.wotlk())) {
                while (reader.next() != null) {
                    n++;
                }
            }
            report("parse only, round " + round, n, System.nanoTime() - p0);
        }
        BotImporter importer = new BotImporter(TestDatabase.database(), Limits.wotlk());

        long t0 = System.nanoTime();
        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);
        long t1 = System.nanoTime();
        BotImporter.Result result = importer.apply(check, ExportProgress.NONE);
        long t2 = System.nanoTime();
        assertThat(result.written()).isEqualTo(bots);
        report("import check (empty db)", bots, t1 - t0);
        report("import write", bots, t2 - t1);
        report("import total", bots, t2 - t0);

        for (int round = 0; round < 2; round++) {
            Path out = dir.resolve("export-" + round + ".jsonl");
            long e0 = System.nanoTime();
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                new BotExporter(TestDatabase.database()).export(new ExportSelection.All(), stream,
                        ExportFormat.JSON_LINES, ExportProgress.NONE);
            }
            report("export round " + round + " (" + Files.size(out) / (1 << 20) + " MiB)", bots,
                    System.nanoTime() - e0);
        }
        long c0 = System.nanoTime();
        ImportCheck again = importer.check(file, p -> { }, ExportProgress.NONE);
        report("import check (all unchanged)", bots, System.nanoTime() - c0);
        assertThat(again.unchanged()).hasSize(bots);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used %d MiB of max %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }

    private static void report(String what, int bots, long nanos) {
        System.out.printf("BENCH %-40s %6d bots in %6.2f s = %8.0f bots/s%n", what, bots, nanos / 1e9,
                bots / (nanos / 1e9));
    }
}
