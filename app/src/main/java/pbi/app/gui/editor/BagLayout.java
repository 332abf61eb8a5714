package pbi.app.gui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/**
 * One bag grid of the Inventory tab: {@code size} slots starting at {@code firstSlot}.
 */
public record BagLayout(int bag, String label, int firstSlot, int size) {

    /**
     * The bags to draw for the slots in use now and when loaded: the four bag positions (at least 16 slots, in
     * rows of four), the backpack when it has rows, then any position that is not a bag.
     */
    public static List<BagLayout> of(Collection<InventoryItem.SlotKey> current,
            Collection<InventoryItem.SlotKey> loaded) {
        Map<Integer, Integer> highest = new TreeMap<>();
        Map<Integer, Integer> lowest = new TreeMap<>();
        for (Collection<InventoryItem.SlotKey> keys : List.of(current, loaded)) {
            for (InventoryItem.SlotKey k : keys) {
                highest.merge(k.bag(), k.slot(), Math::max);
                lowest.merge(k.bag(), k.slot(), Math::min);
            }
        }
        List<BagLayout> bags = new ArrayList<>();
        for (int bag : World.BAG_POSITIONS) {
            int size = Math.max(16, highest.getOrDefault(bag, -1) + 1);
            size = (size + 3) / 4 * 4;
            bags.add(new BagLayout(bag, "Bag " + (bag - 18) + " (position " + bag + ")", 0, size));
        }
        if (highest.containsKey(World.BACKPACK)) {
            int last = Math.max(World.BACKPACK_LAST_SLOT, highest.get(World.BACKPACK));
            int first = Math.min(World.BACKPACK_FIRST_SLOT, lowest.get(World.BACKPACK));
            bags.add(0, new BagLayout(World.BACKPACK, "Backpack (255)", first, last - first + 1));
        }
        for (Map.Entry<Integer, Integer> e : highest.entrySet()) {
            if (!World.isBag(e.getKey())) {
                int first = lowest.get(e.getKey());
                bags.add(new BagLayout(e.getKey(), "Position " + e.getKey() + " (not a bag)", first,
                        e.getValue() - first + 1));
            }
        }
        return bags;
    }
}
