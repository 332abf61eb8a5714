package pbi.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.Database;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.ReplicaPair;
import pbi.dao.testing.TestDatabase;

/** The status bar's lag against a real replica held back by a table lock; no toolkit. */
class ReplicaLagViewModelTest {

    private static ReplicaPair pair;
    private static Database database;

    @BeforeAll
    static void start() {
        pair = ReplicaPair.shared();
        database = Database.open(pair.settings());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theLagIsShownAndOverTheLimitItWarnsAndOffersThePrimary() throws Exception {
        ReplicaLagViewModel vm = new ReplicaLagViewModel(TaskRunner.direct(), null);
        vm.limitSecondsProperty().set(30);
        vm.connect(database);
        assertThat(vm.shownProperty().get()).isTrue();
        new BotService(database).replace(Bots.bot(900, 1, 1));
        pair.awaitCaughtUp();
        vm.poll();
        assertThat(vm.textProperty().get()).matches("replica lag \\d s");
        assertThat(vm.overProperty().get()).isFalse();

        try (var lock = java.sql.DriverManager.getConnection(pair.replicaSettings().jdbcUrl(),
                pair.replicaSettings().user(), pair.replicaSettings().password());
                var statement = lock.createStatement()) {
            statement.execute("LOCK TABLES playerbot_state WRITE");
            new BotService(database).updateGold(BigInteger.valueOf(900), BigInteger.valueOf(1));
            ReplicaPair.waitFor(Duration.ofSeconds(20), () -> {
                vm.poll();
                return vm.textProperty().get().matches("replica lag ([2-9]|\\d\\d+) s");
            }, "a lag of 2 s in the status bar");
            assertThat(vm.overProperty().get()).as("2 s is within 30 s").isFalse();
            assertThat(vm.warningProperty().get()).isEmpty();

            vm.limitSecondsProperty().set(1);
            assertThat(vm.overProperty().get()).isTrue();
            assertThat(vm.textProperty().get()).startsWith("⚠ replica lag ");
            assertThat(vm.warningProperty().get()).contains("behind more than 1 s").contains("Read from the primary");

            vm.readFromPrimary();
            assertThat(database.readingFromPrimary()).isTrue();
            assertThat(vm.readingFromPrimaryProperty().get()).isTrue();
            assertThat(vm.textProperty().get()).endsWith("· reading from the primary");
            statement.execute("UNLOCK TABLES");
        }
        vm.readFromReplica();
        assertThat(database.readingFromPrimary()).isFalse();
    }

    @Test
    void withoutAReplicaNothingIsShown() {
        ReplicaLagViewModel vm = new ReplicaLagViewModel(TaskRunner.direct(), null);
        vm.connect(TestDatabase.database());
        vm.poll();
        assertThat(vm.shownProperty().get()).isFalse();
        assertThat(vm.textProperty().get()).isEmpty();
        vm.readFromPrimary();
        assertThat(TestDatabase.database().readingFromPrimary()).isFalse();
    }
}
