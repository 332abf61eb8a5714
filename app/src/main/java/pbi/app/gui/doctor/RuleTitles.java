package pbi.app.gui.doctor;

import pbi.dao.doctor.Rule;

/** The doctor's rules as people read them; the rule id stays second, for the command line and bug reports. */
public final class RuleTitles {

    private RuleTitles() {
    }

    public static String title(Rule rule) {
        return switch (rule) {
            case POSITION_OUT_OF_WORLD -> "Position outside the world";
            case ORIENTATION_OUT_OF_RANGE -> "Facing outside 0 to 2π";
            case LEVEL_OUT_OF_RANGE -> "Level out of range";
            case GOLD_OVER_CAP -> "Gold above the cap";
            case HEALTH_WRAPPED -> "Health wrapped around";
            case MANA_WRAPPED -> "Mana wrapped around";
            case ZONE_NOT_ON_MAP -> "Zone not on the bot's map";
            case UPDATED_IN_FUTURE -> "Last update in the future";
            case BAG_NOT_A_BAG -> "Item in a bag slot that holds no bag";
            case SLOT_BEYOND_BAG -> "Item beyond the bag's size";
            case STACK_ZERO -> "Stack of zero items";
            case INVENTORY_ITEM_ID_ZERO -> "Bag item without an item id";
            case INVENTORY_ENCHANTMENTS_MALFORMED -> "Unreadable enchantments on a bag item";
            case EQUIPMENT_SLOT_OUT_OF_RANGE -> "Equipment slot that does not exist";
            case GEMS_MALFORMED -> "Unreadable gems";
            case TOO_MANY_GEMS -> "More than three gems";
            case EQUIPMENT_ENCHANTMENTS_MALFORMED -> "Unreadable enchantments on worn gear";
            case EQUIPMENT_ITEM_ID_ZERO -> "Worn item without an item id";
            case DUPLICATE_ITEM_GUID -> "One item in two places";
            case ORPHAN_ROWS -> "Items of a bot that does not exist";
            case ITEM_UNKNOWN -> "Item the world database does not know";
            case EQUIPMENT_WRONG_SLOT -> "Item worn in a slot it does not fit";
            case INVENTORY_STACK_OVER_MAX -> "Stack larger than the item allows";
            case ITEM_DURABILITY_OVER_MAX -> "Durability above the item's maximum";
            case EQUIPMENT_GEMS_OVER_SOCKETS -> "More gems than the item has sockets";
        };
    }

    /** "Position outside the world (state.position_out_of_world)". */
    public static String titled(Rule rule) {
        return title(rule) + " (" + rule.id() + ")";
    }
}
