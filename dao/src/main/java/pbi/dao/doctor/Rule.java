package pbi.dao.doctor;

import java.util.Arrays;
import java.util.Optional;
import pbi.dao.world.ItemRule;

/**
 * The doctor's catalogue. The ids are shared with the demo world's corruption list, the GUI markers and the tests,
 * so they never change.
 */
public enum Rule {
    POSITION_OUT_OF_WORLD("state.position_out_of_world", Severity.ERROR,
            "The position lies outside the world: x or y beyond the map's half-extent, or an implausible height.",
            "Move the bot to its map's safe point (a capital city); on an unknown map, clamp x, y and z into range."),
    ORIENTATION_OUT_OF_RANGE("state.orientation_out_of_range", Severity.WARNING,
            "The orientation is outside [0, 2π).",
            "Wrap the orientation into [0, 2π)."),
    LEVEL_OUT_OF_RANGE("state.level_out_of_range", Severity.ERROR,
            "The level is outside 1 to the maximum level.",
            "Clamp the level to 1 or the maximum level."),
    GOLD_OVER_CAP("state.gold_over_cap", Severity.ERROR,
            "The gold is above the server's cap (MAX_MONEY_AMOUNT).",
            "Set the gold to the cap."),
    HEALTH_WRAPPED("state.health_wrapped", Severity.ERROR,
            "The health is at or above 2^31: a negative number that wrapped around.",
            "Set the health to 1; the server raises it to the maximum as the bot regenerates."),
    MANA_WRAPPED("state.mana_wrapped", Severity.ERROR,
            "The mana is at or above 2^31: a negative number that wrapped around.",
            "Set the mana to 0; the server refills it as the bot regenerates."),
    ZONE_NOT_ON_MAP("state.zone_not_on_map", Severity.ERROR,
            "The zone does not lie on the bot's map.",
            "Set the zone to the zone of the map's safe point (the map is kept, since the coordinates belong to it)."),
    UPDATED_IN_FUTURE("state.updated_in_future", Severity.WARNING,
            "last_updated is later than the database's clock.",
            "Set last_updated to the database's current time."),

    BAG_NOT_A_BAG("inventory.bag_not_a_bag", Severity.ERROR,
            "The item sits in a bag position that is not a bag (19-22, or 255 for the backpack).",
            "Move the item to the first free slot of bags 19-22; delete it when every bag is full."),
    SLOT_BEYOND_BAG("inventory.slot_beyond_bag", Severity.ERROR,
            "The slot is beyond the bag's size (bags hold slots 0-35, the backpack 23-38).",
            "Move the item to the first free slot of bags 19-22; delete it when every bag is full."),
    STACK_ZERO("inventory.stack_zero", Severity.ERROR,
            "The stack count is 0.",
            "Set the stack count to 1."),
    INVENTORY_ITEM_ID_ZERO("inventory.item_id_zero", Severity.ERROR,
            "The item id is 0, which names no item.",
            "Delete the row."),
    INVENTORY_ENCHANTMENTS_MALFORMED("inventory.enchantments_malformed", Severity.ERROR,
            "The enchantment string is malformed (bad token, negative duration, or more than 12 entries).",
            "Keep the well-formed entries (at most 12) and drop the rest; an empty result is stored as ''."),

    EQUIPMENT_SLOT_OUT_OF_RANGE("equipment.slot_out_of_range", Severity.ERROR,
            "The equipment slot is outside 0-18.",
            "Unequip the item into the first free slot of bags 19-22; delete it when every bag is full."),
    GEMS_MALFORMED("equipment.gems_malformed", Severity.ERROR,
            "The gem string is malformed.",
            "Keep the well-formed gems (at most 3) and drop the rest; an empty result is stored as ''."),
    TOO_MANY_GEMS("equipment.too_many_gems", Severity.ERROR,
            "More than 3 gems.",
            "Keep the first 3 well-formed gems."),
    EQUIPMENT_ENCHANTMENTS_MALFORMED("equipment.enchantments_malformed", Severity.ERROR,
            "The enchantment string is malformed (bad token, negative duration, or more than 12 entries).",
            "Keep the well-formed entries (at most 12) and drop the rest; an empty result is stored as ''."),
    EQUIPMENT_ITEM_ID_ZERO("equipment.item_id_zero", Severity.ERROR,
            "The item id is 0, which names no item.",
            "Delete the row."),

    DUPLICATE_ITEM_GUID("duplicate_item_guid", Severity.ERROR,
            "The same item guid is in two places: two slots of one bot, two bots, or inventory and equipment.",
            "Keep the first copy (an equipped copy first, then the lowest bot guid, bag and slot) and delete the"
                    + " others."),
    ORPHAN_ROWS("orphan_rows", Severity.WARNING,
            "Inventory or equipment rows belong to a bot guid that has no state row.",
            "Delete the orphan rows."),

    ITEM_UNKNOWN(ItemRule.ITEM_UNKNOWN,
            "No automatic fix: which item was meant cannot be known. Replace or delete the item by hand."),
    EQUIPMENT_WRONG_SLOT(ItemRule.EQUIPMENT_WRONG_SLOT, null),
    INVENTORY_STACK_OVER_MAX(ItemRule.INVENTORY_STACK_OVER_MAX, null),
    ITEM_DURABILITY_OVER_MAX(ItemRule.ITEM_DURABILITY_OVER_MAX, null),
    EQUIPMENT_GEMS_OVER_SOCKETS(ItemRule.EQUIPMENT_GEMS_OVER_SOCKETS,
            "No automatic fix: which gem to remove is a choice. Remove the surplus gem by hand.");

    private final String id;
    private final Severity severity;
    private final String description;
    private final String fix;
    private final ItemRule itemRule;

    Rule(String id, Severity severity, String description, String fix) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.fix = fix;
        this.itemRule = null;
    }

    /** A rule that needs the world database; its id, description and safe fix are the world package's. */
    Rule(ItemRule rule, String noFix) {
        this.id = rule.id();
        this.severity = rule.error() ? Severity.ERROR : Severity.WARNING;
        this.description = rule.description();
        this.fix = rule.fix().orElse(noFix);
        this.itemRule = rule;
    }

    /** The world package's rule, for the rules that need item_template; empty for the others. */
    public Optional<ItemRule> itemRule() {
        return Optional.ofNullable(itemRule);
    }

    public static Rule of(ItemRule rule) {
        return Arrays.stream(values()).filter(r -> r.itemRule == rule).findFirst().orElseThrow();
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** What the fix does, for people. */
    public String fix() {
        return fix;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
