package pbi.dao.doctor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What a repair run did, for people: how many bots were repaired, one line per bot that was not, and the bots never
 * tried after a lost connection folded into one line with their guid ranges, so that a run stopped on bot 13 of
 * 2,000 does not print 1,987 lines.
 */
public final class FixReport {

    private static final int RANGES_SHOWN = 5;

    private FixReport() {
    }

    /** "Repaired 12 of 300 bot(s)." */
    public static String headline(List<FixOutcome> outcomes) {
        long fixed = outcomes.stream().filter(o -> o.status() == FixOutcome.Status.FIXED).count();
        return "Repaired " + fixed + " of " + outcomes.size() + " bot(s).";
    }

    /** One line per bot that was not repaired, and one for all the bots not tried; empty when every bot was. */
    public static List<String> problems(List<FixOutcome> outcomes) {
        List<String> lines = new ArrayList<>();
        List<BigInteger> notTried = new ArrayList<>();
        BigInteger stoppedAt = null;
        for (FixOutcome o : outcomes) {
            switch (o.status()) {
                case FIXED -> {
                    if (o.message() != null) {
                        lines.add(o.message());
                    }
                }
                case NOT_TRIED -> notTried.add(o.botGuid());
                case FAILED, OUTCOME_UNKNOWN, CHANGED_SINCE_PLAN -> {
                    lines.add(o.message());
                    stoppedAt = o.botGuid();
                }
            }
        }
        if (!notTried.isEmpty()) {
            lines.add(String.format("Stopped after the connection to the server was lost%s: %,d bot(s) not tried"
                    + " (%s). Nothing was written for them; run the same repair again to finish.",
                    stoppedAt == null ? "" : " on bot " + stoppedAt, notTried.size(), ranges(notTried)));
        }
        return lines;
    }

    /** "bots 14–300, 402, 410–415" with at most a few ranges, then how many more. */
    static String ranges(List<BigInteger> guids) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int shownRanges = 0;
        while (i < guids.size() && shownRanges < RANGES_SHOWN) {
            int j = i;
            while (j + 1 < guids.size() && guids.get(j + 1).equals(guids.get(j).add(BigInteger.ONE))) {
                j++;
            }
            parts.add(i == j ? guids.get(i).toString() : guids.get(i) + "–" + guids.get(j));
            shownRanges++;
            i = j + 1;
        }
        String text = (guids.size() == 1 ? "bot " : "bots ") + String.join(", ", parts);
        return i < guids.size() ? text + " and " + (guids.size() - i) + " more" : text;
    }
}
