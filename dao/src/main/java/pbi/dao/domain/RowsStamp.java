package pbi.dao.domain;

import java.time.LocalDateTime;

/**
 * What a live watch compares between polls, for one table's rows of a bot: how many, the newest
 * {@code last_updated}, and a checksum of their values. The timestamps alone miss a change made in the same second
 * as the last look (they have one-second resolution); the checksum does not.
 *
 * @param part {@link RowStamp#STATE}, {@link RowStamp#INVENTORY} or {@link RowStamp#EQUIPMENT}
 * @param checksum BIT_XOR of the CRC32 of each row's values, 0 for no rows
 */
public record RowsStamp(int part, long rows, LocalDateTime newest, long checksum) {
}
