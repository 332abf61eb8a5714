package pbi.dao.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Batched inserts of whole rows, {@code last_updated} included, for bulk loading. With Connector/J's
 * {@code rewriteBatchedStatements} each batch travels as a few multi-row INSERTs; with server-side prepared
 * statements the FLOAT values go in binary, bit for bit.
 */
final class Rows implements AutoCloseable {

    static final int BATCH = 1000;

    private final PreparedStatement state;
    private final PreparedStatement inventory;
    private final PreparedStatement equipment;
    private int pendingState;
    private int pendingInventory;
    private int pendingEquipment;
    private long written;

    Rows(Connection connection) throws SQLException {
        state = connection.prepareStatement("INSERT INTO playerbot_state (bot_guid, position_x, position_y,"
                + " position_z, map_id, zone_id, orientation, gold_copper, health, mana, level, last_updated)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        inventory = connection.prepareStatement("INSERT INTO playerbot_inventory (bot_guid, bag, slot, item_id,"
                + " item_guid, stack_count, enchantments, durability, last_updated)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        equipment = connection.prepareStatement("INSERT INTO playerbot_equipment (bot_guid, slot, item_id,"
                + " item_guid, enchantments, gems, durability, last_updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void add(BotState s) throws SQLException {
        state.setBigDecimal(1, new BigDecimal(s.botGuid()));
        state.setFloat(2, s.positionX());
        state.setFloat(3, s.positionY());
        state.setFloat(4, s.positionZ());
        state.setLong(5, s.mapId());
        state.setLong(6, s.zoneId());
        state.setFloat(7, s.orientation());
        state.setBigDecimal(8, new BigDecimal(s.goldCopper()));
        state.setLong(9, s.health());
        state.setLong(10, s.mana());
        state.setInt(11, s.level());
        timestamp(state, 12, s.lastUpdated());
        state.addBatch();
        if (++pendingState >= BATCH) {
            flushState();
        }
    }

    void add(InventoryItem i) throws SQLException {
        inventory.setBigDecimal(1, new BigDecimal(i.botGuid()));
        inventory.setInt(2, i.bag());
        inventory.setInt(3, i.slot());
        inventory.setLong(4, i.itemId());
        inventory.setBigDecimal(5, new BigDecimal(i.itemGuid()));
        inventory.setLong(6, i.stackCount());
        text(inventory, 7, i.enchantments());
        inventory.setLong(8, i.durability());
        timestamp(inventory, 9, i.lastUpdated());
        inventory.addBatch();
        if (++pendingInventory >= BATCH) {
            flushInventory();
        }
    }

    void add(EquipmentItem e) throws SQLException {
        equipment.setBigDecimal(1, new BigDecimal(e.botGuid()));
        equipment.setInt(2, e.slot());
        equipment.setLong(3, e.itemId());
        equipment.setBigDecimal(4, new BigDecimal(e.itemGuid()));
        text(equipment, 5, e.enchantments());
        text(equipment, 6, e.gems());
        equipment.setLong(7, e.durability());
        timestamp(equipment, 8, e.lastUpdated());
        equipment.addBatch();
        if (++pendingEquipment >= BATCH) {
            flushEquipment();
        }
    }

    /** Sends whatever is still batched. */
    void flush() throws SQLException {
        flushState();
        flushInventory();
        flushEquipment();
    }

    long written() {
        return written;
    }

    private void flushState() throws SQLException {
        if (pendingState > 0) {
            state.executeBatch();
            written += pendingState;
            pendingState = 0;
        }
    }

    private void flushInventory() throws SQLException {
        if (pendingInventory > 0) {
            inventory.executeBatch();
            written += pendingInventory;
            pendingInventory = 0;
        }
    }

    private void flushEquipment() throws SQLException {
        if (pendingEquipment > 0) {
            equipment.executeBatch();
            written += pendingEquipment;
            pendingEquipment = 0;
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** A null time lets the column default to the current time. */
    private static void timestamp(PreparedStatement statement, int index, java.time.LocalDateTime value)
            throws SQLException {
        if (value == null) {
            statement.setTimestamp(index, new Timestamp(System.currentTimeMillis()));
        } else {
            statement.setTimestamp(index, Timestamp.valueOf(value));
        }
    }

    @Override
    public void close() throws SQLException {
        try (state; inventory; equipment) {
            // Closing only releases the statements; whatever was not flushed is dropped on purpose.
        }
    }
}
