package pbi.dao.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.StatePatch;
import pbi.dao.domain.World;

/**
 * The statements that turn one version of a bot into another: only changed state columns, and only the inventory
 * and equipment rows that were added, changed or removed. Deletes run before updates and updates before inserts,
 * so that moving an item into a slot another item just left never collides on the primary key.
 */
public final class ChangeSet {

    private static final String STATE = "pbi.dao.mapper.StateMapper.";
    private static final String INVENTORY = "pbi.dao.mapper.InventoryMapper.";
    private static final String EQUIPMENT = "pbi.dao.mapper.EquipmentMapper.";

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
            inserts.add(new PlannedStatement(STATE + "insertState", edited.state(), "insert bot " + guid));
        } else {
            StatePatch patch = StatePatch.between(base.state(), edited.state());
            if (!patch.isEmpty()) {
                updates.add(new PlannedStatement(STATE + "updateStateColumns",
                        params("botGuid", guid, "patch", patch), "update state of bot " + guid));
            }
        }
        Map<InventoryItem.SlotKey, InventoryItem> before = base == null ? Map.of() : base.inventoryBySlot();
        Map<InventoryItem.SlotKey, InventoryItem> after = edited.inventoryBySlot();
        for (InventoryItem old : before.values()) {
            InventoryItem now = after.get(old.key());
            if (now == null) {
                deletes.add(new PlannedStatement(INVENTORY + "deleteInventoryItem",
                        params("botGuid", guid, "bag", old.bag(), "slot", old.slot()),
                        "remove item " + old.itemId() + " from " + old.key()));
            } else if (!now.sameValues(old)) {
                updates.add(new PlannedStatement(INVENTORY + "updateInventoryItem", now,
                        "change item " + now.itemId() + " in " + now.key()));
            }
        }
        for (InventoryItem now : after.values()) {
            if (!before.containsKey(now.key())) {
                inserts.add(new PlannedStatement(INVENTORY + "insertInventoryItem", now,
                        "put item " + now.itemId() + " ×" + now.stackCount() + " in " + now.key()));
            }
        }
        Map<Integer, EquipmentItem> worn = base == null ? Map.of() : base.equipmentBySlot();
        Map<Integer, EquipmentItem> wear = edited.equipmentBySlot();
        for (EquipmentItem old : worn.values()) {
            EquipmentItem now = wear.get(old.slot());
            String slot = World.equipmentSlotName(old.slot());
            if (now == null) {
                deletes.add(new PlannedStatement(EQUIPMENT + "deleteEquipmentItem",
                        params("botGuid", guid, "slot", old.slot()), "unequip item " + old.itemId() + " from " + slot));
            } else if (!now.sameValues(old)) {
                updates.add(new PlannedStatement(EQUIPMENT + "updateEquipmentItem", now,
                        "change " + slot + " to item " + now.itemId()));
            }
        }
        for (EquipmentItem now : wear.values()) {
            if (!worn.containsKey(now.slot())) {
                inserts.add(new PlannedStatement(EQUIPMENT + "insertEquipmentItem", now,
                        "equip item " + now.itemId() + " in " + World.equipmentSlotName(now.slot())));
            }
        }
        List<PlannedStatement> all = new ArrayList<>(deletes);
        all.addAll(updates);
        all.addAll(inserts);
        return new ChangeSet(guid, all);
    }

    /** Replaces a bot completely: delete every row, then insert the new version. Used by import. */
    public static ChangeSet replace(BotSnapshot bot) {
        BigInteger guid = bot.guid();
        List<PlannedStatement> all = new ArrayList<>();
        all.add(new PlannedStatement(INVENTORY + "deleteInventory", guid, "remove all inventory of bot " + guid));
        all.add(new PlannedStatement(EQUIPMENT + "deleteEquipment", guid, "remove all equipment of bot " + guid));
        all.add(new PlannedStatement(STATE + "deleteState", guid, "remove state of bot " + guid));
        all.addAll(between(null, bot).statements());
        return new ChangeSet(guid, all);
    }

    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
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
