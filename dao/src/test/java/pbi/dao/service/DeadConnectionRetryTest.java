package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * The pool hands a connection it used less than half a second ago back out without checking it; when the server
 * dropped it meanwhile (a restart), the read or the not-yet-started transaction runs once more on a live one.
 */
class DeadConnectionRetryTest {

    private Database database;
    private BotService bots;

    @BeforeEach
    void openPool() {
        TestDatabase.reset();
        database = Database.open(TestDatabase.settings());
        bots = new BotService(database);
        bots.replace(Bots.bot(3, 2, 1));
    }

    @AfterEach
    void closePool() {
        database.close();
    }

    /** The server ends the connection this thread used last, as a restart would. */
    private void serverDropsMyLastConnection() throws Exception {
        long id;
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT CONNECTION_ID()")) {
            r.next();
            id = r.getLong(1);
        }
        TestDatabase.sql("KILL " + id);
    }

    @Test
    void aLoadRightAfterTheServerDroppedTheConnectionSucceeds() throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            serverDropsMyLastConnection();
            assertThat(bots.load(BigInteger.valueOf(3))).isPresent();
        }
    }

    @Test
    void aSaveRightAfterTheServerDroppedTheConnectionIsWrittenOnce() throws Exception {
        BotSnapshot loaded = bots.load(BigInteger.valueOf(3)).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(9)));
        serverDropsMyLastConnection();

        assertThat(bots.save(loaded, edited, false)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(bots.load(BigInteger.valueOf(3)).orElseThrow().state().goldCopper()).isEqualTo(9);
    }

    @Test
    void browsingRightAfterTheServerDroppedTheConnectionSucceeds() throws Exception {
        serverDropsMyLastConnection();
        assertThat(new BrowseService(database).page(BotQuery.zone(0L, 12L))).hasSize(1);
    }
}
