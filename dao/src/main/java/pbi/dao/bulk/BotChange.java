package pbi.dao.bulk;

import java.math.BigInteger;
import java.util.List;
import pbi.dao.domain.BotSnapshot;

/**
 * What a bulk edit would do to one bot, as the dry run shows it and the apply writes it.
 *
 * @param before the bot as read for the plan (null when it was not found); the apply writes only if the database
 *               still holds exactly this
 * @param after the bot as the edits leave it (null when it was not found)
 * @param changes one line per change, before → after
 * @param sql the exact statements the apply runs, with their values
 */
public record BotChange(BigInteger guid, Status status, BotSnapshot before, BotSnapshot after, List<String> changes,
        List<String> sql) {

    public enum Status {
        /** The edits change this bot. */
        CHANGE,
        /** The edits leave this bot as it is (already under the gold cap, for instance). */
        UNCHANGED,
        /** A guid asked for that is not in the database. */
        MISSING
    }

    public BotChange {
        changes = List.copyOf(changes);
        sql = List.copyOf(sql);
    }
}
