package pbi.dao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Lists, field by field and row by row, how two versions of a bot differ. {@code last_updated} is ignored.
 *
 * @deprecated the column-driven version is {@link pbi.dao.columns.Differences}, with the same output; this copy
 *             stays only until the app imports that one, then it goes.
 */
@Deprecated(forRemoval = true)
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
        state(lines, before.state(), after.state());
        Map<InventoryItem.SlotKey, InventoryItem> a = before.inventoryBySlot();
        Map<InventoryItem.SlotKey, InventoryItem> b = after.inventoryBySlot();
        for (InventoryItem.SlotKey key : new TreeSet<>(union(a.keySet(), b.keySet()))) {
            row(lines, "inventory " + key, a.get(key), b.get(key));
        }
        Map<Integer, EquipmentItem> c = before.equipmentBySlot();
        Map<Integer, EquipmentItem> d = after.equipmentBySlot();
        for (Integer slot : new TreeSet<>(union(c.keySet(), d.keySet()))) {
            row(lines, "equipment slot " + slot + " (" + World.equipmentSlotName(slot) + ")", c.get(slot),
                    d.get(slot));
        }
        return lines;
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> x, java.util.Set<T> y) {
        java.util.Set<T> all = new java.util.HashSet<>(x);
        all.addAll(y);
        return all;
    }

    private static void state(List<String> lines, BotState x, BotState y) {
        field(lines, "position_x", x.positionX(), y.positionX());
        field(lines, "position_y", x.positionY(), y.positionY());
        field(lines, "position_z", x.positionZ(), y.positionZ());
        field(lines, "map_id", x.mapId(), y.mapId());
        field(lines, "zone_id", x.zoneId(), y.zoneId());
        field(lines, "orientation", x.orientation(), y.orientation());
        field(lines, "gold_copper", x.goldCopper(), y.goldCopper());
        field(lines, "health", x.health(), y.health());
        field(lines, "mana", x.mana(), y.mana());
        field(lines, "level", x.level(), y.level());
    }

    private static void row(List<String> lines, String where, InventoryItem x, InventoryItem y) {
        if (x == null || y == null) {
            presence(lines, where, x, y, x == null ? describe(y) : describe(x));
        } else if (!x.sameValues(y)) {
            List<String> fields = new ArrayList<>();
            field(fields, "item_id", x.itemId(), y.itemId());
            field(fields, "item_guid", x.itemGuid(), y.itemGuid());
            field(fields, "stack_count", x.stackCount(), y.stackCount());
            field(fields, "enchantments", quote(x.enchantments()), quote(y.enchantments()));
            field(fields, "durability", x.durability(), y.durability());
            fields.forEach(f -> lines.add(where + " " + f));
        }
    }

    private static void row(List<String> lines, String where, EquipmentItem x, EquipmentItem y) {
        if (x == null || y == null) {
            presence(lines, where, x, y, x == null ? describe(y) : describe(x));
        } else if (!x.sameValues(y)) {
            List<String> fields = new ArrayList<>();
            field(fields, "item_id", x.itemId(), y.itemId());
            field(fields, "item_guid", x.itemGuid(), y.itemGuid());
            field(fields, "enchantments", quote(x.enchantments()), quote(y.enchantments()));
            field(fields, "gems", quote(x.gems()), quote(y.gems()));
            field(fields, "durability", x.durability(), y.durability());
            fields.forEach(f -> lines.add(where + " " + f));
        }
    }

    private static void presence(List<String> lines, String where, Object x, Object y, String what) {
        lines.add(where + ": " + (x == null ? "added " : "removed ") + what);
    }

    private static String describe(InventoryItem i) {
        return "(item " + i.itemId() + " ×" + i.stackCount() + ", guid " + i.itemGuid() + ")";
    }

    private static String describe(EquipmentItem e) {
        return "(item " + e.itemId() + ", guid " + e.itemGuid() + ")";
    }

    private static String quote(String s) {
        return s == null ? "NULL" : "\"" + s + "\"";
    }

    private static void field(List<String> lines, String name, float x, float y) {
        if (Float.floatToRawIntBits(x) != Float.floatToRawIntBits(y)) {
            lines.add(name + ": " + x + " → " + y);
        }
    }

    /**
     * Without this overload Java widens long and int arguments to float, printing "50.0" and, above 2^24,
     * calling different values equal.
     */
    private static void field(List<String> lines, String name, long x, long y) {
        if (x != y) {
            lines.add(name + ": " + x + " → " + y);
        }
    }

    private static void field(List<String> lines, String name, Object x, Object y) {
        if (!Objects.equals(x, y)) {
            lines.add(name + ": " + x + " → " + y);
        }
    }
}
