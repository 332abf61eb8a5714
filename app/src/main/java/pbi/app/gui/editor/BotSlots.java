package pbi.app.gui.editor;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The edited bot's inventory and equipment as observable slot maps, and the item edits a user makes on them;
 * every edit is refused while the bot is not editable (an online bot the user did not unlock).
 */
public final class BotSlots {

    private final ObservableMap<InventoryItem.SlotKey, InventoryItem> inventory =
            FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<Integer, EquipmentItem> equipment = FXCollections.observableMap(new TreeMap<>());
    private final BooleanSupplier editable;

    BotSlots(BooleanSupplier editable) {
        this.editable = editable;
    }

    void fill(BotSnapshot bot) {
        inventory.clear();
        equipment.clear();
        if (bot != null) {
            bot.inventory().forEach(i -> inventory.put(i.key(), i));
            bot.equipment().forEach(e -> equipment.put(e.slot(), e));
        }
    }

    /** Moves an item to another slot; an item already there trades places. False when nothing moved. */
    boolean move(InventoryItem.SlotKey from, InventoryItem.SlotKey to) {
        if (!editable.getAsBoolean() || !inventory.containsKey(from) || from.equals(to)) {
            return false;
        }
        var after = BotDraft.moved(inventory, from, to);
        inventory.clear();
        inventory.putAll(after);
        return true;
    }

    public void putItem(InventoryItem item) {
        if (editable.getAsBoolean()) {
            inventory.put(item.key(), item);
        }
    }

    public boolean removeItem(InventoryItem.SlotKey key) {
        return editable.getAsBoolean() && inventory.remove(key) != null;
    }

    public void putEquipped(EquipmentItem item) {
        if (editable.getAsBoolean()) {
            equipment.put(item.slot(), item);
        }
    }

    public boolean unequip(int slot) {
        return editable.getAsBoolean() && equipment.remove(slot) != null;
    }

    /** An item guid one above the highest this bot holds, as a starting point for a new item. */
    public BigInteger suggestItemGuid() {
        return BotDraft.nextItemGuid(inventory.values(), equipment.values());
    }

    /** The bag grids to draw for the slots in use now and in {@code loaded}. */
    public List<BagLayout> bags(BotSnapshot loaded) {
        return BagLayout.of(inventory.keySet(), loaded == null ? List.of() : loaded.inventoryBySlot().keySet());
    }

    public ObservableMap<InventoryItem.SlotKey, InventoryItem> inventory() {
        return inventory;
    }

    public ObservableMap<Integer, EquipmentItem> equipment() {
        return equipment;
    }
}
