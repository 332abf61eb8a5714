package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** "Apply my changes on top" against a real database another connection wrote to. */
class MergeSaveTest {

    private final BotService service = new BotService(TestDatabase.database());

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void myGoldEditAppliedOnTopKeepsTheirLevelAndStackCount() {
        service.replace(Bots.bot(42, 3, 1));
        BotSnapshot loaded = service.load(BigInteger.valueOf(42)).orElseThrow();
        TestDatabase.sql("UPDATE playerbot_state SET level = 61 WHERE bot_guid = 42",
                "UPDATE playerbot_inventory SET stack_count = 19 WHERE bot_guid = 42 AND bag = 19 AND slot = 1");
        BotSnapshot mine = loaded.withState(loaded.state().withGold(BigInteger.valueOf(777)));

        SaveOutcome first = service.save(loaded, mine, false);
        assertThat(first).isInstanceOf(SaveOutcome.Conflict.class);
        BotSnapshot theirs = ((SaveOutcome.Conflict) first).current();
        assertThat(Merge.of(loaded, mine, theirs).conflicts()).isEmpty();

        SaveOutcome merged = service.saveMerged(loaded, mine, theirs, Map.of(), replaced -> { });

        assertThat(merged).isInstanceOf(SaveOutcome.Saved.class);
        BotSnapshot now = service.load(BigInteger.valueOf(42)).orElseThrow();
        assertThat(now.state().goldCopper()).isEqualTo(BigInteger.valueOf(777));
        assertThat(now.state().level()).isEqualTo(61);
        assertThat(now.itemAt(19, 1).orElseThrow().stackCount()).isEqualTo(19);
        assertThat(((SaveOutcome.Saved) merged).saved().sameValues(now)).isTrue();
    }

    @Test
    void aChangeAfterTheConflictWasShownIsANewConflictAndWritesNothing() {
        service.replace(Bots.bot(43, 1, 0));
        BotSnapshot loaded = service.load(BigInteger.valueOf(43)).orElseThrow();
        TestDatabase.sql("UPDATE playerbot_state SET level = 61 WHERE bot_guid = 43");
        BotSnapshot theirs = service.load(BigInteger.valueOf(43)).orElseThrow();
        TestDatabase.sql("UPDATE playerbot_state SET mana = 5 WHERE bot_guid = 43");
        BotSnapshot mine = loaded.withState(loaded.state().withGold(BigInteger.valueOf(777)));

        SaveOutcome outcome = service.saveMerged(loaded, mine, theirs, Map.of(), replaced -> { });

        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(((SaveOutcome.Conflict) outcome).differences()).containsExactly("mana: 800 → 5");
        assertThat(service.load(BigInteger.valueOf(43)).orElseThrow().state().goldCopper())
                .isEqualTo(loaded.state().goldCopper());
    }

    @Test
    void restoringAnOldVersionOnTopRevertsOnlyWhatTheRestoreChanges() {
        service.replace(Bots.bot(44, 2, 0));
        BotSnapshot old = service.load(BigInteger.valueOf(44)).orElseThrow();
        BotSnapshot goldEdit = old.withState(old.state().withGold(BigInteger.valueOf(5)));
        service.save(old, goldEdit, false);
        BotSnapshot loaded = service.load(BigInteger.valueOf(44)).orElseThrow();
        TestDatabase.sql("UPDATE playerbot_state SET level = 70 WHERE bot_guid = 44");
        BotSnapshot theirs = service.load(BigInteger.valueOf(44)).orElseThrow();

        SaveOutcome outcome = service.saveMerged(loaded, old, theirs, Map.of(), replaced -> { });

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        BotSnapshot now = service.load(BigInteger.valueOf(44)).orElseThrow();
        assertThat(now.state().goldCopper()).isEqualTo(old.state().goldCopper());
        assertThat(now.state().level()).isEqualTo(70);
    }
}
