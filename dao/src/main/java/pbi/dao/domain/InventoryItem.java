package pbi.dao.domain;

import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * One row of {@code playerbot_inventory}: the item in slot {@code slot} of the bag at position {@code bag}.
 *
 * @param enchantments the raw serialized string, kept exactly as stored (NULL and "" are different values)
 */
public record InventoryItem(
        BigInteger botGuid,
        int bag,
        int slot,
        long itemId,
        BigInteger itemGuid,
        long stackCount,
        String enchantments,
        long durability,
        LocalDateTime lastUpdated) {

    public SlotKey key() {
        return new SlotKey(bag, slot);
    }

    public InventoryItem movedTo(int newBag, int newSlot) {
        return new InventoryItem(botGuid, newBag, newSlot, itemId, itemGuid, stackCount, enchantments, durability,
                lastUpdated);
    }

    public InventoryItem withStack(long count) {
        return new InventoryItem(botGuid, bag, slot, itemId, itemGuid, count, enchantments, durability, lastUpdated);
    }

    public InventoryItem withDurability(long value) {
        return new InventoryItem(botGuid, bag, slot, itemId, itemGuid, stackCount, enchantments, value, lastUpdated);
    }

    public InventoryItem withEnchantments(String raw) {
        return new InventoryItem(botGuid, bag, slot, itemId, itemGuid, stackCount, raw, durability, lastUpdated);
    }

    public InventoryItem withGuid(BigInteger guid) {
        return new InventoryItem(guid, bag, slot, itemId, itemGuid, stackCount, enchantments, durability, lastUpdated);
    }

    public InventoryItem withLastUpdated(LocalDateTime time) {
        return new InventoryItem(botGuid, bag, slot, itemId, itemGuid, stackCount, enchantments, durability, time);
    }

    public boolean sameValues(InventoryItem other) {
        return other != null && withLastUpdated(null).equals(other.withLastUpdated(null));
    }

    /** The primary key of an inventory row within one bot. */
    public record SlotKey(int bag, int slot) implements Comparable<SlotKey> {
        @Override
        public int compareTo(SlotKey o) {
            return bag != o.bag ? Integer.compare(bag, o.bag) : Integer.compare(slot, o.slot);
        }

        @Override
        public String toString() {
            return "bag " + bag + " slot " + slot;
        }
    }
}
