package pbi.dao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import pbi.dao.columns.Column;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/**
 * The field- and slot-level changes between two versions of a bot, for an audit record: the same comparison as
 * {@link pbi.dao.columns.Differences} (the columns' own {@code differing}), kept as values rather than text, and
 * with a deleted or created bot listed in full so the record alone tells what was lost or made.
 */
final class AuditChanges {

    /** A record never grows past this many changes; the rest are counted. A bot has at most ~250 rows. */
    static final int MAX = 400;

    private AuditChanges() {
    }

    /** The changes, at most {@link #MAX} of them, and how many more there were. */
    record Listed(List<AuditChange> changes, int more) {
    }

    static Listed between(BotSnapshot before, BotSnapshot after) {
        List<AuditChange> all = new ArrayList<>();
        if (before != null || after != null) {
            rows(all, "state", Tables.STATE, before == null ? null : before.state(),
                    after == null ? null : after.state());
            Map<InventoryItem.SlotKey, InventoryItem> a = before == null ? Map.of() : before.inventoryBySlot();
            Map<InventoryItem.SlotKey, InventoryItem> b = after == null ? Map.of() : after.inventoryBySlot();
            TreeSet<InventoryItem.SlotKey> bags = new TreeSet<>(a.keySet());
            bags.addAll(b.keySet());
            for (InventoryItem.SlotKey key : bags) {
                rows(all, "inventory " + key, Tables.INVENTORY, a.get(key), b.get(key));
            }
            Map<Integer, EquipmentItem> c = before == null ? Map.of() : before.equipmentBySlot();
            Map<Integer, EquipmentItem> d = after == null ? Map.of() : after.equipmentBySlot();
            TreeSet<Integer> slots = new TreeSet<>(c.keySet());
            slots.addAll(d.keySet());
            for (Integer slot : slots) {
                rows(all, "equipment slot " + slot + " (" + World.equipmentSlotName(slot) + ")", Tables.EQUIPMENT,
                        c.get(slot), d.get(slot));
            }
        }
        return all.size() <= MAX ? new Listed(all, 0) : new Listed(List.copyOf(all.subList(0, MAX)), all.size() - MAX);
    }

    /**
     * An import replaces whole bots without reading them first (reading 20,000 bots again would double the
     * import's work), so its record says what was written in one line rather than every field.
     */
    static Listed imported(BotSnapshot after) {
        return new Listed(List.of(new AuditChange("bot", null, null, "replaced by the file's version: level "
                + after.state().level() + ", gold " + after.state().goldCopper() + " copper, map "
                + after.state().mapId() + " zone " + after.state().zoneId() + ", " + after.inventory().size()
                + " inventory and " + after.equipment().size() + " equipment rows")), 0);
    }

    private static <R> void rows(List<AuditChange> out, String where, Table<R> table, R x, R y) {
        if (x == null && y == null) {
            return;
        }
        if (x != null && y != null) {
            for (Column<R> c : table.differing(x, y)) {
                out.add(new AuditChange(where, c.name(), show(c.get(x)), show(c.get(y))));
            }
            return;
        }
        if (table != Tables.STATE) {
            out.add(new AuditChange(where, null, x == null ? null : summary(x), y == null ? null : summary(y)));
            return;
        }
        // A state row that came or went: every value, so that the record shows what the bot was.
        for (Column<R> c : table.columns()) {
            if (c.role() == Column.Role.VALUE) {
                out.add(new AuditChange(where, c.name(), x == null ? null : show(c.get(x)),
                        y == null ? null : show(c.get(y))));
            }
        }
    }

    private static String summary(Object row) {
        if (row instanceof InventoryItem i) {
            return "item " + i.itemId() + " ×" + i.stackCount() + " (guid " + i.itemGuid() + ")";
        }
        EquipmentItem e = (EquipmentItem) row;
        return "item " + e.itemId() + " (guid " + e.itemGuid() + ")";
    }

    private static String show(Object value) {
        return value == null ? "NULL" : String.valueOf(value);
    }
}
