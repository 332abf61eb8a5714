package pbi.dao.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.db.ReplicaLag;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Rule;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.json.BotExporter;
import pbi.dao.json.ExportFormat;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ExportSelection;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.ReplicaPair;

/**
 * Two servers in real replication: the tool's heavy reads (browse, export, doctor scan) go to the replica, loading a
 * bot to edit it and every write go to the primary, and the replica's lag is read on the replica.
 */
class ReplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static ReplicaPair pair;
    private static Database database;
    /** The replica's own binary log position: it moves only when something writes on the replica directly. */
    private String replicaOwnWrites;

    @BeforeAll
    static void start() {
        long t0 = System.nanoTime();
        pair = ReplicaPair.start("replication");
        System.out.printf("two servers in replication: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        database = Database.open(pair.settings());
        database.verify();
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @BeforeEach
    void clean() {
        pair.primarySql("DELETE FROM playerbot_inventory", "DELETE FROM playerbot_equipment",
                "DELETE FROM playerbot_state");
        pair.awaitCaughtUp();
        replicaOwnWrites = pair.replicaValue("SELECT @@GLOBAL.gtid_binlog_pos");
    }

    @AfterEach
    void replicateAgain() {
        database.readFromPrimary(false);
        pair.replicaSql("START SLAVE");
    }

    @Test
    void aChangeOnThePrimaryAppearsOnTheReplica() {
        new BotService(database).replace(Bots.bot(1, 3, 2));
        BrowseService browse = new BrowseService(database.reads());
        ReplicaPair.waitFor(WAIT, () -> browse.count(BotQuery.zone(0L, 12L)) == 1, "bot 1 on the replica");
        assertThat(pair.replicaValue("SELECT COUNT(*) FROM playerbot_inventory WHERE bot_guid = 1")).isEqualTo("3");
        assertThat(database.replicaLag().kind()).isEqualTo(ReplicaLag.Kind.BEHIND);
        assertThat(database.replicaLag().seconds()).isBetween(0L, 5L);
        assertThat(database.replicaLag().describe()).matches("replica lag \\d s");
        assertThat(pair.replicaValue("SELECT @@GLOBAL.gtid_binlog_pos")).isEqualTo(replicaOwnWrites);
    }

    @Test
    void browseExportAndDoctorReadTheReplicaWhileLoadAndSaveUseThePrimary() throws Exception {
        BotService bots = new BotService(database);
        bots.replace(Bots.bot(2, 2, 1));
        pair.awaitCaughtUp();
        pair.replicaSql("STOP SLAVE SQL_THREAD");

        BotSnapshot loaded = bots.load(BigInteger.TWO).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(777))
                .withVitals(loaded.state().health(), loaded.state().mana(), 255));
        bots.save(loaded, edited, false);

        // Loading for an edit reads the primary: the new gold at once.
        assertThat(bots.load(BigInteger.TWO).orElseThrow().state().goldCopper()).isEqualTo(777);
        // Browsing, export and the doctor read the replica, which has not applied the save.
        List<BotRow> page = new BrowseService(database.reads()).page(BotQuery.zone(0L, 12L));
        assertThat(page).singleElement().satisfies(r -> assertThat(r.goldCopper()).isEqualTo(123_456));
        StringWriter json = new StringWriter();
        new BotExporter(database.reads()).export(ExportSelection.all(), json, ExportFormat.JSON_LINES,
                ExportProgress.NONE);
        assertThat(json.toString()).contains("123456").doesNotContain("777");
        List<Finding> onReplica = new Doctor(database.reads(), Limits.wotlk()).scan(Scope.wholeDatabase());
        List<Finding> onPrimary = new Doctor(database, Limits.wotlk()).scan(Scope.wholeDatabase());
        assertThat(onReplica).noneMatch(f -> f.rule() == Rule.LEVEL_OUT_OF_RANGE);
        assertThat(onPrimary).anyMatch(f -> f.rule() == Rule.LEVEL_OUT_OF_RANGE);

        // The save went to the primary only: the replica wrote nothing of its own and gets it by replication.
        assertThat(pair.replicaValue("SELECT gold_copper FROM playerbot_state WHERE bot_guid = 2"))
                .isEqualTo("123456");
        pair.replicaSql("START SLAVE SQL_THREAD");
        ReplicaPair.waitFor(WAIT, () -> "777".equals(
                pair.replicaValue("SELECT gold_copper FROM playerbot_state WHERE bot_guid = 2")), "the save to arrive");
        assertThat(pair.replicaValue("SELECT @@GLOBAL.gtid_binlog_pos")).isEqualTo(replicaOwnWrites);
    }

    @Test
    void theReadSideRefusesWritesSoNothingIsWrittenOnTheReplica() {
        assertThatThrownBy(() -> new BotService(database.reads()).replace(Bots.bot(3, 1, 1)))
                .hasMessageNotContaining(pair.settings().password());
        assertThat(pair.replicaValue("SELECT COUNT(*) FROM playerbot_state")).isEqualTo("0");
        assertThat(pair.replicaValue("SELECT @@GLOBAL.gtid_binlog_pos")).isEqualTo(replicaOwnWrites);
    }

    @Test
    void aStoppedReplicationReadsAsStoppedAndIsOverAnyLimit() {
        pair.replicaSql("STOP SLAVE SQL_THREAD");
        ReplicaLag lag = database.replicaLag();
        assertThat(lag.kind()).isEqualTo(ReplicaLag.Kind.STOPPED);
        assertThat(lag.seconds()).isNull();
        assertThat(lag.describe()).contains("replication stopped").contains("SQL thread is not running");
        assertThat(lag.over(30)).isTrue();
        assertThat(lag.warning(30)).startsWith("Warning: the read replica may be stale");
    }

    @Test
    void aReplicaHeldBackReportsItsLagInSeconds() throws Exception {
        new BotService(database).replace(Bots.bot(4, 1, 1));
        pair.awaitCaughtUp();
        // A table lock on the replica holds its SQL thread on the next change, so the lag grows for real.
        try (var lock = java.sql.DriverManager.getConnection(pair.replicaSettings().jdbcUrl(),
                pair.replicaSettings().user(), pair.replicaSettings().password());
                var statement = lock.createStatement()) {
            statement.execute("LOCK TABLES playerbot_state WRITE");
            new BotService(database).updateGold(BigInteger.valueOf(4), BigInteger.valueOf(5));
            ReplicaPair.waitFor(WAIT, () -> {
                ReplicaLag lag = database.replicaLag();
                return lag.kind() == ReplicaLag.Kind.BEHIND && lag.seconds() >= 2;
            }, "a lag of 2 s");
            ReplicaLag lag = database.replicaLag();
            assertThat(lag.over(1)).isTrue();
            assertThat(lag.over(30)).isFalse();
            assertThat(lag.warning(1)).contains("s behind the primary (limit 1 s)");
            assertThat(lag.warning(30)).isNull();
            statement.execute("UNLOCK TABLES");
        }
        pair.awaitCaughtUp();
        assertThat(database.replicaLag().seconds()).isBetween(0L, 5L);
    }

    @Test
    void readingFromThePrimaryForTheSessionRedirectsServicesAlreadyBuilt() {
        BrowseService browse = new BrowseService(database.reads());
        new BotService(database).replace(Bots.bot(5, 1, 1));
        pair.awaitCaughtUp();
        pair.replicaSql("STOP SLAVE SQL_THREAD");
        new BotService(database).updateGold(BigInteger.valueOf(5), BigInteger.valueOf(9));
        assertThat(browse.page(BotQuery.zone(0L, 12L)).get(0).goldCopper()).isEqualTo(123_456);

        database.readFromPrimary(true);
        assertThat(database.readingFromPrimary()).isTrue();
        assertThat(browse.page(BotQuery.zone(0L, 12L)).get(0).goldCopper()).isEqualTo(9);
        // The lag is still read on the replica, so the status bar can say when it has caught up.
        assertThat(database.replicaLag().kind()).isEqualTo(ReplicaLag.Kind.STOPPED);

        database.readFromPrimary(false);
        assertThat(browse.page(BotQuery.zone(0L, 12L)).get(0).goldCopper()).isEqualTo(123_456);
    }

    @Test
    void aReplicaUrlWithItsOwnUserIsReadWithItAndAMissingPrivilegeIsReported() {
        pair.replicaSql("SET SESSION sql_log_bin = 0",
                "CREATE USER IF NOT EXISTS 'reader'@'127.0.0.1' IDENTIFIED BY 'reader-secret-1'",
                "GRANT SELECT ON " + ReplicaPair.DATABASE + ".* TO 'reader'@'127.0.0.1'");
        String url = pair.replicaSettings().jdbcUrl() + "&user=reader&password=reader-secret-1";
        ConnectionSettings settings = pair.primarySettings().withReadUrl(url);
        assertThat(settings.toString()).doesNotContain("reader-secret-1").contains("password=***");
        try (Database withReader = Database.open(settings)) {
            withReader.verify();
            new BotService(withReader).replace(Bots.bot(6, 1, 1));
            BrowseService browse = new BrowseService(withReader.reads());
            ReplicaPair.waitFor(WAIT, () -> browse.count(BotQuery.zone(0L, 12L)) == 1, "bot 6 on the replica");
            ReplicaLag lag = withReader.replicaLag();
            assertThat(lag.kind()).isEqualTo(ReplicaLag.Kind.NO_PRIVILEGE);
            assertThat(lag.describe()).contains("REPLICA MONITOR");
            assertThat(lag.over(0)).isFalse();
        }
    }
}
