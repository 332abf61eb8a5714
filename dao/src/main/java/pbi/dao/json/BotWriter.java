package pbi.dao.json;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pbi.dao.columns.Column;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.columns.Ranges;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;

/**
 * Replaces whole bots for an import, the same statements as {@code BotService.replace} but on one held connection.
 * {@link #replaceAll} writes many bots in one transaction with one multi-row statement per table, which is what
 * makes a large import fast (one transaction per bot cost the server more than the rows themselves); when such a
 * transaction fails it is rolled back whole and its bots are written again one by one, each its own transaction, so
 * that a failure names its bot and every bot is still written whole or not at all.
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
    private final Statement text;
    /** The longest statement text, in characters: a UTF-8 byte count below the server's max_allowed_packet. */
    private final int maxChars;

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
            text = connection.createStatement();
            // The text holds no JDBC escapes, and the driver need not scan a megabyte for them.
            text.setEscapeProcessing(false);
            long packet;
            try (ResultSet r = text.executeQuery("SELECT @@max_allowed_packet")) {
                r.next();
                packet = r.getLong(1);
            }
            // A character takes at most 3 bytes in UTF-8 (4 for a surrogate pair, which is 2 characters).
            maxChars = (int) Math.max(4096, Math.min(1 << 20, (packet - 1024) / 3));
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

    private static final List<Column<BotState>> STATE_COLUMNS = SqlText.written(Tables.STATE);
    private static final List<Column<InventoryItem>> INVENTORY_COLUMNS = SqlText.written(Tables.INVENTORY);
    private static final List<Column<EquipmentItem>> EQUIPMENT_COLUMNS = SqlText.written(Tables.EQUIPMENT);

    /**
     * Replaces all of {@code bots} in one transaction; if that fails, rolls it back and replaces them one by one.
     * {@code written} hears of each bot once it is committed, in order.
     *
     * @throws DatabaseException for the first bot that cannot be written on its own; those before it are written
     */
    void replaceAll(List<BotSnapshot> bots, Consumer<BotSnapshot> written) {
        boolean together = bots.size() > 1 && bots.stream().allMatch(b -> Ranges.problems(b).isEmpty());
        if (together) {
            try {
                replaceTogether(bots);
                bots.forEach(written);
                return;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // The one-by-one writes below meet the same broken connection and report it.
                }
            }
        }
        for (BotSnapshot bot : bots) {
            replace(bot);
            written.accept(bot);
        }
    }

    private void replaceTogether(List<BotSnapshot> bots) throws SQLException {
        StringBuilder guids = new StringBuilder();
        for (BotSnapshot bot : bots) {
            guids.append(guids.length() == 0 ? "" : ",").append(bot.guid());
        }
        // State first, then inventory, then equipment: the lock order of every unit of work on a bot.
        for (Table<?> table : List.of(Tables.STATE, Tables.INVENTORY, Tables.EQUIPMENT)) {
            text.executeUpdate("DELETE FROM " + table.name() + " WHERE bot_guid IN (" + guids + ")");
        }
        Rows<BotState> states = new Rows<>(Tables.STATE, STATE_COLUMNS);
        Rows<InventoryItem> items = new Rows<>(Tables.INVENTORY, INVENTORY_COLUMNS);
        Rows<EquipmentItem> worn = new Rows<>(Tables.EQUIPMENT, EQUIPMENT_COLUMNS);
        for (BotSnapshot bot : bots) {
            states.add(bot.state());
        }
        states.flush();
        for (BotSnapshot bot : bots) {
            bot.inventory().forEach(items::add);
        }
        items.flush();
        for (BotSnapshot bot : bots) {
            bot.equipment().forEach(worn::add);
        }
        worn.flush();
        connection.commit();
    }

    /** One table's multi-row INSERT, sent whenever it would outgrow the server's packet. */
    private final class Rows<R> {
        private final String head;
        private final List<Column<R>> columns;
        private final StringBuilder sql = new StringBuilder(1 << 16);
        private int rows;

        Rows(Table<R> table, List<Column<R>> columns) {
            this.head = SqlText.insertHead(table);
            this.columns = columns;
        }

        void add(R row) {
            int mark = sql.length();
            sql.append(rows == 0 ? head : ",");
            SqlText.row(sql, columns, row);
            if (sql.length() > maxChars && rows > 0) {
                sql.setLength(mark);
                sendUnchecked();
                add(row);
                return;
            }
            rows++;
        }

        void flush() throws SQLException {
            if (rows > 0) {
                text.executeUpdate(sql.toString());
                sql.setLength(0);
                rows = 0;
            }
        }

        private void sendUnchecked() {
            try {
                flush();
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }
    }

    /** An SQLException out of a row adder; the batch is rolled back and written again bot by bot. */
    private static final class Failed extends RuntimeException {
        Failed(SQLException cause) {
            super(cause);
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
