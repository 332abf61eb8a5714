package pbi.dao.json;

import java.math.BigInteger;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of checking a whole import file against its format, the columns and the database, before anything is
 * written.
 *
 * @param refused the first {@link #LISTED} problems that make the whole file refused; nothing may be written when
 *                there is any
 * @param refusedCount how many there were
 * @param warnings the first {@link #LISTED} values that will be imported exactly, but that the doctor calls corrupt
 * @param warningCount how many there were
 * @param warningsByRule all of them counted by rule id
 * @param unchanged bots that need no writing
 */
public record ImportCheck(Path file, long size, FileTime modified, int bots, int newBots, int replaced,
                          Set<BigInteger> unchanged, List<Problem> refused, int refusedCount, List<Problem> warnings,
                          int warningCount, Map<String, Integer> warningsByRule) {

    /** How many problems of each kind are kept to be listed; the rest are counted. */
    public static final int LISTED = 1_000;

    public boolean ok() {
        return refusedCount == 0;
    }

    /** "12 bots: 3 new, 8 replaced, 1 unchanged; 2 warnings". */
    public String summary() {
        return bots + (bots == 1 ? " bot" : " bots") + ": " + newBots + " new, " + replaced + " replaced, "
                + unchanged.size() + " unchanged; " + count(warningCount, "warning")
                + (ok() ? "" : "; " + count(refusedCount, "refused value") + ", nothing will be written");
    }

    /**
     * What the lists leave out, or "" when they hold everything: "734,015 more warnings are not listed" (and
     * {@link #warningsByRule} counts them all).
     */
    public String notListed() {
        StringBuilder out = new StringBuilder();
        if (refusedCount > refused.size()) {
            out.append(String.format("%,d more refused values are not listed", refusedCount - refused.size()));
        }
        if (warningCount > warnings.size()) {
            out.append(out.length() > 0 ? "; " : "").append(String.format("%,d more warnings are not listed",
                    warningCount - warnings.size()));
        }
        return out.toString();
    }

    private static String count(int n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }
}
