package pbi.dao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.service.SaveOutcome;
import pbi.dao.testing.Bots;
import pbi.dao.testing.FaultServer;

/** After the server was killed and came back, the first operation of a pool that held connections succeeds. */
@Tag("fault")
class RestartRecoveryTest {

    private static FaultServer server;
    private static Database database;

    @BeforeAll
    static void start() {
        server = FaultServer.start("restart");
        database = Database.open(server.settings());
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    @Test
    void theFirstLoadAndSaveAfterARestartSucceed() {
        BotService bots = new BotService(database);
        bots.replace(Bots.bot(1, 3, 2));
        int trials = 3;
        for (int trial = 0; trial < trials; trial++) {
            // Every pooled connection has been used, so each is dead after the kill.
            bots.load(BigInteger.ONE).orElseThrow();
            new BrowseService(database).character(BigInteger.ONE);
            server.kill();
            if (trial % 2 == 1) {
                // An operation while the server is down fails, and must leave nothing behind that fails later.
                try {
                    bots.load(BigInteger.ONE);
                } catch (RuntimeException expected) {
                    System.out.println("while down: " + expected.getMessage());
                }
            }
            server.restart();

            BotSnapshot loaded = bots.load(BigInteger.ONE).orElseThrow();
            SaveOutcome saved = bots.save(loaded, loaded.withState(loaded.state().withGold(BigInteger.valueOf(trial))),
                    false);

            assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        }
        System.out.println("restart trials: " + trials + ", first operation failed: 0");
    }
}
