package pbi.dao.doctor;

import java.math.BigInteger;
import java.util.List;

/**
 * What applying one bot's fix did.
 *
 * @param remaining what the doctor still finds in the bot after the fix (empty when it passes)
 * @param message for people, when the fix was not applied
 */
public record FixOutcome(BigInteger botGuid, Status status, List<String> sql, List<Change> changes,
        List<Finding> remaining, String message) {

    public enum Status {
        /** Applied and committed. */
        FIXED,
        /** Someone changed the bot after the plan was made; nothing was written. Scan and plan again. */
        CHANGED_SINCE_PLAN,
        /** The database refused; nothing was written for this bot. */
        FAILED,
        /**
         * The connection was lost just as the bot's transaction was committed: it is either wholly repaired or
         * wholly as before, and only a new scan can tell which.
         */
        OUTCOME_UNKNOWN,
        /** Not tried, because the connection to the server was lost on an earlier bot; nothing was written. */
        NOT_TRIED
    }

    public FixOutcome {
        sql = List.copyOf(sql);
        changes = List.copyOf(changes);
        remaining = List.copyOf(remaining);
    }

    public boolean passes() {
        return status == Status.FIXED && remaining.isEmpty();
    }
}
