package pbi.app.gui.model;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.domain.Parsed;
import pbi.dao.domain.World;

/**
 * The per-bot doctor rules the window marks in place. Kept in this one class, with the doctor's rule ids, so that
 * the doctor's own checks can replace it without touching the views.
 */
public final class LocalChecks {

    private LocalChecks() {
    }

    public static List<Flag> check(BotSnapshot bot, Limits limits) {
        List<Flag> flags = new ArrayList<>();
        BotState s = bot.state();
        double extent = limits.worldHalfExtent();
        if (Math.abs(s.positionX()) > extent || !Float.isFinite(s.positionX())) {
            flags.add(new Flag("state.position_out_of_world", "x",
                    "x " + s.positionX() + " lies outside the map (±" + fmt(extent) + " yards)"));
        }
        if (Math.abs(s.positionY()) > extent || !Float.isFinite(s.positionY())) {
            flags.add(new Flag("state.position_out_of_world", "y",
                    "y " + s.positionY() + " lies outside the map (±" + fmt(extent) + " yards)"));
        }
        if (Math.abs(s.positionZ()) > limits.maxAbsZ() || !Float.isFinite(s.positionZ())) {
            flags.add(new Flag("state.position_out_of_world", "z",
                    "z " + s.positionZ() + " is beyond any real height (±" + fmt(limits.maxAbsZ()) + " yards)"));
        }
        if (!(s.orientation() >= 0 && s.orientation() < Limits.TWO_PI)) {
            flags.add(new Flag("state.orientation_out_of_range", "orientation",
                    "Orientation " + s.orientation() + " is outside 0 to 6.2832 radians"));
        }
        if (s.level() < 1 || s.level() > limits.maxLevel()) {
            flags.add(new Flag("state.level_out_of_range", "level",
                    "Level " + s.level() + " is outside 1 to " + limits.maxLevel()));
        }
        if (s.goldCopper().compareTo(limits.goldCap()) > 0) {
            flags.add(new Flag("state.gold_over_cap", "gold", Money.format(s.goldCopper())
                    + " is more than the gold cap of " + Money.format(limits.goldCap())));
        }
        if (s.health() >= Limits.WRAPPED_THRESHOLD) {
            flags.add(new Flag("state.health_wrapped", "health", "Health " + s.health()
                    + " is a negative number that wrapped around (" + (int) s.health() + ")"));
        }
        if (s.mana() >= Limits.WRAPPED_THRESHOLD) {
            flags.add(new Flag("state.mana_wrapped", "mana", "Mana " + s.mana()
                    + " is a negative number that wrapped around (" + (int) s.mana() + ")"));
        }
        if (!World.zoneFitsMap(s.mapId(), s.zoneId())) {
            flags.add(new Flag("state.zone_not_on_map", "zone", World.zoneLabel(s.zoneId()) + " is not on "
                    + World.mapLabel(s.mapId())));
        }
        if (s.lastUpdated() != null && s.lastUpdated().isAfter(LocalDateTime.now().plusMinutes(5))) {
            flags.add(new Flag("state.updated_in_future", "updated", "Last updated " + s.lastUpdated()
                    + " is in the future"));
        }
        Map<BigInteger, String> seen = new HashMap<>();
        for (InventoryItem item : bot.inventory()) {
            String target = Flag.inventoryTarget(item.bag(), item.slot());
            if (!World.isBag(item.bag())) {
                flags.add(new Flag("inventory.bag_not_a_bag", target, "Bag position " + item.bag()
                        + " is not a bag (bags are 19 to 22, and 255 for the backpack)"));
            } else if (item.bag() == World.BACKPACK ? item.slot() < World.BACKPACK_FIRST_SLOT
                    || item.slot() > World.BACKPACK_LAST_SLOT : item.slot() >= World.MAX_BAG_SLOTS) {
                flags.add(new Flag("inventory.slot_beyond_bag", target, "Slot " + item.slot()
                        + " is beyond the bag's last slot"));
            }
            if (item.stackCount() == 0) {
                flags.add(new Flag("inventory.stack_zero", target, "Stack count is 0; a stack holds at least 1"));
            }
            if (item.itemId() == 0) {
                flags.add(new Flag("inventory.item_id_zero", target, "Item id is 0, which is no item"));
            }
            Parsed<Enchantment> ench = ItemStrings.parseEnchantments(item.enchantments());
            if (!ench.valid()) {
                flags.add(new Flag("inventory.enchantments_malformed", target,
                        "Enchantments are malformed: " + ench.describeProblems()));
            }
            duplicate(flags, seen, item.itemGuid(), target, "bag " + item.bag() + " slot " + item.slot());
        }
        for (EquipmentItem item : bot.equipment()) {
            String target = Flag.equipmentTarget(item.slot());
            if (item.slot() < 0 || item.slot() >= World.EQUIPMENT_SLOTS.size()) {
                flags.add(new Flag("equipment.slot_out_of_range", target,
                        "Equipment slot " + item.slot() + " does not exist (slots are 0 to 18)"));
            }
            if (item.itemId() == 0) {
                flags.add(new Flag("equipment.item_id_zero", target, "Item id is 0, which is no item"));
            }
            Parsed<Long> gems = ItemStrings.parseGems(item.gems());
            if (!gems.valid()) {
                boolean tooMany = gems.problems().stream().anyMatch(p -> p.contains("sockets"));
                flags.add(new Flag(tooMany ? "equipment.too_many_gems" : "equipment.gems_malformed", target,
                        "Gems are malformed: " + gems.describeProblems()));
            }
            Parsed<Enchantment> ench = ItemStrings.parseEnchantments(item.enchantments());
            if (!ench.valid()) {
                flags.add(new Flag("equipment.enchantments_malformed", target,
                        "Enchantments are malformed: " + ench.describeProblems()));
            }
            duplicate(flags, seen, item.itemGuid(), target, World.equipmentSlotName(item.slot()));
        }
        return flags;
    }

    private static void duplicate(List<Flag> flags, Map<BigInteger, String> seen, BigInteger guid, String target,
            String where) {
        String other = seen.putIfAbsent(guid, where);
        if (other != null) {
            flags.add(new Flag("duplicate_item_guid", target, "Item guid " + guid + " is also in " + other));
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
