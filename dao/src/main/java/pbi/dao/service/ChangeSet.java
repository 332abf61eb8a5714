package pbi.dao.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pbi.dao.columns.Assignment;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/**
 * The statements that turn one version of a bot into another: only changed state columns, and only the inventory
 * and equipment rows that were added, changed or removed. Deletes run before updates and updates before inserts,
 * so that moving an item into a slot another item just left never collides on the primary key.
 */
public final class ChangeSet {

    private final BigInteger botGuid;
    private final List<PlannedStatement> statements;

    private ChangeSet(BigInteger botGuid, List<PlannedStatement> statements) {
        this.botGuid = botGuid;
        this.statements = List.copyOf(statements);
    }

    /**
     * @param base the rows as they are in the database, or null when the bot does not exist there
     * @param edited the rows as they should be
     */
    public static ChangeSet between(BotSnapshot base, BotSnapshot edited) {
        BigInteger guid = edited.guid();
        List<PlannedStatement> deletes = new ArrayList<>();
        List<PlannedStatement> updates = new ArrayList<>();
        List<PlannedStatement> inserts = new ArrayList<>();
        if (base == null) {
            inserts.add(new PlannedStatement(Write.INSERT_STATE, edited.state(), "insert bot " + guid));
        } else {
            List<Assignment> patch = Tables.STATE.changes(base.state(), edited.state());
            if (!patch.isEmpty()) {
                updates.add(new PlannedStatement(Write.UPDATE_STATE,
                        new Write.StateChange(guid, patch), "update state of bot " + guid));
            }
        }
        Map<InventoryItem.SlotKey, InventoryItem> before = base == null ? Map.of() : base.inventoryBySlot();
        Map<InventoryItem.SlotKey, InventoryItem> after = edited.inventoryBySlot();
        for (InventoryItem old : before.values()) {
            InventoryItem now = after.get(old.key());
            if (now == null) {
                deletes.add(new PlannedStatement(Write.DELETE_INVENTORY_ITEM,
                        new Write.InventorySlot(guid, old.bag(), old.slot()),
                        "remove item " + old.itemId() + " from " + old.key()));
            } else if (!now.sameValues(old)) {
                updates.add(new PlannedStatement(Write.UPDATE_INVENTORY_ITEM, now,
                        "change item " + now.itemId() + " in " + now.key()));
            }
        }
        for (InventoryItem now : after.values()) {
            if (!before.containsKey(now.key())) {
                inserts.add(new PlannedStatement(Write.INSERT_INVENTORY_ITEM, now,
                        "put item " + now.itemId() + " ×" + now.stackCount() + " (guid " + now.itemGuid() + ") in "
                                + now.key()));
            }
        }
        Map<Integer, EquipmentItem> worn = base == null ? Map.of() : base.equipmentBySlot();
        Map<Integer, EquipmentItem> wear = edited.equipmentBySlot();
        for (EquipmentItem old : worn.values()) {
            EquipmentItem now = wear.get(old.slot());
            String slot = World.equipmentSlotName(old.slot());
            if (now == null) {
                deletes.add(new PlannedStatement(Write.DELETE_EQUIPMENT_ITEM,
                        new Write.EquipmentSlot(guid, old.slot()), "unequip item " + old.itemId() + " from " + slot));
            } else if (!now.sameValues(old)) {
                updates.add(new PlannedStatement(Write.UPDATE_EQUIPMENT_ITEM, now,
                        "change " + slot + " to item " + now.itemId()));
            }
        }
        for (EquipmentItem now : wear.values()) {
            if (!worn.containsKey(now.slot())) {
                inserts.add(new PlannedStatement(Write.INSERT_EQUIPMENT_ITEM, now,
                        "equip item " + now.itemId() + " (guid " + now.itemGuid() + ") in "
                                + World.equipmentSlotName(now.slot())));
            }
        }
        List<PlannedStatement> all = new ArrayList<>(deletes);
        all.addAll(updates);
        all.addAll(inserts);
        return new ChangeSet(guid, all);
    }

    /**
     * Replaces a bot completely: delete every row, then insert the new version. The deletes take the bot's locks in
     * the one order every unit of work uses: state, inventory, equipment.
     */
    public static ChangeSet replace(BotSnapshot bot) {
        BigInteger guid = bot.guid();
        List<PlannedStatement> all = new ArrayList<>(deleteAll(guid));
        all.addAll(between(null, bot).statements());
        return new ChangeSet(guid, all);
    }

    /** Deletes every row of a bot, in lock order: state, inventory, equipment. */
    static List<PlannedStatement> deleteAll(BigInteger guid) {
        return List.of(new PlannedStatement(Write.DELETE_STATE, guid, "remove state of bot " + guid),
                new PlannedStatement(Write.DELETE_INVENTORY, guid, "remove all inventory of bot " + guid),
                new PlannedStatement(Write.DELETE_EQUIPMENT, guid, "remove all equipment of bot " + guid));
    }

    public BigInteger botGuid() {
        return botGuid;
    }

    public List<PlannedStatement> statements() {
        return statements;
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public List<String> summaries() {
        return statements.stream().map(PlannedStatement::summary).toList();
    }
}
