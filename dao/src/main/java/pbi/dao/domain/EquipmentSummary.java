package pbi.dao.domain;

/** SEL_EQUIPMENT_SUMMARY: one worn item, briefly. */
public record EquipmentSummary(int slot, long itemId, long durability) {
}
