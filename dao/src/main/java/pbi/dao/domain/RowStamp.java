package pbi.dao.domain;

import java.time.LocalDateTime;

/**
 * The {@code last_updated} of one row of a bot, keyed by table and primary key: what a save reads back instead of
 * the whole bot, since every other value is the one it just wrote.
 *
 * @param part 0 for the state row, 1 for an inventory row, 2 for an equipment row
 * @param bag the inventory row's bag, 0 otherwise
 * @param slot the row's slot, 0 for the state row
 */
public record RowStamp(int part, int bag, int slot, LocalDateTime lastUpdated) {

    public static final int STATE = 0;
    public static final int INVENTORY = 1;
    public static final int EQUIPMENT = 2;
}
