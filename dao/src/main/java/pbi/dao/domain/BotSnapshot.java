package pbi.dao.domain;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the three tables hold about one bot. Inventory is ordered by bag and slot, equipment by slot.
 */
public record BotSnapshot(BotState state, List<InventoryItem> inventory, List<EquipmentItem> equipment) {

    public BotSnapshot {
        inventory = inventory.stream().sorted(Comparator.comparing(InventoryItem::key)).toList();
        equipment = equipment.stream().sorted(Comparator.comparingInt(EquipmentItem::slot)).toList();
    }

    public BigInteger guid() {
        return state.botGuid();
    }

    public Map<InventoryItem.SlotKey, InventoryItem> inventoryBySlot() {
        return inventory.stream().collect(Collectors.toMap(InventoryItem::key, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    public Map<Integer, EquipmentItem> equipmentBySlot() {
        return equipment.stream().collect(Collectors.toMap(EquipmentItem::slot, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    public Optional<InventoryItem> itemAt(int bag, int slot) {
        return inventory.stream().filter(i -> i.bag() == bag && i.slot() == slot).findFirst();
    }

    public Optional<EquipmentItem> equippedAt(int slot) {
        return equipment.stream().filter(e -> e.slot() == slot).findFirst();
    }

    public BotSnapshot withState(BotState newState) {
        return new BotSnapshot(newState, inventory, equipment);
    }

    public BotSnapshot withInventory(List<InventoryItem> items) {
        return new BotSnapshot(state, items, equipment);
    }

    public BotSnapshot withEquipment(List<EquipmentItem> items) {
        return new BotSnapshot(state, inventory, items);
    }

    /** The same bot under another guid, with every child row re-keyed. */
    public BotSnapshot withGuid(BigInteger guid) {
        return new BotSnapshot(state.withGuid(guid),
                inventory.stream().map(i -> i.withGuid(guid)).toList(),
                equipment.stream().map(e -> e.withGuid(guid)).toList());
    }

    /** True when every row holds the same values, ignoring {@code last_updated}. */
    public boolean sameValues(BotSnapshot other) {
        if (other == null || !state.sameValues(other.state)
                || inventory.size() != other.inventory.size() || equipment.size() != other.equipment.size()) {
            return false;
        }
        for (int i = 0; i < inventory.size(); i++) {
            if (!inventory.get(i).sameValues(other.inventory.get(i))) {
                return false;
            }
        }
        for (int i = 0; i < equipment.size(); i++) {
            if (!equipment.get(i).sameValues(other.equipment.get(i))) {
                return false;
            }
        }
        return true;
    }
}
