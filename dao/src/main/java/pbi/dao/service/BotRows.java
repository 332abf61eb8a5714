package pbi.dao.service;

import java.math.BigInteger;
import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Every row the database holds for one bot guid, as read under lock. Unlike a {@link BotSnapshot}, the state may be
 * missing while child rows exist (an orphan).
 */
public record BotRows(BigInteger guid, BotState state, List<InventoryItem> inventory, List<EquipmentItem> equipment) {

    public BotRows {
        inventory = List.copyOf(inventory);
        equipment = List.copyOf(equipment);
    }

    /** The bot, or null when it has no state row. */
    public BotSnapshot snapshot() {
        return state == null ? null : new BotSnapshot(state, inventory, equipment);
    }

    public boolean isEmpty() {
        return state == null && inventory.isEmpty() && equipment.isEmpty();
    }
}
