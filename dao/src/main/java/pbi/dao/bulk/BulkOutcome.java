package pbi.dao.bulk;

import java.math.BigInteger;
import java.util.List;

/**
 * What applying the plan did to one bot.
 *
 * @param message for a conflict or failure, one line saying what happened; null when applied
 * @param differences for a conflict, how the bot in the database differs from the version the plan read
 */
public record BulkOutcome(BigInteger guid, Status status, String message, List<String> differences) {

    public enum Status {
        APPLIED,
        /** The bot changed after the dry run: nothing was written to it. */
        CONFLICT,
        FAILED
    }

    public BulkOutcome {
        differences = List.copyOf(differences);
    }
}
