package pbi.dao.json;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
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
    /** Multi-row INSERTs by row count: all of a bot's items in one round trip, whatever the driver's settings. */
    private final Map<Integer, PreparedStatement> items = new HashMap<>();
    private final Map<Integer, PreparedStatement> worn = new HashMap<>();

    private static final String ITEM_INSERT = "INSERT INTO playerbot_inventory (bot_guid, bag, slot, item_id,"
            + " item_guid, stack_count, enchantments, durability) VALUES ";
    private static final String ITEM_ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String WORN_INSERT = "INSERT INTO playerbot_equipment (bot_guid, slot, item_id, item_guid,"
            + " enchantments, gems, durability) VALUES ";
    private static final String WORN_ROW = "(?, ?, ?, ?, ?, ?, ?)";

    private BotWriter(Database database) throws SQLException {
        this.database = database;
        this.connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
            // Import writers run side by side; READ COMMITTED takes no gap locks for the deletes of bots that do
            // not exist yet, which otherwise deadlock with the other writer's inserts into the same gap.
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            deleteInventory = connection.prepareStatement("DELETE FROM playerbot_inventory WHERE bot_guid = ?");
            deleteEquipment = connection.prepareStatement("DELETE FROM playerbot_equipment WHERE bot_guid = ?");
            deleteState = connection.prepareStatement("DELETE FROM playerbot_state WHERE bot_guid = ?");
            insertState = connection.prepareStatement("INSERT INTO playerbot_state (bot_guid, position_x, position_y,"
                    + " position_z, map_id, zone_id, orientation, gold_copper, health, mana, level)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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

    /** Deletes every row of the bot and inserts {@code bot}, in one transaction, retried after a deadlock. */
    void replace(BotSnapshot bot) {
        for (int attempt = 1; ; attempt++) {
            try {
                replaceOnce(bot);
                return;
            } catch (DatabaseException e) {
                // The transaction was rolled back whole, so running it again is safe.
                if (e.kind() != DatabaseException.Kind.LOCK_TIMEOUT || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void replaceOnce(BotSnapshot bot) {
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
            int n = 0;
            if (!bot.inventory().isEmpty()) {
                PreparedStatement insert = multiRow(items, ITEM_INSERT, ITEM_ROW, bot.inventory().size());
                for (InventoryItem item : bot.inventory()) {
                    insert.setBigDecimal(++n, guid);
                    insert.setInt(++n, item.bag());
                    insert.setInt(++n, item.slot());
                    insert.setLong(++n, item.itemId());
                    insert.setBigDecimal(++n, new BigDecimal(item.itemGuid()));
                    insert.setLong(++n, item.stackCount());
                    text(insert, ++n, item.enchantments());
                    insert.setLong(++n, item.durability());
                }
                insert.executeUpdate();
            }
            n = 0;
            if (!bot.equipment().isEmpty()) {
                PreparedStatement insert = multiRow(worn, WORN_INSERT, WORN_ROW, bot.equipment().size());
                for (EquipmentItem item : bot.equipment()) {
                    insert.setBigDecimal(++n, guid);
                    insert.setInt(++n, item.slot());
                    insert.setLong(++n, item.itemId());
                    insert.setBigDecimal(++n, new BigDecimal(item.itemGuid()));
                    text(insert, ++n, item.enchantments());
                    text(insert, ++n, item.gems());
                    insert.setLong(++n, item.durability());
                }
                insert.executeUpdate();
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

    private PreparedStatement multiRow(Map<Integer, PreparedStatement> cache, String insert, String row, int rows)
            throws SQLException {
        PreparedStatement statement = cache.get(rows);
        if (statement == null) {
            statement = connection.prepareStatement(insert + String.join(", ", Collections.nCopies(rows, row)));
            cache.put(rows, statement);
        }
        return statement;
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
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.close();
        } catch (SQLException e) {
            // The pool discards a connection it cannot reset; nothing else to do here.
        }
    }

    Database database() {
        return database;
    }
}
