package pbi.dao.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import pbi.dao.columns.Column;
import pbi.dao.columns.SqlType;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/**
 * A three-way merge of one bot: {@code base} is the version the edit started from, {@code mine} the edit, and
 * {@code theirs} what the database holds now. What only one side changed is taken from that side; a state column,
 * or a column of a row both sides kept, that both changed to different values is a {@link Conflict}; so is a row
 * one side removed (or added) while the other changed it differently. The merge is pure: nothing here reads or
 * writes the database.
 */
public final class Merge {

    /** Which side a conflict takes. */
    public enum Side { THEIRS, MINE }

    /**
     * One place both sides changed differently.
     *
     * @param key stable id to answer it by: {@code bot}, {@code state.level}, {@code inv:19:3}, {@code inv:19:3.durability},
     *            {@code eq:5}, {@code eq:5.gems}
     * @param where what the user reads: "level", "inventory bag 19 slot 3 durability"
     */
    public record Conflict(String key, String where, String base, String theirs, String mine) {
    }

    private final BotSnapshot base;
    private final BotSnapshot mine;
    private final BotSnapshot theirs;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<String> reverted = new ArrayList<>();

    private Merge(BotSnapshot base, BotSnapshot mine, BotSnapshot theirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
    }

    /**
     * @param base the version the edit started from (null when the edit creates the bot)
     * @param mine the edited bot (never null)
     * @param theirs the bot as the database holds it now (null when it was deleted)
     */
    public static Merge of(BotSnapshot base, BotSnapshot mine, BotSnapshot theirs) {
        Merge merge = new Merge(base, Objects.requireNonNull(mine, "mine"), theirs);
        merge.build(Map.of(), true);
        return merge;
    }

    /** The places both sides changed differently; each needs a {@link Side} before {@link #result}. */
    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /**
     * What "Overwrite everything" would undo: every value the database changed since {@code base} that the edit
     * does not hold, as "level: 25 (theirs) → 20".
     */
    public List<String> revertedByOverwrite() {
        return List.copyOf(reverted);
    }

    /**
     * The merged bot, with every conflict answered.
     *
     * @return the bot to write, or null when the answer keeps it deleted
     * @throws IllegalArgumentException naming a conflict that has no answer
     */
    public BotSnapshot result(Map<String, Side> choices) {
        for (Conflict c : conflicts) {
            if (!choices.containsKey(c.key())) {
                throw new IllegalArgumentException("No choice for the conflict at " + c.where());
            }
        }
        Merge again = new Merge(base, mine, theirs);
        return again.build(choices, false);
    }

    private BotSnapshot build(Map<String, Side> choices, boolean record) {
        if (theirs == null || base == null) {
            return whole(choices, record);
        }
        BotState state = row(Tables.STATE, "state", "", base.state(), mine.state(), theirs.state(), choices, record);
        List<InventoryItem> items = rows(Tables.INVENTORY, base.inventoryBySlot(), mine.inventoryBySlot(),
                theirs.inventoryBySlot(), k -> "inv:" + k.bag() + ":" + k.slot(), k -> "inventory " + k, choices,
                record);
        List<EquipmentItem> worn = rows(Tables.EQUIPMENT, base.equipmentBySlot(), mine.equipmentBySlot(),
                theirs.equipmentBySlot(), s -> "eq:" + s, s -> "equipment slot " + s + " ("
                        + World.equipmentSlotName(s) + ")", choices, record);
        return new BotSnapshot(state, items, worn);
    }

    /** The bot itself appeared or vanished on one side: the whole bot is the unit of choice. */
    private BotSnapshot whole(Map<String, Side> choices, boolean record) {
        if (theirs == null && base == null) {
            return mine;
        }
        if (theirs != null && theirs.sameValues(mine)) {
            return theirs;
        }
        if (record) {
            conflicts.add(new Conflict("bot", "bot " + mine.guid(), base == null ? "(none)" : "present",
                    theirs == null ? "deleted" : "present, created by another session", "edited"));
            if (theirs != null) {
                reverted.add("bot " + mine.guid() + ": created by another session, would be replaced by the edit");
            }
        }
        return choices.get("bot") == Side.THEIRS ? theirs : mine;
    }

    private <K extends Comparable<K>, R> List<R> rows(Table<R> table, Map<K, R> b, Map<K, R> m, Map<K, R> t,
            Function<K, String> keyOf, Function<K, String> whereOf, Map<String, Side> choices, boolean record) {
        TreeSet<K> keys = new TreeSet<>(b.keySet());
        keys.addAll(m.keySet());
        keys.addAll(t.keySet());
        List<R> out = new ArrayList<>();
        for (K k : keys) {
            R x = b.get(k);
            R y = m.get(k);
            R z = t.get(k);
            R merged;
            if (same(table, y, x)) {
                merged = z;
            } else if (same(table, z, x) || same(table, y, z)) {
                merged = y;
            } else if (x != null && y != null && z != null) {
                merged = row(table, keyOf.apply(k), whereOf.apply(k) + " ", x, y, z, choices, record);
            } else {
                String key = keyOf.apply(k);
                if (record) {
                    conflicts.add(new Conflict(key, whereOf.apply(k), show(table, x), show(table, z), show(table, y)));
                }
                merged = choices.get(key) == Side.THEIRS ? z : y;
            }
            if (record && z != null && !same(table, z, x) && !same(table, y, z)) {
                reverted.add(whereOf.apply(k) + ": " + show(table, z) + " (theirs) → " + show(table, y));
            }
            if (merged != null) {
                out.add(merged);
            }
        }
        return out;
    }

    /** Column by column: owner and keys are the same on all sides, the timestamp is theirs. */
    private <R> R row(Table<R> table, String key, String where, R b, R m, R t, Map<String, Side> choices,
            boolean record) {
        List<Column<R>> columns = table.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column<R> c = columns.get(i);
            Object x = c.get(b);
            Object y = c.get(m);
            Object z = c.get(t);
            if (c.role() != Column.Role.VALUE) {
                values[i] = c.role() == Column.Role.STAMP ? z : y;
            } else if (equal(c, y, x)) {
                values[i] = z;
            } else if (equal(c, z, x) || equal(c, y, z)) {
                values[i] = y;
            } else {
                String fieldKey = key + "." + c.name();
                if (record) {
                    conflicts.add(new Conflict(fieldKey, where + c.name(), show(c, x), show(c, z), show(c, y)));
                }
                values[i] = choices.get(fieldKey) == Side.THEIRS ? z : y;
            }
            if (record && c.role() == Column.Role.VALUE && !equal(c, z, x) && !equal(c, y, z)) {
                reverted.add(where + c.name() + ": " + show(c, z) + " (theirs) → " + show(c, y));
            }
        }
        return table.create().apply(values);
    }

    private static <R> boolean same(Table<R> table, R a, R b) {
        if (a == null || b == null) {
            return a == b;
        }
        return table.differing(a, b).isEmpty();
    }

    private static boolean equal(Column<?> c, Object a, Object b) {
        if (c.type() == SqlType.FLOAT && a != null && b != null) {
            return Float.floatToRawIntBits((Float) a) == Float.floatToRawIntBits((Float) b);
        }
        return Objects.equals(a, b);
    }

    private static String show(Column<?> c, Object value) {
        if (c.type() == SqlType.TEXT) {
            return value == null ? "NULL" : "\"" + value + "\"";
        }
        return String.valueOf(value);
    }

    private static <R> String show(Table<R> table, R row) {
        if (row == null) {
            return "(empty)";
        }
        StringBuilder out = new StringBuilder();
        for (Column<R> c : table.columns()) {
            if (c.role() == Column.Role.VALUE) {
                out.append(out.length() == 0 ? "" : ", ").append(c.name()).append(' ').append(show(c, c.get(row)));
            }
        }
        return out.toString();
    }
}
