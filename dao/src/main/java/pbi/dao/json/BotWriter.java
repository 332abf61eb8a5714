package pbi.dao.json;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Replaces whole bots for an import, the same statements as {@code BotService.replace} but on one held connection
 * with prepared statements and JDBC batches, which is several times faster for thousands of bots. Each bot is its
 * own transaction.
 */
final class BotWriter implements AutoCloseable {

    private final Database database;
    private final Connection connection;
    private final PreparedStatement deleteInventory;
    private final PreparedStatement deleteEquipment;
    private final PreparedStatement deleteState;
    private final PreparedStatement insertState;
    private final PreparedStatement insertItem;
    private final PreparedStatement insertWorn;

    private BotWriter(Database database) throws SQLException {
        this.database = database;
        this.connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
            deleteInventory = connection.prepareStatement("DELETE FROM playerbot_inventory WHERE bot_guid = ?");
            deleteEquipment = connection.prepareStatement("DELETE FROM playerbot_equipment WHERE bot_guid = ?");
            deleteState = connection.prepareStatement("DELETE FROM playerbot_state WHERE bot_guid = ?");
            insertState = connection.prepareStatement("INSERT INTO playerbot_state (bot_guid, position_x, position_y,"
                    + " position_z, map_id, zone_id, orientation, gold_copper, health, mana, level)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertItem = connection.prepareStatement("INSERT INTO playerbot_inventory (bot_guid, bag, slot, item_id,"
                    + " item_guid, stack_count, enchantments, durability) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            insertWorn = connection.prepareStatement("INSERT INTO playerbot_equipment (bot_guid, slot, item_id,"
                    + " item_guid, enchantments, gems, durability) VALUES (?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    static BotWriter open(Database database) {
        try {
            return new BotWriter(database);
        } catch (SQLException e) {
            throw Failures.translate(e, "connecting to " + database.name() + " for the import");
        }
    }

    /** Deletes every row of the bot and inserts {@code bot}, in one transaction. */
    void replace(BotSnapshot bot) {
        if (!ColumnRanges.problems(bot).isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "Bot " + bot.guid() + " has values its columns cannot hold: " + ColumnRanges.problems(bot));
        }
        try {
            // DECIMAL parameters compare exactly with BIGINT UNSIGNED; a string would be compared as a double.
            BigDecimal guid = new BigDecimal(bot.guid());
            deleteInventory.setBigDecimal(1, guid);
            deleteInventory.executeUpdate();
            deleteEquipment.setBigDecimal(1, guid);
            deleteEquipment.executeUpdate();
            deleteState.setBigDecimal(1, guid);
            deleteState.executeUpdate();
            BotState s = bot.state();
            insertState.setBigDecimal(1, guid);
            insertState.setFloat(2, s.positionX());
            insertState.setFloat(3, s.positionY());
            insertState.setFloat(4, s.positionZ());
            insertState.setLong(5, s.mapId());
            insertState.setLong(6, s.zoneId());
            insertState.setFloat(7, s.orientation());
            insertState.setBigDecimal(8, new BigDecimal(s.goldCopper()));
            insertState.setLong(9, s.health());
            insertState.setLong(10, s.mana());
            insertState.setInt(11, s.level());
            insertState.executeUpdate();
            if (!bot.inventory().isEmpty()) {
                for (InventoryItem item : bot.inventory()) {
                    insertItem.setBigDecimal(1, guid);
                    insertItem.setInt(2, item.bag());
                    insertItem.setInt(3, item.slot());
                    insertItem.setLong(4, item.itemId());
                    insertItem.setBigDecimal(5, new BigDecimal(item.itemGuid()));
                    insertItem.setLong(6, item.stackCount());
                    text(insertItem, 7, item.enchantments());
                    insertItem.setLong(8, item.durability());
                    insertItem.addBatch();
                }
                insertItem.executeBatch();
            }
            if (!bot.equipment().isEmpty()) {
                for (EquipmentItem item : bot.equipment()) {
                    insertWorn.setBigDecimal(1, guid);
                    insertWorn.setInt(2, item.slot());
                    insertWorn.setLong(3, item.itemId());
                    insertWorn.setBigDecimal(4, new BigDecimal(item.itemGuid()));
                    text(insertWorn, 5, item.enchantments());
                    text(insertWorn, 6, item.gems());
                    insertWorn.setLong(7, item.durability());
                    insertWorn.addBatch();
                }
                insertWorn.executeBatch();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw Failures.translate(e, "writing bot " + bot.guid());
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            // The pool discards a connection it cannot reset; nothing else to do here.
        }
    }

    Database database() {
        return database;
    }
}
