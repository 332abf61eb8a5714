package pbi.app.gui.editor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/**
 * The edited bot's inventory and equipment as observable slot maps, and the item edits a user makes on them;
 * every edit is refused while the bot is not editable (an online bot the user did not unlock).
 */
public final class BotSlots {

    private final ObservableMap<InventoryItem.SlotKey, InventoryItem> inventory =
            FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<Integer, EquipmentItem> equipment = FXCollections.observableMap(new TreeMap<>());
    private final BooleanSupplier editable;

    /** The most slots a bag has in the game (DOMAIN.md, "Inventory"). */
    static final int MAX_BAG_SLOTS = 36;

    private BigInteger firstFreeGuid = BigInteger.ONE;

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

    /**
     * The first empty slot of the bag grids, in the order they are drawn (backpack, then bags 19 to 22), or empty
     * when every drawn slot holds an item.
     */
    public Optional<InventoryItem.SlotKey> firstFreeBagSlot(BotSnapshot loaded) {
        for (BagLayout bag : bags(loaded)) {
            if (!World.isBag(bag.bag())) {
                continue;
            }
            for (int slot = bag.firstSlot(); slot < bag.firstSlot() + bag.size(); slot++) {
                InventoryItem.SlotKey key = new InventoryItem.SlotKey(bag.bag(), slot);
                if (!inventory.containsKey(key)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where an item may go when every drawn bag slot is taken: the next slot of each bag position, as long as the
     * bag stays within the largest bag the game has.
     */
    public List<InventoryItem.SlotKey> placesBeyondFullBags(BotSnapshot loaded) {
        List<InventoryItem.SlotKey> places = new ArrayList<>();
        for (BagLayout bag : bags(loaded)) {
            int next = bag.firstSlot() + bag.size();
            if (World.BAG_POSITIONS.contains(bag.bag()) && next < MAX_BAG_SLOTS) {
                places.add(new InventoryItem.SlotKey(bag.bag(), next));
            }
        }
        return places;
    }

    /**
     * Takes the item off its equipment slot and puts it into the bag slot, keeping its id, guid, enchantments and
     * durability (bag rows have no gems). False when nothing moved.
     */
    public boolean unequipTo(int slot, InventoryItem.SlotKey place) {
        EquipmentItem worn = equipment.get(slot);
        if (!editable.getAsBoolean() || worn == null || inventory.containsKey(place)) {
            return false;
        }
        equipment.remove(slot);
        inventory.put(place, new InventoryItem(worn.botGuid(), place.bag(), place.slot(), worn.itemId(),
                worn.itemGuid(), 1, worn.enchantments(), worn.durability(), null));
        return true;
    }

    /**
     * A guid for a new item: above every item of the realm when the bot was loaded, and above this bot's own new
     * items. The save checks it again inside its transaction and replaces it if another client took it meanwhile.
     */
    public BigInteger suggestItemGuid() {
        return BotDraft.nextItemGuid(inventory.values(), equipment.values()).max(firstFreeGuid);
    }

    /** Sets the realm-wide floor read (off the FX thread) when the bot was loaded. */
    void freeGuidsFrom(BigInteger firstFree) {
        firstFreeGuid = firstFree == null ? BigInteger.ONE : firstFree;
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
