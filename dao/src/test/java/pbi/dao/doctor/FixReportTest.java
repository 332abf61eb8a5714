package pbi.dao.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixReportTest {

    @Test
    void botsNotTriedAfterALostConnectionAreOneLineWithTheirRanges() {
        List<FixOutcome> outcomes = new ArrayList<>();
        for (long g = 1; g <= 12; g++) {
            outcomes.add(outcome(g, FixOutcome.Status.FIXED, null));
        }
        outcomes.add(outcome(13, FixOutcome.Status.FAILED, "The connection to the server was lost while repairing"
                + " bot 13"));
        for (long g = 14; g <= 300; g++) {
            outcomes.add(outcome(g, FixOutcome.Status.NOT_TRIED, "not tried"));
        }
        outcomes.add(outcome(402, FixOutcome.Status.NOT_TRIED, "not tried"));

        assertThat(FixReport.headline(outcomes)).isEqualTo("Repaired 12 of 301 bot(s).");
        assertThat(FixReport.problems(outcomes)).containsExactly(
                "The connection to the server was lost while repairing bot 13",
                "Stopped after the connection to the server was lost on bot 13: 288 bot(s) not tried (bots 14–300,"
                        + " 402). Nothing was written for them; run the same repair again to finish.");
    }

    @Test
    void everyBotRepairedIsNoProblem() {
        assertThat(FixReport.problems(List.of(outcome(1, FixOutcome.Status.FIXED, null)))).isEmpty();
    }

    @Test
    void manyRangesAreCutShort() {
        List<BigInteger> guids = new ArrayList<>();
        for (long g = 1; g <= 20; g += 2) {
            guids.add(BigInteger.valueOf(g));
        }
        assertThat(FixReport.ranges(guids)).isEqualTo("bots 1, 3, 5, 7, 9 and 5 more");
    }

    private static FixOutcome outcome(long guid, FixOutcome.Status status, String message) {
        return new FixOutcome(BigInteger.valueOf(guid), status, List.of(), List.of(), List.of(), message);
    }
}
