package pbi.dao.json;

import java.math.BigInteger;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

/**
 * The result of checking a whole import file against its format, the columns and the database, before anything is
 * written.
 *
 * @param refused problems that make the whole file refused; nothing may be written when there is any
 * @param warnings values that will be imported exactly, but that the doctor calls corrupt
 * @param unchanged bots that need no writing
 */
public record ImportCheck(Path file, long size, FileTime modified, int bots, int newBots, int replaced,
                          Set<BigInteger> unchanged, List<Problem> refused, List<Problem> warnings) {

    public boolean ok() {
        return refused.isEmpty();
    }

    /** "12 bots: 3 new, 8 replaced, 1 unchanged; 2 warnings". */
    public String summary() {
        return bots + (bots == 1 ? " bot" : " bots") + ": " + newBots + " new, " + replaced + " replaced, "
                + unchanged.size() + " unchanged; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                + (refused.isEmpty() ? "" : "; " + refused.size() + " refused "
                + (refused.size() == 1 ? "value" : "values") + ", nothing will be written");
    }
}
