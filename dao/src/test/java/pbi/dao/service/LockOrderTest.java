package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Every unit of work locks a bot's rows in one order, state, inventory, equipment, so a save and a delete of the
 * same bot wait for each other instead of deadlocking. With delete taking inventory first, this test fails within
 * a few rounds with "A deadlock with another session stopped saving bot 42" (or deleting).
 */
class LockOrderTest {

    private static final BigInteger GUID = BigInteger.valueOf(42);
    private static final int ROUNDS = 200;
    private final BotService service = new BotService(TestDatabase.database());
    private final BotSnapshot template = Bots.bot(42, 30, 10);

    @BeforeEach
    void oneBotAndANeighbour() {
        TestDatabase.reset();
        service.replace(template);
        service.replace(Bots.bot(43, 5, 3));
    }

    @Test
    void concurrentSaveAndDeleteOfOneBotNeverDeadlock() throws Exception {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> saver = threads.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    await(together);
                    try {
                        BotSnapshot loaded = service.load(GUID).orElse(null);
                        BotSnapshot edited = template.withState(template.state().withGold(BigInteger.valueOf(i)));
                        service.save(loaded, edited, true);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            Future<?> deleter = threads.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    await(together);
                    try {
                        service.delete(GUID);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            saver.get(5, TimeUnit.MINUTES);
            deleter.get(5, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }

        assertThat(failures).extracting(Throwable::getMessage).isEmpty();
        Optional<BotSnapshot> left = service.load(GUID);
        if (left.isPresent()) {
            BotSnapshot bot = left.get();
            assertThat(bot.sameValues(template.withState(template.state().withGold(bot.state().goldCopper()))))
                    .as("the bot is whole: every row of one save").isTrue();
        }
        assertThat(orphanRows()).as("no inventory or equipment row outlives its state row").isZero();
        assertThat(service.load(BigInteger.valueOf(43)).orElseThrow().sameValues(Bots.bot(43, 5, 3))).isTrue();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the other thread stopped", e);
        }
    }

    private static long orphanRows() throws SQLException {
        long rows = 0;
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("playerbot_inventory", "playerbot_equipment")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS"
                        + " (SELECT 1 FROM playerbot_state s WHERE s.bot_guid = t.bot_guid)")) {
                    r.next();
                    rows += r.getLong(1);
                }
            }
        }
        return rows;
    }
}
