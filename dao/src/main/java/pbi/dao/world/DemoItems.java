package pbi.dao.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The items of the demo world: the wearable WotLK-era items of {@code items.csv} (wowsims data, see NOTICE) with a
 * durability maximum by kind, and the few things a bot also carries that the file lacks: potions, cloth, gems,
 * bags and the Hearthstone, with the game's stack sizes, and a shirt and a tabard.
 */
public final class DemoItems {

    public static final long HEARTHSTONE = 6948;
    /** Potions, cloth and gems stack to 20 in 3.3.5. */
    public static final int STACK = 20;

    private static final String ITEMS = "/pbi/dao/world/items.csv";

    private DemoItems() {
    }

    /** Every demo item, wearables first, in file order. */
    public static List<ItemTemplate> all() {
        return Holder.ALL;
    }

    /** The wearable items that fit an equipment slot for everyone, best item level first. */
    public static List<ItemTemplate> wearablesFor(int slot) {
        return all().stream().filter(i -> i.slots().contains(slot))
                .sorted(Comparator.comparingInt(ItemTemplate::itemLevel).reversed()
                        .thenComparingLong(ItemTemplate::entry))
                .toList();
    }

    /** What a bag may hold besides gear: potions, cloth, gems, bags and the Hearthstone. */
    public static List<ItemTemplate> carried() {
        return all().stream().filter(i -> i.inventoryType() == 0 || i.inventoryType() == InventoryType.BAG.code())
                .toList();
    }

    /** The most durability an item of this kind has in the demo: 0 for what the game never wears down. */
    public static int durabilityFor(int inventoryType) {
        return switch (inventoryType) {
            case 1, 3 -> 70;            // head, shoulders
            case 5, 20 -> 115;          // chest, robe
            case 6, 9, 10 -> 40;        // waist, wrists, hands
            case 7 -> 90;               // legs
            case 8 -> 60;               // feet
            case 13, 21, 22 -> 90;      // one-hand, main and off-hand weapons
            case 14 -> 100;             // shield
            case 17 -> 110;             // two-hand
            case 15, 26 -> 75;          // bow; gun, crossbow, wand
            case 25 -> 65;              // thrown
            // Neck, shirt, finger, trinket, back, tabard, held in off hand, relic: none (Wowpedia, "Durability").
            default -> 0;
        };
    }

    private static final class Holder {
        static final List<ItemTemplate> ALL = build();

        private static List<ItemTemplate> build() {
            List<ItemTemplate> items = new ArrayList<>(9000);
            for (String[] row : Csv.read(ITEMS)) {
                int type = Integer.parseInt(row[4].strip());
                int[] sockets = new int[3];
                String colors = row.length > 6 ? row[6].strip() : "";
                String[] parts = colors.isEmpty() ? new String[0] : colors.split(" ");
                for (int i = 0; i < parts.length && i < 3; i++) {
                    sockets[i] = Integer.parseInt(parts[i]);
                }
                items.add(new ItemTemplate(Long.parseLong(row[0].strip()), row[1], Quality.of(Long.parseLong(
                        row[2].strip())), type, Integer.parseInt(row[3].strip()), 0, 1, durabilityFor(type),
                        sockets[0], sockets[1], sockets[2], 0));
            }
            items.add(simple(HEARTHSTONE, "Hearthstone", Quality.COMMON, 1, 0, 1));
            items.add(simple(33447, "Runic Healing Potion", Quality.COMMON, 80, 70, STACK));
            items.add(simple(33448, "Runic Mana Potion", Quality.COMMON, 80, 70, STACK));
            items.add(simple(22829, "Super Healing Potion", Quality.COMMON, 65, 55, STACK));
            items.add(simple(13446, "Major Healing Potion", Quality.COMMON, 55, 45, STACK));
            items.add(simple(929, "Healing Potion", Quality.COMMON, 22, 12, STACK));
            items.add(simple(33470, "Frostweave Cloth", Quality.COMMON, 70, 0, STACK));
            items.add(simple(21877, "Netherweave Cloth", Quality.COMMON, 60, 0, STACK));
            items.add(simple(14047, "Runecloth", Quality.COMMON, 50, 0, STACK));
            items.add(simple(2589, "Linen Cloth", Quality.COMMON, 5, 0, STACK));
            // The data file has no shirts or tabards; a bot wears these two, so that every equipment slot has an item.
            items.add(new ItemTemplate(2576, "White Linen Shirt", Quality.COMMON, InventoryType.BODY.code(), 10, 0,
                    1, 0, 0, 0, 0, 0));
            items.add(new ItemTemplate(5976, "Guild Tabard", Quality.COMMON, InventoryType.TABARD.code(), 20, 0, 1, 0,
                    0, 0, 0, 0));
            items.add(bag(41599, "Frostweave Bag", 75, 20));
            items.add(bag(21841, "Netherweave Bag", 65, 16));
            items.add(bag(14046, "Runecloth Bag", 55, 14));
            items.add(bag(4496, "Small Brown Pouch", 5, 6));
            GemNames.all().values().stream().sorted(Comparator.comparingLong(GemNames.Gem::entry))
                    .forEach(g -> items.add(simple(g.entry(), g.name(), g.quality(), 0, 0, STACK)));
            return List.copyOf(items);
        }

        private static ItemTemplate simple(long entry, String name, Quality quality, int itemLevel, int level,
                int stack) {
            return new ItemTemplate(entry, name, quality, 0, itemLevel, level, stack, 0, 0, 0, 0, 0);
        }

        private static ItemTemplate bag(long entry, String name, int itemLevel, int slots) {
            return new ItemTemplate(entry, name, Quality.COMMON, InventoryType.BAG.code(), itemLevel, 0, 1, 0, 0, 0,
                    0, slots);
        }
    }
}
