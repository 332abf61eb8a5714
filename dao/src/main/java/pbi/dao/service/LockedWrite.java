package pbi.dao.service;

import java.time.LocalDateTime;
import java.util.List;
import pbi.dao.domain.RowStamp;

/**
 * What the lock-compare-write of {@link BotService#writeIfUnchanged} did.
 *
 * @param current the rows as they were under lock, before anything was written
 * @param written false when the rows were not as expected; then nothing was written
 * @param statements how many statements ran
 * @param stamps with {@link ReadBack#STAMPS}, the timestamps of the rows after the write
 * @param after with {@link ReadBack#ROWS}, the rows after the write, read in the same transaction
 * @param databaseNow with {@link ReadBack#ROWS}, the database clock just after the write
 */
public record LockedWrite(BotRows current, boolean written, int statements, List<RowStamp> stamps, BotRows after,
        LocalDateTime databaseNow) {

    /** What to read back after writing, before the commit, while the rows are still locked. */
    public enum ReadBack {
        /** Only the timestamps the server set: enough when the caller knows the values it wrote. */
        STAMPS,
        /** Every row again, and the database clock: for checking the result. */
        ROWS
    }
}
