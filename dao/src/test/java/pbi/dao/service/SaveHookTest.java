package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class SaveHookTest {

    private static final BigInteger GUID = BigInteger.valueOf(11);
    private final BotService service = new BotService(TestDatabase.database());

    @BeforeEach
    void oneBot() {
        TestDatabase.reset();
        service.replace(Bots.bot(11, 5, 2));
    }

    @Test
    void overwriteHandsTheHookTheVersionItReplacesNotTheOneLoaded() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 11");
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.TEN));
        List<BotSnapshot> replaced = new ArrayList<>();

        SaveOutcome outcome = service.save(loaded, edited, true, replaced::add);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(replaced).singleElement().extracting(b -> b.state().mana()).isEqualTo(1L);
    }

    @Test
    void conflictOrUnchangedSaveDoesNotCallTheHook() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        List<BotSnapshot> replaced = new ArrayList<>();
        service.save(loaded, loaded, false, replaced::add);
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 11");

        SaveOutcome outcome = service.save(loaded, loaded.withState(loaded.state().withGold(BigInteger.TEN)), false,
                replaced::add);

        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(replaced).isEmpty();
    }

    @Test
    void aFailingHookWritesNothing() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.TEN));

        assertThatThrownBy(() -> service.save(loaded, edited, false, bot -> {
            throw new IllegalStateException("history folder is full");
        })).isInstanceOf(DatabaseException.class).hasMessageContaining("history folder is full");

        assertThat(service.load(GUID).orElseThrow().sameValues(loaded)).isTrue();
    }
}
