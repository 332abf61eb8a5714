package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pbi.dao.db.Database;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.embedded.Generator;
import pbi.dao.mapper.StateMapper;

/**
 * The live watch's cost at scale: one poll of an open bot against a primary-key read of its state row, measured in
 * the same run, on {@code pbi.bench.bots} bots with full inventories (100 rows, 19 equipped). Prints figures, asserts
 * none. Run with {@code mvn -B -o -pl dao test -Dtest=BotWatchBenchmarkTest -Dtest.excludedGroups=
 * -Dpbi.bench.bots=100000}; the data is kept in target/bench-mariadb (one database per bot count, shared with
 * DoctorBenchmarkTest).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "pbi.bench.bots", matches = "\\d+")
class BotWatchBenchmarkTest {

    private static final int WARM_UP = 300;
    private static final int RUNS = 2_000;

    @Test
    void onePollCostsAboutAsMuchAsAPrimaryKeyRead() throws Exception {
        int bots = Integer.getInteger("pbi.bench.bots");
        Path home = Path.of("target/bench-mariadb").toAbsolutePath();
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "gen_" + bots, line -> { })) {
            long first;
            Generator.ensureRealm(server, bots);
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT MIN(bot_guid) FROM playerbot_state");
                rs.next();
                first = rs.getLong(1);
            }
            try (Database database = Database.open(server.settings())) {
                BotWatch watch = new BotWatch(database);
                BotService service = new BotService(database);
                Random random = new Random(17);
                // Each case reads bots of its own: a bot read by the case before would be warm in the buffer pool.
                BigInteger[][] guids = new BigInteger[5][RUNS + WARM_UP];
                for (BigInteger[] row : guids) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = BigInteger.valueOf(first + random.nextInt(bots));
                    }
                }
                assertThat(watch.stamp(guids[0][0])).extracting(s -> s.rows()).containsExactly(1L, 100L, 19L);
                List<BigInteger> page = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    page.add(BigInteger.valueOf(first + i * (bots / 200)));
                }
                Function<BigInteger, Object> baseline = guid -> {
                    try (SqlSession session = database.openSession()) {
                        Object state = session.getMapper(StateMapper.class).selectState(guid);
                        session.commit();
                        return state;
                    }
                };
                List<Case> cases = List.of(
                        new Case("baseline: state row by primary key (MyBatis session)", baseline),
                        new Case("poll: BotWatch.stamp (count, newest, CRC32 of 120 rows)", watch::stamp),
                        new Case("on change: BotWatch.observe (the bot and its stamp)", watch::observe),
                        new Case("for reference: BotService.load", service::load),
                        new Case("table rows: BotWatch.states of 200 bots", guid -> watch.states(page)));
                for (int i = 0; i < WARM_UP; i++) {
                    for (int k = 0; k < cases.size(); k++) {
                        cases.get(k).work.apply(guids[k][i]);
                    }
                }
                // Alternate the cases run by run so that noise from the shared machine hits all of them alike.
                for (int i = 0; i < RUNS; i++) {
                    for (int k = 0; k < cases.size(); k++) {
                        Case c = cases.get(k);
                        long t0 = System.nanoTime();
                        c.work.apply(guids[k][WARM_UP + i]);
                        c.nanos[i] = System.nanoTime() - t0;
                    }
                }
                System.out.printf("live watch at %,d bots (100 inventory + 19 equipment rows each), %d runs each,"
                        + " load average %.1f:%n", bots, RUNS, java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage());
                double base = cases.get(0).median();
                for (Case c : cases) {
                    System.out.printf("  %-60s median %7.3f ms  p95 %7.3f ms  (%.2fx baseline)%n", c.name,
                            c.median(), c.percentile(0.95), c.median() / base);
                }
            }
        }
    }

    private static final class Case {
        final String name;
        final Function<BigInteger, Object> work;
        final long[] nanos = new long[RUNS];

        Case(String name, Function<BigInteger, Object> work) {
            this.name = name;
            this.work = work;
        }

        double median() {
            return percentile(0.5);
        }

        double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
        }
    }
}
