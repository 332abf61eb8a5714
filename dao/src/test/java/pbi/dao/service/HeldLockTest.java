package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Another session holds the bot's rows locked. With a socket timeout shorter than the server's lock wait (50 s), the
 * save must still end as a lock wait, not as "cannot reach the server", and write nothing.
 */
class HeldLockTest {

    @Test
    void aHeldRowLockEndsAsALockWaitEvenWithAShortSocketTimeoutAndWritesNothing() throws Exception {
        TestDatabase.reset();
        ConnectionSettings base = TestDatabase.settings();
        ConnectionSettings shortSocket = new ConnectionSettings("short socket", base.jdbcUrl() + "&socketTimeout=4000",
                base.user(), base.password());
        BotService setup = new BotService(TestDatabase.database());
        setup.replace(Bots.bot(5, 4, 2));
        BotSnapshot loaded = setup.load(BigInteger.valueOf(5)).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.ONE))
                .withInventory(loaded.inventory().subList(0, 2));
        try (Database database = Database.open(shortSocket); Connection holder = TestDatabase.connect();
                Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.executeQuery("SELECT * FROM playerbot_inventory WHERE bot_guid = 5 FOR UPDATE").close();

            assertThatThrownBy(() -> new BotService(database).save(loaded, edited, false))
                    .isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).kind())
                            .isEqualTo(DatabaseException.Kind.LOCK_TIMEOUT))
                    .hasMessageContaining("Lock wait timed out")
                    .hasMessageNotContaining("Cannot reach");
            holder.rollback();
        }
        assertThat(setup.load(BigInteger.valueOf(5)).orElseThrow().sameValues(loaded)).isTrue();
    }
}
