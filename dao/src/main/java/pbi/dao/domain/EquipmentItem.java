package pbi.dao.domain;

import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * One row of {@code playerbot_equipment}: the item worn in equipment slot {@code slot}.
 *
 * @param enchantments the raw serialized enchantment string, kept exactly as stored
 * @param gems the raw serialized gem string, kept exactly as stored
 */
public record EquipmentItem(
        BigInteger botGuid,
        int slot,
        long itemId,
        BigInteger itemGuid,
        String enchantments,
        String gems,
        long durability,
        LocalDateTime lastUpdated) {

    public EquipmentItem withSlot(int newSlot) {
        return new EquipmentItem(botGuid, newSlot, itemId, itemGuid, enchantments, gems, durability, lastUpdated);
    }

    public EquipmentItem withEnchantments(String raw) {
        return new EquipmentItem(botGuid, slot, itemId, itemGuid, raw, gems, durability, lastUpdated);
    }

    public EquipmentItem withGems(String raw) {
        return new EquipmentItem(botGuid, slot, itemId, itemGuid, enchantments, raw, durability, lastUpdated);
    }

    public EquipmentItem withDurability(long value) {
        return new EquipmentItem(botGuid, slot, itemId, itemGuid, enchantments, gems, value, lastUpdated);
    }

    public EquipmentItem withGuid(BigInteger guid) {
        return new EquipmentItem(guid, slot, itemId, itemGuid, enchantments, gems, durability, lastUpdated);
    }

    public EquipmentItem withLastUpdated(LocalDateTime time) {
        return new EquipmentItem(botGuid, slot, itemId, itemGuid, enchantments, gems, durability, time);
    }

    public boolean sameValues(EquipmentItem other) {
        return other != null && withLastUpdated(null).equals(other.withLastUpdated(null));
    }
}
