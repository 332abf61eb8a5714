package pbi.dao.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Parsed;
import pbi.dao.domain.World;

/**
 * The doctor's per-bot rules, as import warnings: the values are imported exactly as they are, and the user is told.
 * Rule ids are the shared doctor ids, so the GUI and the doctor speak of the same thing.
 */
final class ImportChecks {

    private ImportChecks() {
    }

    static List<Problem> warnings(BotSnapshot bot, Limits limits, int stateLine,
                                  Map<InventoryItem.SlotKey, Integer> inventoryLines,
                                  Map<Integer, Integer> equipmentLines) {
        List<Problem> out = new ArrayList<>();
        BigInteger guid = bot.guid();
        BotState s = bot.state();
        double half = limits.worldHalfExtent();
        if (Math.abs(s.positionX()) > half || Math.abs(s.positionY()) > half
                || Math.abs(s.positionZ()) > limits.maxAbsZ() || !Float.isFinite(s.positionX())) {
            out.add(Problem.warning(stateLine, guid, "state position", "state.position_out_of_world",
                    "(" + s.positionX() + ", " + s.positionY() + ", " + s.positionZ() + ") is outside the world"));
        }
        if (!(s.orientation() >= 0 && s.orientation() < Limits.TWO_PI)) {
            out.add(Problem.warning(stateLine, guid, "state orientation", "state.orientation_out_of_range",
                    s.orientation() + " is not in [0, 2π)"));
        }
        if (s.level() < 1 || s.level() > limits.maxLevel()) {
            out.add(Problem.warning(stateLine, guid, "state level", "state.level_out_of_range",
                    s.level() + " is not between 1 and " + limits.maxLevel()));
        }
        if (s.goldCopper().compareTo(limits.goldCap()) > 0) {
            out.add(Problem.warning(stateLine, guid, "state gold_copper", "state.gold_over_cap",
                    s.goldCopper() + " copper is over the cap of " + limits.goldCap()));
        }
        if (s.health() >= Limits.WRAPPED_THRESHOLD) {
            out.add(Problem.warning(stateLine, guid, "state health", "state.health_wrapped",
                    s.health() + " is a negative value that wrapped around"));
        }
        if (s.mana() >= Limits.WRAPPED_THRESHOLD) {
            out.add(Problem.warning(stateLine, guid, "state mana", "state.mana_wrapped",
                    s.mana() + " is a negative value that wrapped around"));
        }
        if (!World.zoneFitsMap(s.mapId(), s.zoneId())) {
            out.add(Problem.warning(stateLine, guid, "state zone_id", "state.zone_not_on_map",
                    World.zoneLabel(s.zoneId()) + " is not on " + World.mapLabel(s.mapId())));
        }
        Map<BigInteger, String> itemGuids = new HashMap<>();
        for (InventoryItem item : bot.inventory()) {
            int line = inventoryLines.getOrDefault(item.key(), stateLine);
            String where = "inventory " + item.key();
            if (!World.isBag(item.bag())) {
                out.add(Problem.warning(line, guid, where, "inventory.bag_not_a_bag",
                        "bag position " + item.bag() + " is not a bag (19-22, or 255 for the backpack)"));
            } else if (item.bag() == World.BACKPACK
                    ? item.slot() < World.BACKPACK_FIRST_SLOT || item.slot() > World.BACKPACK_LAST_SLOT
                    : item.slot() >= World.MAX_BAG_SLOTS) {
                out.add(Problem.warning(line, guid, where, "inventory.slot_beyond_bag",
                        "slot " + item.slot() + " is beyond the bag"));
            }
            if (item.stackCount() == 0) {
                out.add(Problem.warning(line, guid, where + " stack_count", "inventory.stack_zero", "is 0"));
            }
            if (item.itemId() == 0) {
                out.add(Problem.warning(line, guid, where + " item_id", "inventory.item_id_zero", "is 0"));
            }
            malformed(out, line, guid, where + " enchantments", "inventory.enchantments_malformed",
                    ItemStrings.parseEnchantments(item.enchantments()));
            duplicate(out, itemGuids, item.itemGuid(), where, line, guid);
        }
        for (EquipmentItem item : bot.equipment()) {
            int line = equipmentLines.getOrDefault(item.slot(), stateLine);
            String where = "equipment slot " + item.slot();
            if (item.slot() >= World.EQUIPMENT_SLOTS.size()) {
                out.add(Problem.warning(line, guid, where, "equipment.slot_out_of_range",
                        "equipment slots are 0 to " + (World.EQUIPMENT_SLOTS.size() - 1)));
            }
            if (item.itemId() == 0) {
                out.add(Problem.warning(line, guid, where + " item_id", "equipment.item_id_zero", "is 0"));
            }
            malformed(out, line, guid, where + " enchantments", "equipment.enchantments_malformed",
                    ItemStrings.parseEnchantments(item.enchantments()));
            Parsed<Long> gems = ItemStrings.parseGems(item.gems());
            int count = item.gems() == null || item.gems().isEmpty() ? 0 : item.gems().split(",", -1).length;
            if (count > ItemStrings.MAX_GEMS) {
                out.add(Problem.warning(line, guid, where + " gems", "equipment.too_many_gems",
                        count + " gems, but an item has at most " + ItemStrings.MAX_GEMS + " sockets"));
            } else {
                malformed(out, line, guid, where + " gems", "equipment.gems_malformed", gems);
            }
            duplicate(out, itemGuids, item.itemGuid(), where, line, guid);
        }
        return out;
    }

    private static void malformed(List<Problem> out, int line, BigInteger guid, String field, String rule,
                                  Parsed<?> parsed) {
        if (!parsed.valid()) {
            out.add(Problem.warning(line, guid, field, rule,
                    "\"" + parsed.raw() + "\" is malformed (" + parsed.describeProblems() + "); imported unchanged"));
        }
    }

    private static void duplicate(List<Problem> out, Map<BigInteger, String> seen, BigInteger itemGuid, String where,
                                  int line, BigInteger guid) {
        String first = seen.putIfAbsent(itemGuid, where);
        if (first != null) {
            out.add(Problem.warning(line, guid, where + " item_guid", "duplicate_item_guid",
                    "item guid " + itemGuid + " is also in " + first));
        }
    }
}
