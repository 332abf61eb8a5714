package pbi.dao.bulk;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pbi.dao.compare.SlotRef;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.world.ItemLookup;
import pbi.dao.world.ItemTemplate;

/**
 * One change a bulk edit makes to every chosen bot. Each is pure: it returns the edited bot and says, line by line,
 * what it changed ("gold: 150,000g → 100,000g"); a bot it does not change comes back as it was.
 */
public sealed interface BulkEdit {

    /** "cap gold at 100,000g". */
    String describe();

    /**
     * @param items what the items are; only {@link RepairDurability} needs it
     * @param changes receives one line per change made
     */
    BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes);

    record SetGold(BigInteger copper) implements BulkEdit {
        @Override
        public String describe() {
            return "set gold to " + Money.format(copper);
        }

        @Override
        public BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes) {
            return gold(bot, copper, changes);
        }
    }

    /** Lowers the gold of bots holding more than {@code copper} to exactly that; others keep theirs. */
    record CapGold(BigInteger copper) implements BulkEdit {
        @Override
        public String describe() {
            return "cap gold at " + Money.format(copper);
        }

        @Override
        public BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes) {
            return bot.state().goldCopper().compareTo(copper) > 0 ? gold(bot, copper, changes) : bot;
        }
    }

    record SetLevel(int level) implements BulkEdit {
        @Override
        public String describe() {
            return "set level to " + level;
        }

        @Override
        public BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes) {
            BotState s = bot.state();
            if (s.level() == level) {
                return bot;
            }
            changes.add("level: " + s.level() + " → " + level);
            return bot.withState(s.withVitals(s.health(), s.mana(), level));
        }
    }

    /** Sets the durability of every worn or carried item that has one to its item_template MaxDurability. */
    record RepairDurability() implements BulkEdit {
        @Override
        public String describe() {
            return "repair durability to the maximum";
        }

        @Override
        public BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes) {
            List<EquipmentItem> worn = new ArrayList<>();
            for (EquipmentItem e : bot.equipment()) {
                long max = max(items, e.itemId());
                if (max > 0 && e.durability() != max) {
                    changes.add(SlotRef.equipped(e.slot()).label() + " durability: " + e.durability() + " → " + max);
                    worn.add(e.withDurability(max));
                } else {
                    worn.add(e);
                }
            }
            List<InventoryItem> carried = new ArrayList<>();
            for (InventoryItem i : bot.inventory()) {
                long max = max(items, i.itemId());
                if (max > 0 && i.durability() != max) {
                    changes.add(SlotRef.inventory(i.bag(), i.slot()).label() + " durability: " + i.durability()
                            + " → " + max);
                    carried.add(i.withDurability(max));
                } else {
                    carried.add(i);
                }
            }
            return new BotSnapshot(bot.state(), carried, worn);
        }

        private static long max(ItemLookup items, long itemId) {
            return items.find(itemId).map(ItemTemplate::maxDurability).orElse(0L);
        }
    }

    /** Moves every bot to one position; each keeps its orientation. */
    record Teleport(long mapId, long zoneId, float x, float y, float z) implements BulkEdit {
        @Override
        public String describe() {
            return "teleport to " + where(mapId, zoneId, x, y, z);
        }

        @Override
        public BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes) {
            BotState s = bot.state();
            BotState moved = s.withPosition(x, y, z, mapId, zoneId, s.orientation());
            if (moved.sameValues(s)) {
                return bot;
            }
            changes.add("position: " + where(s.mapId(), s.zoneId(), s.positionX(), s.positionY(), s.positionZ())
                    + " → " + where(mapId, zoneId, x, y, z));
            return bot.withState(moved);
        }

        static String where(long map, long zone, float x, float y, float z) {
            return World.zoneLabel(zone) + " on " + World.mapLabel(map)
                    + String.format(Locale.ROOT, " at (%s, %s, %s)", x, y, z);
        }
    }

    /** Removes every inventory and equipment row holding the item. */
    record RemoveItem(long itemId) implements BulkEdit {
        @Override
        public String describe() {
            return "remove item " + itemId + " everywhere";
        }

        @Override
        public BotSnapshot apply(BotSnapshot bot, ItemLookup items, List<String> changes) {
            List<EquipmentItem> worn = new ArrayList<>();
            for (EquipmentItem e : bot.equipment()) {
                if (e.itemId() == itemId) {
                    changes.add(SlotRef.equipped(e.slot()).label() + ": removed " + name(items, itemId)
                            + " (guid " + e.itemGuid() + ")");
                } else {
                    worn.add(e);
                }
            }
            List<InventoryItem> carried = new ArrayList<>();
            for (InventoryItem i : bot.inventory()) {
                if (i.itemId() == itemId) {
                    changes.add(SlotRef.inventory(i.bag(), i.slot()).label() + ": removed " + name(items, itemId)
                            + " ×" + i.stackCount() + " (guid " + i.itemGuid() + ")");
                } else {
                    carried.add(i);
                }
            }
            return worn.size() == bot.equipment().size() && carried.size() == bot.inventory().size() ? bot
                    : new BotSnapshot(bot.state(), carried, worn);
        }

        private static String name(ItemLookup items, long itemId) {
            return items == null ? "#" + itemId
                    : items.find(itemId).map(t -> t.name() + " (#" + itemId + ")").orElse("#" + itemId);
        }
    }

    private static BotSnapshot gold(BotSnapshot bot, BigInteger copper, List<String> changes) {
        BotState s = bot.state();
        if (s.goldCopper().equals(copper)) {
            return bot;
        }
        changes.add("gold: " + Money.format(s.goldCopper()) + " → " + Money.format(copper));
        return bot.withState(s.withGold(copper));
    }
}
