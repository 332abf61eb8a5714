package pbi.dao.compare;

import pbi.dao.domain.World;

/**
 * A place that holds one item: an equipment slot, or a bag and slot of the inventory.
 *
 * @param bag the bag position for an inventory place; ignored for equipment
 */
public record SlotRef(boolean equipment, int bag, int slot) implements Comparable<SlotRef> {

    public static SlotRef equipped(int slot) {
        return new SlotRef(true, 0, slot);
    }

    public static SlotRef inventory(int bag, int slot) {
        return new SlotRef(false, bag, slot);
    }

    /** The editor's name for the place: {@code eq:SLOT} or {@code inv:BAG:SLOT}. */
    public String key() {
        return equipment ? "eq:" + slot : "inv:" + bag + ":" + slot;
    }

    /** "Head (slot 0)", "Backpack slot 23", "Bag 19 slot 4". */
    public String label() {
        if (equipment) {
            return World.equipmentSlotName(slot) + " (slot " + slot + ")";
        }
        return (bag == World.BACKPACK ? "Backpack" : "Bag " + bag) + " slot " + slot;
    }

    /** Equipment first, by slot; then the inventory by bag and slot. */
    @Override
    public int compareTo(SlotRef o) {
        if (equipment != o.equipment) {
            return equipment ? -1 : 1;
        }
        return bag != o.bag ? Integer.compare(bag, o.bag) : Integer.compare(slot, o.slot);
    }

    @Override
    public String toString() {
        return label();
    }
}
