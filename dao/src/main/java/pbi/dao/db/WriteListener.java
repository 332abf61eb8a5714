package pbi.dao.db;

import java.math.BigInteger;
import pbi.dao.domain.BotSnapshot;

/**
 * Told of every write to a bot right after it commits: the audit trail's one way in. A write that failed or was
 * rolled back is never reported. Set on a {@link Database} with {@link Database#listenWrites}.
 */
public interface WriteListener {

    WriteListener NONE = written -> { };

    /** Called on the writing thread after the commit; a failure here never undoes the write. */
    void committed(Written written);

    /**
     * One committed transaction on one bot.
     *
     * @param action what the user did: "save", "delete", "import", "doctor fix", "restore", "bulk"…
     * @param before the bot before the write, or null when it had no rows or was not read (an import); orphan
     *               child rows come as a snapshot whose state is null
     * @param after the bot after the write, or null when it was deleted
     * @param note what else the record should say (the import file and document), or null
     */
    record Written(String action, BigInteger bot, BotSnapshot before, BotSnapshot after, String note) {
    }
}
