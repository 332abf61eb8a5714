package pbi.dao.json;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Whole bots, in guid order, from three streaming cursors (one per table, each on its own connection, since a
 * streaming result set holds its connection) merged on {@code bot_guid}. Memory holds one bot at a time however
 * many bots are read. Child rows without a state row (orphans) are skipped: they are not a bot.
 */
final class BotCursor implements AutoCloseable {

    /** A WHERE clause for the state table and one for the child tables, with the values of their markers. */
    record Filter(String state, String children, List<Object> values) {

        static Filter of(ExportSelection.Area area) {
            String where = area.zoneId() == null ? "map_id = ?" : "map_id = ? AND zone_id = ?";
            List<Object> values = area.zoneId() == null ? List.of(area.mapId()) : List.of(area.mapId(), area.zoneId());
            return new Filter("WHERE " + where,
                    "WHERE bot_guid IN (SELECT bot_guid FROM playerbot_state WHERE " + where + ")", values);
        }

        static Filter all() {
            return new Filter("", "", List.of());
        }

        static Filter guids(List<BigInteger> guids) {
            String marks = String.join(",", java.util.Collections.nCopies(guids.size(), "?"));
            String where = "WHERE bot_guid IN (" + marks + ")";
            return new Filter(where, where, List.copyOf(guids));
        }
    }

    static {
        // state(), item() and worn() read these columns by position.
        expect(Tables.STATE.selectSql(true), "bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                + " orientation, gold_copper, health, mana, level, last_updated");
        expect(Tables.INVENTORY.selectSql(false), "bot_guid, bag, slot, item_id, item_guid, stack_count,"
                + " enchantments, durability");
        expect(Tables.EQUIPMENT.selectSql(false), "bot_guid, slot, item_id, item_guid, enchantments, gems,"
                + " durability");
    }

    private static void expect(String select, String columns) {
        if (!select.startsWith("SELECT " + columns + " FROM ")) {
            throw new IllegalStateException("BotCursor reads " + columns + " but the query is " + select);
        }
    }

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final ResultSet states;
    private final ResultSet inventory;
    private final ResultSet equipment;
    private final RowsAhead<InventoryItem> inventoryAhead;
    private InventoryItem nextItem;
    private EquipmentItem nextWorn;
    private boolean inventoryDone;
    private boolean equipmentDone;

    private BotCursor(DataSource dataSource, Filter filter, boolean inventoryThread) throws SQLException {
        try {
            states = query(dataSource, Tables.STATE.selectSql(true) + " " + filter.state()
                    + " ORDER BY bot_guid", filter.values());
            inventory = query(dataSource, Tables.INVENTORY.selectSql(false) + " " + filter.children()
                    + " ORDER BY bot_guid, bag, slot", filter.values());
            equipment = query(dataSource, Tables.EQUIPMENT.selectSql(false) + " " + filter.children()
                    + " ORDER BY bot_guid, slot", filter.values());
            inventoryAhead = inventoryThread ? new RowsAhead<>(inventory, BotCursor::item, "pbi-export-inventory")
                    : null;
            if (inventoryAhead != null) {
                // Closed first, so that its thread has let go of the result set before that is closed.
                resources.add(0, inventoryAhead);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    static BotCursor open(DataSource dataSource, Filter filter) throws SQLException {
        return new BotCursor(dataSource, filter, false);
    }

    /** The same, with the inventory rows decoded on a thread of their own: for a bulk read. */
    static BotCursor openBulk(DataSource dataSource, Filter filter) throws SQLException {
        return new BotCursor(dataSource, filter, true);
    }

    private ResultSet query(DataSource dataSource, String sql, List<Object> values) throws SQLException {
        Connection connection = dataSource.getConnection();
        resources.add(0, connection);
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        resources.add(0, statement);
        // Connector/J streams rows one by one only with this exact fetch size.
        statement.setFetchSize(Integer.MIN_VALUE);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, parameter(values.get(i)));
        }
        ResultSet rows = statement.executeQuery();
        resources.add(0, rows);
        return rows;
    }

    /** Guids go to the server as DECIMAL, which compares exactly with BIGINT UNSIGNED (a string would not). */
    static Object parameter(Object value) {
        return value instanceof BigInteger big ? new java.math.BigDecimal(big) : value;
    }

    /** The next bot, or null when there are no more. */
    BotSnapshot next() throws SQLException {
        BotRows rows = nextRows();
        return rows == null ? null : rows.snapshot();
    }

    /** The same, as its rows in the order read. */
    BotRows nextRows() throws SQLException {
        if (!states.next()) {
            return null;
        }
        BotState state = state(states);
        BigInteger guid = state.botGuid();
        List<InventoryItem> items = new ArrayList<>(128);
        while (true) {
            if (nextItem == null) {
                if (!inventoryDone) {
                    nextItem = inventoryAhead != null ? inventoryAhead.next()
                            : inventory.next() ? item(inventory) : null;
                }
                if (nextItem == null) {
                    inventoryDone = true;
                    break;
                }
            }
            int order = nextItem.botGuid().compareTo(guid);
            if (order > 0) {
                break;
            }
            if (order == 0) {
                items.add(nextItem);
            }
            nextItem = null;
        }
        List<EquipmentItem> worn = new ArrayList<>(24);
        while (true) {
            if (nextWorn == null) {
                if (equipmentDone || !equipment.next()) {
                    equipmentDone = true;
                    break;
                }
                nextWorn = worn(equipment);
            }
            int order = nextWorn.botGuid().compareTo(guid);
            if (order > 0) {
                break;
            }
            if (order == 0) {
                worn.add(nextWorn);
            }
            nextWorn = null;
        }
        return new BotRows(state, items, worn);
    }

    // The rows are read by column index in the order of Tables' SELECTs (checked by the class initialiser),
    // with typed getters: Table.read's boxed values and Connector/J's getObject for BIGINT UNSIGNED
    // (which goes through a String) were most of the reader's time.

    private static BotState state(ResultSet r) throws SQLException {
        return new BotState(unsigned64(r, 1), r.getFloat(2), r.getFloat(3), r.getFloat(4), r.getLong(5),
                r.getLong(6), r.getFloat(7), unsigned64(r, 8), r.getLong(9), r.getLong(10), r.getInt(11),
                r.getObject(12, LocalDateTime.class));
    }

    private static InventoryItem item(ResultSet r) throws SQLException {
        return new InventoryItem(unsigned64(r, 1), r.getInt(2), r.getInt(3), r.getLong(4), unsigned64(r, 5),
                r.getLong(6), r.getString(7), r.getLong(8), null);
    }

    private static EquipmentItem worn(ResultSet r) throws SQLException {
        return new EquipmentItem(unsigned64(r, 1), r.getInt(2), r.getLong(3), unsigned64(r, 4), r.getString(5),
                r.getString(6), r.getLong(7), null);
    }

    /**
     * A BIGINT UNSIGNED value. getLong is cheap but holds only values below 2^63: above that it fails (or, with
     * jdbcCompliantTruncation off, wraps to a negative number), and the value is then read as an object.
     */
    static BigInteger unsigned64(ResultSet rows, int column) throws SQLException {
        long value;
        try {
            value = rows.getLong(column);
        } catch (SQLException outOfRange) {
            return unsigned64Object(rows, column);
        }
        if (value > 0) {
            return BigInteger.valueOf(value);
        }
        return value == 0 && !rows.wasNull() ? BigInteger.ZERO : unsigned64Object(rows, column);
    }

    private static BigInteger unsigned64Object(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        return value == null || value instanceof BigInteger ? (BigInteger) value
                : BigInteger.valueOf(((Number) value).longValue());
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Closing a half-read streaming result set may complain; the connection is returned either way.
            }
        }
        resources.clear();
    }
}
