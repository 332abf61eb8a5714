package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotState;
import pbi.dao.domain.RowsStamp;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** The live watch's light query sees every kind of change another connection makes, even within one second. */
class BotWatchTest {

    private static final BigInteger GUID = BigInteger.valueOf(7);
    private final BotService bots = new BotService(TestDatabase.database());
    private final BotWatch watch = new BotWatch(TestDatabase.database());

    @BeforeEach
    void oneBot() {
        TestDatabase.reset();
        bots.replace(Bots.bot(7, 5, 3));
        bots.replace(Bots.bot(8, 2, 1));
    }

    @Test
    void theStampStaysTheSameWhileNothingChangesAndHasOneLinePerTable() {
        List<RowsStamp> first = watch.stamp(GUID);
        assertThat(first).extracting(RowsStamp::part).containsExactly(0, 1, 2);
        assertThat(first).extracting(RowsStamp::rows).containsExactly(1L, 5L, 3L);
        assertThat(watch.stamp(GUID)).isEqualTo(first);
        // Another bot's change is not this bot's.
        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 1 WHERE bot_guid = 8");
        assertThat(watch.stamp(GUID)).isEqualTo(first);
    }

    @Test
    void changesWithinTheSameSecondAreSeenThroughTheChecksum() {
        assertChanges("UPDATE playerbot_state SET gold_copper = gold_copper + 1 WHERE bot_guid = 7");
        assertChanges("UPDATE playerbot_state SET position_x = position_x + 0.001 WHERE bot_guid = 7");
        assertChanges("UPDATE playerbot_inventory SET enchantments = NULL WHERE bot_guid = 7 AND slot = 0");
        assertChanges("UPDATE playerbot_inventory SET enchantments = '' WHERE bot_guid = 7 AND slot = 0");
        assertChanges("UPDATE playerbot_equipment SET gems = NULL WHERE bot_guid = 7 AND slot = 1");
        assertChanges("DELETE FROM playerbot_equipment WHERE bot_guid = 7 AND slot = 2");
        // Two items trading places: the same rows, the same count, other values per slot.
        assertChanges("UPDATE playerbot_inventory SET item_id = IF(slot = 0, 2001, 2000)"
                + " WHERE bot_guid = 7 AND bag = 19 AND slot IN (0, 1)");
        // Timestamps are not values: the server stamping a row again changes the stamp as well.
        TestDatabase.sql("UPDATE playerbot_state SET last_updated = last_updated - INTERVAL 1 DAY WHERE bot_guid = 7");
        assertChanges("DELETE FROM playerbot_state WHERE bot_guid = 7");
    }

    @Test
    void observeReturnsTheBotWithTheStampOfThatVersion() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 33 WHERE bot_guid = 7");

        BotWatch.Observed seen = watch.observe(GUID);

        assertThat(seen.bot().state().level()).isEqualTo(33);
        assertThat(seen.bot().inventory()).hasSize(5);
        assertThat(seen.stamp()).isEqualTo(watch.stamp(GUID));
        TestDatabase.sql("DELETE FROM playerbot_inventory WHERE bot_guid = 7",
                "DELETE FROM playerbot_equipment WHERE bot_guid = 7", "DELETE FROM playerbot_state WHERE bot_guid = 7");
        assertThat(watch.observe(GUID).bot()).isNull();
        assertThat(watch.observe(GUID).stamp()).extracting(RowsStamp::rows).containsExactly(0L, 0L, 0L);
    }

    @Test
    void statesReadsTheTableRowsOfManyBotsAndLeavesOutTheMissingOnes() {
        List<BotState> states = watch.states(List.of(GUID, BigInteger.valueOf(8), BigInteger.valueOf(99)));

        assertThat(states).extracting(BotState::botGuid).containsExactlyInAnyOrder(GUID, BigInteger.valueOf(8));
        assertThat(watch.states(List.of())).isEmpty();
    }

    private void assertChanges(String sql) {
        List<RowsStamp> before = watch.stamp(GUID);
        TestDatabase.sql(sql);
        assertThat(watch.stamp(GUID)).as(sql).isNotEqualTo(before);
    }
}
