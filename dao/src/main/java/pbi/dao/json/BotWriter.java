package pbi.dao.json;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pbi.dao.columns.Ranges;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;

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

    private BotWriter(Database database) throws SQLException {
        this.database = database;
        this.connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
            // Import writers run side by side; READ COMMITTED takes no gap locks for the deletes of bots that do
            // not exist yet, which otherwise deadlock with the other writer's inserts into the same gap.
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            deleteState = connection.prepareStatement(deleteSql(Tables.STATE));
            deleteInventory = connection.prepareStatement(deleteSql(Tables.INVENTORY));
            deleteEquipment = connection.prepareStatement(deleteSql(Tables.EQUIPMENT));
            insertState = connection.prepareStatement(Tables.STATE.insertSql(1));
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
        List<String> problems = Ranges.problems(bot);
        if (!problems.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "Bot " + bot.guid() + " has values its columns cannot hold: " + problems);
        }
        try {
            // State first, then inventory, then equipment: the lock order of every unit of work on a bot.
            BigDecimal guid = new BigDecimal(bot.guid());
            for (PreparedStatement delete : List.of(deleteState, deleteInventory, deleteEquipment)) {
                delete.setBigDecimal(1, guid);
                delete.executeUpdate();
            }
            Tables.STATE.bind(insertState, 1, bot.state());
            insertState.executeUpdate();
            insertRows(items, Tables.INVENTORY, bot.inventory());
            insertRows(worn, Tables.EQUIPMENT, bot.equipment());
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

    private <R> void insertRows(Map<Integer, PreparedStatement> cache, Table<R> table, List<R> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement insert = cache.get(rows.size());
        if (insert == null) {
            insert = connection.prepareStatement(table.insertSql(rows.size()));
            cache.put(rows.size(), insert);
        }
        int next = 1;
        for (R row : rows) {
            next = table.bind(insert, next, row);
        }
        insert.executeUpdate();
    }

    private static String deleteSql(Table<?> table) {
        return "DELETE FROM " + table.name() + " WHERE bot_guid = ?";
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
