package pbi.dao.doctor;

import pbi.dao.domain.Holder;
import pbi.dao.domain.World;

/**
 * Where in a bot a finding sits: a state column, an inventory row (bag and slot) or an equipment row (slot), and
 * the column within it when there is one.
 */
public record Place(Table table, Integer bag, Integer slot, String column) {

    public enum Table { STATE, INVENTORY, EQUIPMENT }

    public static Place state(String column) {
        return new Place(Table.STATE, null, null, column);
    }

    public static Place inventory(int bag, int slot, String column) {
        return new Place(Table.INVENTORY, bag, slot, column);
    }

    public static Place equipment(int slot, String column) {
        return new Place(Table.EQUIPMENT, null, slot, column);
    }

    /** The item guid of the row holding a duplicated item. */
    public static Place of(Holder h) {
        return h.equipped() ? equipment(h.slot(), "item_guid") : inventory(h.bag(), h.slot(), "item_guid");
    }

    /** "bot 7 equipment slot 4 Chest" */
    public static String describe(Holder h) {
        return "bot " + h.botGuid() + " " + of(h).describe().replace(" (item_guid)", "");
    }

    /** "inventory bag 19 slot 3 (enchantments)", "equipment slot 5 Waist (gems)", "state (level)". */
    public String describe() {
        String where = switch (table) {
            case STATE -> "state";
            case INVENTORY -> "inventory bag " + bag + " slot " + slot;
            case EQUIPMENT -> "equipment slot " + slot + " " + World.equipmentSlotName(slot);
        };
        return column == null ? where : where + " (" + column + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
