package pbi.dao.world;

/**
 * One broken item rule in one bot.
 *
 * @param bag the inventory bag position; null for an equipment row
 * @param slot the inventory slot, or the equipment slot when {@code bag} is null
 * @param column the column at fault
 * @param detail a sentence for people: what is wrong and what is legal
 * @param value the value as stored, as text
 */
public record ItemFinding(ItemRule rule, Integer bag, int slot, String column, String detail, String value) {

    public boolean equipment() {
        return bag == null;
    }

    /** "inventory bag 19 slot 3 (durability)", "equipment slot 16 (item_id)". */
    public String location() {
        return (equipment() ? "equipment slot " + slot : "inventory bag " + bag + " slot " + slot) + " (" + column
                + ")";
    }
}
