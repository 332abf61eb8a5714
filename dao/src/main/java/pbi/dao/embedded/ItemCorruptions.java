package pbi.dao.embedded;

import java.util.List;
import java.util.function.Predicate;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.world.DemoItems;
import pbi.dao.world.InventoryType;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;

/**
 * The corruptions of the item rules: each changes one row of a clean demo bot so that it breaks exactly one item
 * rule, against the demo's own world database ({@link DemoItems}). Each method takes the bot and the variant (0-2).
 */
final class ItemCorruptions {

    /** Item ids no demo item has. */
    static final long[] UNKNOWN_ITEMS = {900_001, 4_000_000_000L, 987_654};
    private static final int MAIN_HAND = 15;
    private static final int OFF_HAND = 16;
    private static final ItemCatalog DEMO = ItemCatalog.of("demo", DemoItems.all());

    private ItemCorruptions() {
    }

    static DemoPlan.Bot unknown(DemoPlan.Bot bot, int v) {
        long id = UNKNOWN_ITEMS[v];
        if (v < 2) {
            return bot.withItem(2 + v, i -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), id, i.itemGuid(), 1,
                    i.enchantments(), 0, i.lastUpdated()));
        }
        return bot.withWorn(1, e -> new EquipmentItem(e.botGuid(), e.slot(), id, e.itemGuid(), e.enchantments(),
                e.gems(), e.durability(), e.lastUpdated()));
    }

    /**
     * Variant 0 wears a helmet in the main hand, 1 a two-hander in a non-warrior's off hand (the one case that
     * needs the class), 2 a ring in the main hand. The item carries no gems, so the doctor can move it to a bag.
     */
    static DemoPlan.Bot wrongSlot(DemoPlan.Bot bot, int v) {
        return switch (v) {
            case 0 -> wearInMainHand(bot, first(t -> t.inventoryType() == InventoryType.HEAD.code()), null);
            case 1 -> twoHanderInOffHand(bot);
            default -> wearInMainHand(bot, first(t -> t.inventoryType() == InventoryType.FINGER.code()), null);
        };
    }

    /** Variant 0 a potion stack of 21, 1 cloth by 250, 2 two of a sword that does not stack. */
    static DemoPlan.Bot stackOverMax(DemoPlan.Bot bot, int v) {
        ItemTemplate item = switch (v) {
            case 0 -> DEMO.find(33447).orElseThrow();
            case 1 -> DEMO.find(33470).orElseThrow();
            default -> DemoItems.wearablesFor(MAIN_HAND).get(0);
        };
        long stack = new long[] {item.maxStack() + 1, 250, 2}[v];
        return bot.withItem(2, i -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), item.entry(), i.itemGuid(),
                stack, i.enchantments(), 0, i.lastUpdated()));
    }

    /** Variant 0 a chest piece in the bags one above its maximum, 1 the main hand far above, 2 a potion with any. */
    static DemoPlan.Bot durabilityOverMax(DemoPlan.Bot bot, int v) {
        if (v == 1) {
            int index = mainHand(bot);
            return bot.withWorn(index, e -> {
                ItemTemplate worn = DEMO.find(e.itemId()).orElseThrow();
                return e.withDurability(worn.maxDurability() + 500);
            });
        }
        ItemTemplate item = v == 0 ? first(t -> t.inventoryType() == InventoryType.CHEST.code())
                : DEMO.find(33448).orElseThrow();
        long durability = v == 0 ? item.maxDurability() + 1 : 5;
        return bot.withItem(2, i -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), item.entry(), i.itemGuid(), 1,
                i.enchantments(), durability, i.lastUpdated()));
    }

    /** The main hand gets a weapon with 0, 1 and 0 sockets and 1, 2 and 3 gems. */
    static DemoPlan.Bot gemsOverSockets(DemoPlan.Bot bot, int v) {
        int sockets = v == 1 ? 1 : 0;
        ItemTemplate weapon = DemoItems.wearablesFor(MAIN_HAND).stream().filter(t -> t.socketCount() == sockets)
                .findFirst().orElseThrow();
        String gems = new String[] {"40111", "40112,40113", "40111,40112,40113"}[v];
        return wearInMainHand(bot, weapon, gems);
    }

    private static DemoPlan.Bot wearInMainHand(DemoPlan.Bot bot, ItemTemplate item, String gems) {
        return bot.withWorn(mainHand(bot), e -> new EquipmentItem(e.botGuid(), e.slot(), item.entry(), e.itemGuid(),
                e.enchantments(), gems, Math.min(e.durability(), item.maxDurability()), e.lastUpdated()));
    }

    /** The off hand (or, when it is empty, the main hand moved there) holds a two-hander; the bot is no warrior. */
    private static DemoPlan.Bot twoHanderInOffHand(DemoPlan.Bot bot) {
        ItemTemplate twoHander = first(t -> t.inventoryType() == InventoryType.TWO_HAND.code());
        List<EquipmentItem> worn = bot.equipment();
        int index = indexOf(worn, OFF_HAND);
        if (index < 0) {
            index = mainHand(bot);
        }
        DemoPlan.Bot changed = bot.withWorn(index, e -> new EquipmentItem(e.botGuid(), OFF_HAND, twoHander.entry(),
                e.itemGuid(), e.enchantments(), null, Math.min(e.durability(), twoHander.maxDurability()),
                e.lastUpdated()));
        return changed.withClass(DemoPlan.firstClassOtherThanWarrior(bot.character().race()));
    }

    private static int mainHand(DemoPlan.Bot bot) {
        int index = indexOf(bot.equipment(), MAIN_HAND);
        if (index < 0) {
            throw new IllegalStateException("Demo bot " + bot.guid() + " has no main hand");
        }
        return index;
    }

    private static int indexOf(List<EquipmentItem> worn, int slot) {
        for (int i = 0; i < worn.size(); i++) {
            if (worn.get(i).slot() == slot) {
                return i;
            }
        }
        return -1;
    }

    private static ItemTemplate first(Predicate<ItemTemplate> which) {
        return DemoItems.all().stream().filter(which).findFirst().orElseThrow();
    }
}
