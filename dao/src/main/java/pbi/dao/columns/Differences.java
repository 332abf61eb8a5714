package pbi.dao.columns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/** Lists, field by field and row by row, how two versions of a bot differ. {@code last_updated} is ignored. */
public final class Differences {

    private Differences() {
    }

    /** Lines such as "gold_copper: 100 → 250" or "inventory bag 19 slot 3: removed (item 6948 ×1)". */
    public static List<String> between(BotSnapshot before, BotSnapshot after) {
        List<String> lines = new ArrayList<>();
        if (before == null && after == null) {
            return lines;
        }
        if (before == null) {
            lines.add("bot " + after.guid() + ": new");
            return lines;
        }
        if (after == null) {
            lines.add("bot " + before.guid() + ": deleted");
            return lines;
        }
        fields(lines, "", Tables.STATE, before.state(), after.state());
        Map<InventoryItem.SlotKey, InventoryItem> a = before.inventoryBySlot();
        Map<InventoryItem.SlotKey, InventoryItem> b = after.inventoryBySlot();
        for (InventoryItem.SlotKey key : new TreeSet<>(union(a.keySet(), b.keySet()))) {
            InventoryItem x = a.get(key);
            InventoryItem y = b.get(key);
            String where = "inventory " + key;
            if (x == null || y == null) {
                InventoryItem i = x == null ? y : x;
                presence(lines, where, x, "(item " + i.itemId() + " ×" + i.stackCount() + ", guid " + i.itemGuid()
                        + ")");
            } else {
                fields(lines, where + " ", Tables.INVENTORY, x, y);
            }
        }
        Map<Integer, EquipmentItem> c = before.equipmentBySlot();
        Map<Integer, EquipmentItem> d = after.equipmentBySlot();
        for (Integer slot : new TreeSet<>(union(c.keySet(), d.keySet()))) {
            EquipmentItem x = c.get(slot);
            EquipmentItem y = d.get(slot);
            String where = "equipment slot " + slot + " (" + World.equipmentSlotName(slot) + ")";
            if (x == null || y == null) {
                EquipmentItem e = x == null ? y : x;
                presence(lines, where, x, "(item " + e.itemId() + ", guid " + e.itemGuid() + ")");
            } else {
                fields(lines, where + " ", Tables.EQUIPMENT, x, y);
            }
        }
        return lines;
    }

    /** Each value column (not the owner, keys or timestamp) in which the two rows differ. */
    private static <R> void fields(List<String> lines, String where, Table<R> table, R x, R y) {
        for (Column<R> c : table.differing(x, y)) {
            lines.add(where + c.name() + ": " + show(c, c.get(x)) + " → " + show(c, c.get(y)));
        }
    }

    private static String show(Column<?> column, Object value) {
        if (column.type() == SqlType.TEXT) {
            return value == null ? "NULL" : "\"" + value + "\"";
        }
        return String.valueOf(value);
    }

    private static void presence(List<String> lines, String where, Object before, String what) {
        lines.add(where + ": " + (before == null ? "added " : "removed ") + what);
    }

    private static <T> Set<T> union(Set<T> x, Set<T> y) {
        Set<T> all = new HashSet<>(x);
        all.addAll(y);
        return all;
    }
}
