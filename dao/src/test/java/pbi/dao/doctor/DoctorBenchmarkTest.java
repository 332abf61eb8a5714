package pbi.dao.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.embedded.Generator;

/**
 * Scan time at scale. Off by default (tagged {@code benchmark}, and it needs a bot count); run with
 * {@code mvn -B -q -o -pl dao test -Dtest=DoctorBenchmarkTest -Dtest.excludedGroups= -Dpbi.bench.bots=100000};
 * the test sources' Generator loads the bots ({@code -Dpbi.bench.loader=sql} loads them inside the server instead, faster).
 * The data lives in target/bench-mariadb and is kept between runs (one database per bot count): 100 inventory rows
 * (a full inventory) and 19 equipped items per bot.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "pbi.bench.bots", matches = "\\d+")
class DoctorBenchmarkTest {

    @Test
    void wholeDatabaseScanOfFullInventoriesTakesSeconds() throws Exception {
        int bots = Integer.getInteger("pbi.bench.bots");
        Path home = Path.of("target/bench-mariadb").toAbsolutePath();
        boolean generator = !"sql".equals(System.getProperty("pbi.bench.loader"));
        String name = (generator ? "gen_" : "bench_") + bots;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home, name, line -> { })) {
            try (Connection c = server.connect()) {
                if (Generator.emptiedUnlessHolding(c, bots)) {
                    long t0 = System.nanoTime();
                    if (generator) {
                        System.out.println(Generator.generate(server, bots, 100, 19, DemoWorld.SEED));
                    } else {
                        BulkBots.load(c, bots, 100, 19);
                    }
                    System.out.printf("loaded %d bots in %.1f s%n", bots, (System.nanoTime() - t0) / 1e9);
                }
            }
            if (Boolean.getBoolean("pbi.bench.hold")) {
                System.out.println("port " + server.port());
                Thread.sleep(Long.getLong("pbi.bench.holdMs", 1_200_000L));
                return;
            }
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                // The floor: one plain read of every inventory row, which any full check must do at least once.
                long t0 = System.nanoTime();
                s.executeQuery("SELECT COUNT(*) FROM playerbot_inventory WHERE stack_count = 0").close();
                System.out.printf("baseline full read of the inventory table: %.2f s%n",
                        (System.nanoTime() - t0) / 1e9);
            }
            try (Database database = Database.open(server.settings())) {
                Doctor doctor = new Doctor(database, Limits.wotlk());
                for (int run = 1; run <= Integer.getInteger("pbi.bench.runs", 3); run++) {
                    long t0 = System.nanoTime();
                    String[] last = {""};
                    ScanSummary summary = doctor.newScan(Scope.wholeDatabase(), new ScanListener() {
                        @Override
                        public void finding(Finding finding) {
                        }

                        @Override
                        public void progress(double fraction, String phase) {
                            if (!phase.equals(last[0])) {
                                last[0] = phase;
                                System.out.printf("  %6.2f s %s%n", (System.nanoTime() - t0) / 1e9, phase);
                            }
                        }
                    }).call();
                    System.out.printf("scan %d of %d bots: %.2f s, %d findings%n", run, bots,
                            summary.elapsed().toMillis() / 1000.0, summary.findings());
                    assertThat(summary.findings()).isZero();
                }
            }
        }
    }
}
