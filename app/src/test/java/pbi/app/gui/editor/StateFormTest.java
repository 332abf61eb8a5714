package pbi.app.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Limits;
import pbi.dao.testing.Bots;

/** The State tab's reading of its boxes: pure, no toolkit, no database. */
class StateFormTest {

    private final BotState base = Bots.state(7);
    private final Map<StateField, String> text = new EnumMap<>(StateField.class);

    StateFormTest() {
        for (StateField f : StateField.values()) {
            text.put(f, f.shown(base));
        }
    }

    private StateForm.Reading read() {
        return StateForm.read(text, base, Limits.wotlk());
    }

    @Test
    void theLoadedValuesReadBackAsTheSameStateWithNoChanges() {
        StateForm.Reading reading = read();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.state()).isEqualTo(base);
        assertThat(StateForm.changes(text, base, reading.state())).isEmpty();
    }

    @Test
    void goldOverTheCapSaysTheCapInCoinsAndGivesNoState() {
        text.put(StateField.GOLD, "300000");

        StateForm.Reading reading = read();

        assertThat(reading.state()).isNull();
        assertThat(reading.problems()).containsOnly(
                Map.entry(StateField.GOLD, "Gold must be at most 214,748g 36s 46c"));
    }

    @Test
    void aCoinBoxOutOfRangeIsReportedOnThatBox() {
        text.put(StateField.SILVER, "100");

        assertThat(read().problems()).containsOnly(
                Map.entry(StateField.SILVER, "Silver must be a whole number from 0 to 99"));
    }

    @Test
    void aZoneOfAnotherMapIsRefusedOnTheZoneBox() {
        text.put(StateField.MAP, "1");

        assertThat(read().problems()).containsOnlyKeys(StateField.ZONE);
        assertThat(read().problems().get(StateField.ZONE)).contains("is not on").endsWith("choose a zone of that map");
    }

    @Test
    void retypingTheSameValueDifferentlyIsNoChange() {
        text.put(StateField.HEALTH, "1,500");
        text.put(StateField.ORIENTATION, "1.50");
        text.put(StateField.LEVEL, "21");

        StateForm.Reading reading = read();

        assertThat(StateForm.changes(text, base, reading.state())).containsExactly(StateField.LEVEL);
        assertThat(reading.state().level()).isEqualTo(21);
    }

    @Test
    void aValueThatWasOutOfRangeWhenLoadedMayStay() {
        BotState corrupt = base.withVitals(base.health(), base.mana(), 0);
        text.put(StateField.LEVEL, "0");

        StateForm.Reading reading = StateForm.read(text, corrupt, Limits.wotlk());

        assertThat(reading.problems()).isEmpty();
        text.put(StateField.LEVEL, "300");
        assertThat(StateForm.read(text, corrupt, Limits.wotlk()).problems())
                .containsOnly(Map.entry(StateField.LEVEL, "Level must be a whole number from 1 to 80"));
    }
}
