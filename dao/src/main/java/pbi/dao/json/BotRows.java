package pbi.dao.json;

import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * One bot's rows as {@link BotCursor} reads them, already in the order a {@link BotSnapshot} keeps (the queries sort
 * by bag and slot), so that the JSON Lines export need not sort them again.
 */
record BotRows(BotState state, List<InventoryItem> inventory, List<EquipmentItem> equipment) {

    BotSnapshot snapshot() {
        return new BotSnapshot(state, inventory, equipment);
    }
}
