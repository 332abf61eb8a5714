package pbi.dao.history;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One saved earlier version of a bot.
 *
 * @param savedAt when the version was put into history (just before the save that replaced it)
 * @param reason why, as given by the caller ("before save", "before fix state.gold_over_cap"); may be null
 */
public record HistoryEntry(BigInteger botGuid, Instant savedAt, String reason, Path file) {
}
