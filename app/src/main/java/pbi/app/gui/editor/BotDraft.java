package pbi.app.gui.editor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import pbi.app.gui.common.Flag;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * A bot as edited, beside the version it was loaded as: plain values and pure functions, no toolkit and no
 * database. The editor keeps one in step with its boxes and slots; save hands {@link #snapshot()} to the service.
 *
 * @param base the bot as loaded
 * @param state the edited state, or null while a box is invalid
 */
public record BotDraft(BotSnapshot base, BotState state, SortedMap<InventoryItem.SlotKey, InventoryItem> inventory,
        SortedMap<Integer, EquipmentItem> equipment) {

    public BotDraft {
        inventory = new TreeMap<>(inventory);
        equipment = new TreeMap<>(equipment);
    }

    public static BotDraft of(BotSnapshot base, BotState state, Map<InventoryItem.SlotKey, InventoryItem> inventory,
            Map<Integer, EquipmentItem> equipment) {
        return new BotDraft(base, state, new TreeMap<>(inventory), new TreeMap<>(equipment));
    }

    /** The whole edited bot, or null while the state is invalid. */
    public BotSnapshot snapshot() {
        return state == null ? null
                : new BotSnapshot(state, new ArrayList<>(inventory.values()), new ArrayList<>(equipment.values()));
    }

    /** The slots ({@code inv:BAG:SLOT}, {@code eq:SLOT}) whose item differs from the loaded bot. */
    public Set<String> changedSlots() {
        Set<String> out = new TreeSet<>();
        Map<InventoryItem.SlotKey, InventoryItem> before = base.inventoryBySlot();
        Set<InventoryItem.SlotKey> keys = new TreeSet<>(before.keySet());
        keys.addAll(inventory.keySet());
        for (InventoryItem.SlotKey k : keys) {
            InventoryItem a = before.get(k);
            InventoryItem b = inventory.get(k);
            if (a == null ? b != null : !a.sameValues(b)) {
                out.add(Flag.inventoryTarget(k.bag(), k.slot()));
            }
        }
        Map<Integer, EquipmentItem> worn = base.equipmentBySlot();
        Set<Integer> slots = new TreeSet<>(worn.keySet());
        slots.addAll(equipment.keySet());
        for (Integer slot : slots) {
            EquipmentItem a = worn.get(slot);
            EquipmentItem b = equipment.get(slot);
            if (a == null ? b != null : !a.sameValues(b)) {
                out.add(Flag.equipmentTarget(slot));
            }
        }
        return out;
    }

    /** The inventory after moving the item at {@code from} to {@code to}; an item already there trades places. */
    public static SortedMap<InventoryItem.SlotKey, InventoryItem> moved(
            Map<InventoryItem.SlotKey, InventoryItem> inventory, InventoryItem.SlotKey from, InventoryItem.SlotKey to) {
        SortedMap<InventoryItem.SlotKey, InventoryItem> out = new TreeMap<>(inventory);
        InventoryItem item = out.remove(from);
        if (item == null || from.equals(to)) {
            return new TreeMap<>(inventory);
        }
        InventoryItem other = out.remove(to);
        if (other != null) {
            out.put(from, other.movedTo(from.bag(), from.slot()));
        }
        out.put(to, item.movedTo(to.bag(), to.slot()));
        return out;
    }

    /** An item guid one above the highest this bot holds, as a starting point for a new item. */
    public static BigInteger nextItemGuid(Iterable<InventoryItem> inventory, Iterable<EquipmentItem> equipment) {
        BigInteger max = BigInteger.ZERO;
        for (InventoryItem i : inventory) {
            max = max.max(i.itemGuid());
        }
        for (EquipmentItem e : equipment) {
            max = max.max(e.itemGuid());
        }
        return max.add(BigInteger.ONE);
    }
}
