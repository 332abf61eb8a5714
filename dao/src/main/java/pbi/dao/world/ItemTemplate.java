package pbi.dao.world;

import java.util.ArrayList;
import java.util.List;

/**
 * What one item id is, from the world database's {@code item_template}. Numbers are kept as read; the helpers
 * interpret them the way the server does.
 *
 * @param stackable as stored: 0 or 1 (or a negative value on a custom server) means the item does not stack
 * @param maxDurability 0 means the item has no durability
 * @param socketColor1 1 meta, 2 red, 4 yellow, 8 blue, 14 prismatic; 0 no socket
 * @param containerSlots for a bag, its number of slots
 */
public record ItemTemplate(
        long entry,
        String name,
        Quality quality,
        int inventoryType,
        int itemLevel,
        int requiredLevel,
        long stackable,
        long maxDurability,
        int socketColor1,
        int socketColor2,
        int socketColor3,
        int containerSlots) {

    public ItemTemplate {
        name = name == null ? "" : name;
        quality = quality == null ? Quality.COMMON : quality;
    }

    public ItemTemplate withEntry(long newEntry) {
        return new ItemTemplate(newEntry, name, quality, inventoryType, itemLevel, requiredLevel, stackable,
                maxDurability, socketColor1, socketColor2, socketColor3, containerSlots);
    }

    /** The largest stack one slot may hold: at least 1. */
    public long maxStack() {
        return Math.max(1, stackable);
    }

    public boolean hasDurability() {
        return maxDurability > 0;
    }

    /** The socket colours that are present, in socket order. */
    public List<Integer> socketColors() {
        List<Integer> colors = new ArrayList<>(3);
        for (int c : new int[] {socketColor1, socketColor2, socketColor3}) {
            if (c != 0) {
                colors.add(c);
            }
        }
        return colors;
    }

    public int socketCount() {
        return socketColors().size();
    }

    /** "Head", "Two-Hand", or "type 31" for an InventoryType this tool does not know. */
    public String kind() {
        return InventoryType.kindName(inventoryType);
    }

    /** The equipment slots it fits, Titan's Grip aside. */
    public List<Integer> slots() {
        return InventoryType.of(inventoryType).map(InventoryType::slots).orElse(List.of());
    }

    public boolean fits(int slot, Integer classId) {
        return InventoryType.fits(inventoryType, slot, classId);
    }

    /** "Meta", "Red", "Yellow", "Blue", "Prismatic", or the number for a colour mask the game does not name. */
    public static String socketColorName(int color) {
        return switch (color) {
            case 1 -> "Meta";
            case 2 -> "Red";
            case 4 -> "Yellow";
            case 8 -> "Blue";
            case 14 -> "Prismatic";
            default -> "colour " + color;
        };
    }

    @Override
    public String toString() {
        return name + " (#" + entry + ")";
    }
}
