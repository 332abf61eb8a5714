package pbi.dao.json;

import java.math.BigInteger;
import java.util.List;

/**
 * What importing one bot would do.
 *
 * @param line where the bot's document starts in the file
 * @param differences field by field, database version → file version; empty unless {@code REPLACED}
 */
public record BotPlan(BigInteger guid, int line, Status status, List<String> differences) {

    public enum Status {
        /** Not in the database yet. */
        NEW,
        /** In the database with other values; every row will be replaced. */
        REPLACED,
        /** Already in the database with exactly these values; nothing to write. */
        UNCHANGED
    }
}
