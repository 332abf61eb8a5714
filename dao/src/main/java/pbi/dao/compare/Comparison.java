package pbi.dao.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pbi.dao.columns.Column;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.world.ItemLookup;
import pbi.dao.world.ItemTemplate;

/**
 * Two bots side by side, field by field and slot by slot: every state field and every place that holds an item on
 * either side, each marked as differing or not. Pure; {@code last_updated} is ignored, as in
 * {@link pbi.dao.columns.Differences}, whose column rules (floats bit for bit) it shares through {@link Table}.
 *
 * @param fields the state's value columns, in table order
 * @param slots every place holding an item on either side: equipment by slot, then the inventory by bag and slot
 */
public record Comparison(BotSnapshot left, BotSnapshot right, List<FieldRow> fields, List<SlotRow> slots) {

    /** How one place compares. */
    public enum Status { SAME, CHANGED, ONLY_LEFT, ONLY_RIGHT }

    /**
     * One state field on both sides.
     *
     * @param column the column name ({@code gold_copper})
     * @param left the value as a user reads it (gold as g/s/c, maps and zones with their names)
     */
    public record FieldRow(String column, String left, String right, boolean differs) {
    }

    /**
     * One place on both sides.
     *
     * @param left what the left side holds there, as a user reads it, or null when nothing
     * @param columns the columns that differ when both sides hold an item ({@code durability}, {@code item_guid})
     */
    public record SlotRow(SlotRef place, String left, String right, Status status, List<String> columns) {

        public boolean differs() {
            return status != Status.SAME;
        }
    }

    /**
     * @param items item names, or null when there is no world data (items then show as {@code #id})
     */
    public static Comparison of(BotSnapshot left, BotSnapshot right, ItemLookup items) {
        List<FieldRow> fields = new ArrayList<>();
        for (Column<BotState> c : Tables.STATE.columns()) {
            if (c.role() != Column.Role.VALUE) {
                continue;
            }
            boolean differs = Tables.STATE.differing(left.state(), right.state()).contains(c);
            fields.add(new FieldRow(c.name(), field(c, left.state()), field(c, right.state()), differs));
        }
        Map<SlotRef, SlotRow> slots = new TreeMap<>();
        Map<Integer, EquipmentItem> a = left.equipmentBySlot();
        Map<Integer, EquipmentItem> b = right.equipmentBySlot();
        for (Integer slot : union(a, b)) {
            slots.put(SlotRef.equipped(slot), row(SlotRef.equipped(slot), a.get(slot), b.get(slot), Tables.EQUIPMENT,
                    e -> item(e.itemId(), 1, e.durability(), items)));
        }
        Map<InventoryItem.SlotKey, InventoryItem> c = left.inventoryBySlot();
        Map<InventoryItem.SlotKey, InventoryItem> d = right.inventoryBySlot();
        for (InventoryItem.SlotKey key : union(c, d)) {
            SlotRef place = SlotRef.inventory(key.bag(), key.slot());
            slots.put(place, row(place, c.get(key), d.get(key), Tables.INVENTORY,
                    i -> item(i.itemId(), i.stackCount(), i.durability(), items)));
        }
        return new Comparison(left, right, List.copyOf(fields), List.copyOf(slots.values()));
    }

    public List<FieldRow> differingFields() {
        return fields.stream().filter(FieldRow::differs).toList();
    }

    public List<SlotRow> differingSlots() {
        return slots.stream().filter(SlotRow::differs).toList();
    }

    /** True when the two sides hold the same values everywhere. */
    public boolean same() {
        return differingFields().isEmpty() && differingSlots().isEmpty();
    }

    public SlotRow slot(SlotRef place) {
        return slots.stream().filter(s -> s.place().equals(place)).findFirst().orElse(null);
    }

    private static <R> SlotRow row(SlotRef place, R x, R y, Table<R> table, java.util.function.Function<R, String> shown) {
        if (x == null) {
            return new SlotRow(place, null, shown.apply(y), Status.ONLY_RIGHT, List.of());
        }
        if (y == null) {
            return new SlotRow(place, shown.apply(x), null, Status.ONLY_LEFT, List.of());
        }
        List<String> columns = table.differing(x, y).stream().map(Column::name).toList();
        return new SlotRow(place, shown.apply(x), shown.apply(y), columns.isEmpty() ? Status.SAME : Status.CHANGED,
                columns);
    }

    /** "Worn Shortsword (#25) ×1, durability 20/20" or "#25 ×1, durability 20". */
    static String item(long itemId, long count, long durability, ItemLookup items) {
        ItemTemplate template = items == null ? null : items.find(itemId).orElse(null);
        StringBuilder text = new StringBuilder();
        text.append(template == null ? "#" + itemId : template.name() + " (#" + itemId + ")");
        if (count != 1) {
            text.append(" ×").append(count);
        }
        text.append(", durability ").append(durability);
        if (template != null && template.hasDurability()) {
            text.append('/').append(template.maxDurability());
        }
        return text.toString();
    }

    private static String field(Column<BotState> column, BotState state) {
        return switch (column.name()) {
            case "gold_copper" -> Money.format(state.goldCopper());
            case "map_id" -> World.mapLabel(state.mapId());
            case "zone_id" -> World.zoneLabel(state.zoneId());
            default -> String.valueOf(column.get(state));
        };
    }

    private static <K extends Comparable<K>> List<K> union(Map<K, ?> x, Map<K, ?> y) {
        java.util.TreeSet<K> keys = new java.util.TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        return List.copyOf(keys);
    }
}
