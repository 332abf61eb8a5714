package pbi.app.gui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import pbi.dao.doctor.Rule;

class RuleTitlesTest {

    @Test
    void everyRuleHasItsOwnReadableTitleWithTheIdSecond() {
        assertThat(Arrays.stream(Rule.values()).map(RuleTitles::title).distinct()).hasSize(Rule.values().length);
        assertThat(RuleTitles.titled(Rule.POSITION_OUT_OF_WORLD))
                .isEqualTo("Position outside the world (state.position_out_of_world)");
    }
}
