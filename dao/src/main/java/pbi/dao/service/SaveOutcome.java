package pbi.dao.service;

import java.util.List;
import pbi.dao.domain.BotSnapshot;

/** What a save did: either it wrote the changes, or it found the bot changed underneath and wrote nothing. */
public sealed interface SaveOutcome {

    /**
     * @param saved the bot as the database now holds it
     * @param statements how many statements were run
     */
    record Saved(BotSnapshot saved, int statements) implements SaveOutcome {
    }

    /**
     * @param current the bot as the database holds it now, or null when it was deleted
     * @param differences how the database differs from the version the edit started from
     */
    record Conflict(BotSnapshot current, List<String> differences) implements SaveOutcome {
    }
}
