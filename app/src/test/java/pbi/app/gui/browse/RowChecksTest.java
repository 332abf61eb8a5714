package pbi.app.gui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.Limits;

class RowChecksTest {

    private static BotRow row(int level, long health, long zone) {
        return new BotRow(BigInteger.ONE, "Belramir", 4, 11, false, level, BigInteger.valueOf(1234), health, 0, 0,
                zone, LocalDateTime.now().minusDays(1));
    }

    @Test
    void aSoundRowHasNoStatusAndACorruptOneSaysWhatTheDoctorWouldReport() {
        assertThat(RowChecks.problems(row(30, 1000, 12), Limits.wotlk())).isEmpty();
        assertThat(RowChecks.status(RowChecks.problems(row(30, 1000, 12), Limits.wotlk()))).isEmpty();

        var problems = RowChecks.problems(row(0, 4_294_967_000L, 14), Limits.wotlk());

        assertThat(problems).hasSize(3).anyMatch(p -> p.startsWith("level is 0"))
                .anyMatch(p -> p.startsWith("health is 4294967000")).anyMatch(p -> p.contains("Durotar"));
        assertThat(RowChecks.status(problems)).isEqualTo("⚠ 3");
    }

    @Test
    void raceAndClassByName() {
        assertThat(RowChecks.race(4)).isEqualTo("Night Elf");
        assertThat(RowChecks.characterClass(6)).isEqualTo("Death Knight");
        assertThat(RowChecks.race(null)).isEmpty();
        assertThat(RowChecks.characterClass(99)).isEqualTo("class 99");
    }
}
