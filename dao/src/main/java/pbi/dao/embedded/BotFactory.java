package pbi.dao.embedded;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.world.DemoItems;
import pbi.dao.world.ItemTemplate;

/**
 * Makes clean, plausible bots from a random source: every value passes the doctor's rules under the default
 * {@link Limits}. Shared by the demo world and the benchmark generator.
 */
final class BotFactory {

    /** Common permanent weapon and armour enchantments of the WotLK era. */
    private static final long[] PERMANENT_ENCHANTS = {3225, 3789, 3790, 3368, 3370, 3232, 3297, 3820, 3831, 3830,
        3604, 3603, 3606, 3232, 1099, 2673, 1900, 3870, 3869, 3238};
    /** Temporary enchantments (oils, poisons, stones) that carry a duration. */
    private static final long[] TEMPORARY_ENCHANTS = {3229, 2629, 2630, 2628, 3769, 3768, 2506, 2507};
    private static final long[] TEMPORARY_SECONDS = {3600, 1800, 900, 3599, 1742, 600, 120};
    /** Cut gems and meta gems. */
    private static final long[] GEMS = {41398, 40111, 40112, 40113, 40114, 40117, 40118, 40119, 40125, 40128,
        40133, 40155, 40151, 41285, 41380, 41333, 39996, 40003, 40025, 40041, 40058, 40088, 40129, 40142};
    private static final int[] BAG_SIZES = {16, 16, 18, 20, 20, 22, 24, 28, 32, 36};

    private BotFactory() {
    }

    /** The demo world's items, sorted once: what fits each equipment slot, what a bag holds. */
    private static final class Items {
        static final List<List<ItemTemplate>> BY_SLOT = bySlot();
        static final int[] WEARABLE_SLOTS = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(15),
                java.util.stream.IntStream.range(0, 19).filter(s -> s != 15 && !BY_SLOT.get(s).isEmpty())).toArray();
        static final List<ItemTemplate> GEAR = DemoItems.all().stream().filter(i -> !i.slots().isEmpty()).toList();
        static final List<ItemTemplate> STACKABLE = DemoItems.carried().stream().filter(i -> i.maxStack() > 1)
                .toList();

        private static List<List<ItemTemplate>> bySlot() {
            List<List<ItemTemplate>> out = new ArrayList<>();
            for (int slot = 0; slot < 19; slot++) {
                out.add(DemoItems.wearablesFor(slot));
            }
            return out;
        }
    }

    /** A durability from 0 (broken) to the item's maximum; 0 for items without durability. */
    private static long durability(SplittableRandom random, ItemTemplate item) {
        if (!item.hasDurability()) {
            return 0;
        }
        return random.nextInt(8) == 0 ? 0 : 1 + random.nextInt((int) Math.min(Integer.MAX_VALUE - 1,
                item.maxDurability()));
    }

    /** Levels that fit the map: Outland and Northrend hold high-level bots, Ebon Hold new death knights. */
    static int levelFor(SplittableRandom random, long map) {
        if (map == 530) {
            return 58 + random.nextInt(23);
        }
        if (map == 571) {
            return 68 + random.nextInt(13);
        }
        if (map == 609) {
            return 55 + random.nextInt(4);
        }
        return 1 + random.nextInt(80);
    }

    static BotState state(SplittableRandom random, BigInteger guid, Zones.Zone zone, int level,
            LocalDateTime updated) {
        double angle = random.nextDouble() * Limits.TWO_PI;
        double distance = Math.sqrt(random.nextDouble()) * zone.radius();
        float x = round2(zone.x() + distance * Math.cos(angle));
        float y = round2(zone.y() + distance * Math.sin(angle));
        float z = round2(zone.baseZ() + random.nextDouble() * 60 - 15);
        // Four decimals stay below 2π (6.2832 would not), and short decimals survive a trip through SQL text.
        float orientation = (float) (Math.floor(random.nextDouble() * 62831) / 10_000.0);
        long gold = (long) (random.nextDouble() * level * level * level * 60);
        if (random.nextInt(60) == 0) {
            gold = 100_000_000L + random.nextLong(1_900_000_000L); // a few rich auction-house bots
        }
        long health = 40 + (long) level * level * 4 + random.nextInt(level * 30 + 1);
        long mana = random.nextInt(4) == 0 ? 0 : 60 + (long) level * level * 3 + random.nextInt(level * 20 + 1);
        return new BotState(guid, x, y, z, zone.map(), zone.zone(), orientation, BigInteger.valueOf(gold), health,
                mana, level, updated);
    }

    /** Two decimals, like coordinates people type; makes the demo data easy to read. */
    private static float round2(double value) {
        return (float) (Math.round(value * 100) / 100.0);
    }

    /**
     * {@code count} items in random slots of four bags whose sizes hold them all.
     *
     * @param count how many items; at most 144 (four 36-slot bags)
     */
    static List<InventoryItem> inventory(SplittableRandom random, BigInteger guid, int count, LongSupplier itemGuids,
            LocalDateTime updated) {
        if (count < 0 || count > 4 * 36) {
            throw new IllegalArgumentException("Four bags hold 0 to 144 items, not " + count);
        }
        int[] sizes = new int[4];
        for (int b = 0; b < 4; b++) {
            sizes[b] = BAG_SIZES[random.nextInt(BAG_SIZES.length)];
        }
        growToHold(sizes, count);
        int capacity = sizes[0] + sizes[1] + sizes[2] + sizes[3];
        int[] positions = new int[capacity];
        int p = 0;
        for (int b = 0; b < 4; b++) {
            for (int s = 0; s < sizes[b]; s++) {
                positions[p++] = (19 + b) << 8 | s;
            }
        }
        // A partial Fisher-Yates shuffle picks the occupied slots; they are then sorted so rows go in key order.
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(capacity - i);
            int t = positions[i];
            positions[i] = positions[j];
            positions[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(positions, count);
        java.util.Arrays.sort(chosen);
        List<InventoryItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int bag = chosen[i] >> 8;
            int slot = chosen[i] & 0xFF;
            long itemId;
            long stack;
            long durability;
            String enchantments;
            if (i == 0) {
                itemId = 6948; // every character carries a hearthstone
                stack = 1;
                durability = 0;
                enchantments = null;
            } else if (random.nextInt(3) == 0) {
                ItemTemplate item = Items.STACKABLE.get(random.nextInt(Items.STACKABLE.size()));
                itemId = item.entry();
                stack = 1 + random.nextInt((int) Math.min(1000, item.maxStack()));
                durability = 0;
                enchantments = random.nextInt(4) == 0 ? "" : null;
            } else {
                ItemTemplate item = Items.GEAR.get(random.nextInt(Items.GEAR.size()));
                itemId = item.entry();
                stack = 1;
                durability = durability(random, item);
                enchantments = enchantments(random, 6);
            }
            items.add(new InventoryItem(guid, bag, slot, itemId, BigInteger.valueOf(itemGuids.getAsLong()), stack,
                    enchantments, durability, updated));
        }
        return items;
    }

    /** Grows the bags until they hold {@code count} items. */
    private static void growToHold(int[] sizes, int count) {
        int b = 0;
        while (sizes[0] + sizes[1] + sizes[2] + sizes[3] < count) {
            sizes[b] = Math.min(36, sizes[b] + 4);
            b = (b + 1) % 4;
        }
    }

    /**
     * Up to {@code count} worn items in distinct slots 0 to 18, each a demo item that fits its slot; the main hand is
     * always filled.
     */
    static List<EquipmentItem> equipment(SplittableRandom random, BigInteger guid, int count, LongSupplier itemGuids,
            LocalDateTime updated) {
        if (count < 0 || count > 19) {
            throw new IllegalArgumentException("A bot wears 0 to 19 items, not " + count);
        }
        // Only slots some demo item fits (today all 19), the main hand first.
        int[] slots = Items.WEARABLE_SLOTS.clone();
        count = Math.min(count, slots.length);
        for (int i = 1; i < count; i++) {
            int j = i + random.nextInt(slots.length - i);
            int t = slots[i];
            slots[i] = slots[j];
            slots[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(slots, count);
        java.util.Arrays.sort(chosen);
        List<EquipmentItem> worn = new ArrayList<>(count);
        for (int slot : chosen) {
            List<ItemTemplate> fitting = Items.BY_SLOT.get(slot);
            // The better half of what fits: bots wear gear of their era, and the list is best item level first.
            ItemTemplate item = fitting.get(random.nextInt(Math.max(1, fitting.size() / 2)));
            String enchantments = slot == 1 || slot == 3 || slot == 12 || slot == 13 || slot == 18
                    ? (random.nextBoolean() ? null : "")
                    : enchantments(random, 2);
            String gems = gems(random, slot, item.socketCount());
            worn.add(new EquipmentItem(guid, slot, item.entry(), BigInteger.valueOf(itemGuids.getAsLong()),
                    enchantments, gems, durability(random, item), updated));
        }
        return worn;
    }

    /** NULL, "", or one to three entries; one in {@code rarity} items is enchanted. */
    private static String enchantments(SplittableRandom random, int rarity) {
        int roll = random.nextInt(rarity + 2);
        if (roll == 0) {
            return "";
        }
        if (roll > 2) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        s.append(PERMANENT_ENCHANTS[random.nextInt(PERMANENT_ENCHANTS.length)]).append(":0");
        if (random.nextInt(3) == 0) {
            s.append(';').append(TEMPORARY_ENCHANTS[random.nextInt(TEMPORARY_ENCHANTS.length)]).append(':')
                    .append(TEMPORARY_SECONDS[random.nextInt(TEMPORARY_SECONDS.length)]);
        }
        if (random.nextInt(8) == 0) {
            s.append(';').append(PERMANENT_ENCHANTS[random.nextInt(PERMANENT_ENCHANTS.length)]).append(":0");
        }
        return s.toString();
    }

    /** As many gems as the item has sockets, or fewer (an empty socket is legal). */
    private static String gems(SplittableRandom random, int slot, int itemSockets) {
        int sockets = itemSockets == 0 ? 0 : 1 + random.nextInt(itemSockets);
        if (sockets == 0) {
            return random.nextInt(3) == 0 ? "" : null;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sockets; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(slot == 0 && i == 0 ? 41398 : GEMS[random.nextInt(GEMS.length)]);
        }
        return s.toString();
    }
}
