package pbi.dao.world;

import java.util.Arrays;
import java.util.Optional;

/**
 * The doctor's rules that need the world database. The ids are stable: the doctor, the GUI markers, the demo's
 * corruption list and the tests share them.
 */
public enum ItemRule {
    ITEM_UNKNOWN("item.unknown", true,
            "The item id is not in the world database's item_template.",
            null),
    EQUIPMENT_WRONG_SLOT("equipment.wrong_slot", true,
            "The item's InventoryType does not fit the equipment slot it is worn in.",
            "Move the item to the first free slot of bags 19-22 (not when it carries gems, which a bag row cannot"
                    + " hold, nor when every bag is full)."),
    INVENTORY_STACK_OVER_MAX("inventory.stack_over_max", true,
            "The stack is larger than the item's stackable.",
            "Set the stack count to the item's stackable."),
    ITEM_DURABILITY_OVER_MAX("item.durability_over_max", true,
            "The durability is above the item's MaxDurability (an item without durability must have 0).",
            "Set the durability to MaxDurability."),
    EQUIPMENT_GEMS_OVER_SOCKETS("equipment.gems_over_sockets", true,
            "More gems than the item has sockets (waist, wrists and hands may hold one more).",
            null);

    private final String id;
    private final boolean error;
    private final String description;
    private final String fix;

    ItemRule(String id, boolean error, String description, String fix) {
        this.id = id;
        this.error = error;
        this.description = description;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    /** True for corruption the server may choke on (the doctor's ERROR), false for a WARNING. */
    public boolean error() {
        return error;
    }

    public String description() {
        return description;
    }

    /** What the safe repair does, or empty when none is safe. */
    public Optional<String> fix() {
        return Optional.ofNullable(fix);
    }

    public static Optional<ItemRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
