package pbi.dao.json;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final ResultSet states;
    private final ResultSet inventory;
    private final ResultSet equipment;
    private InventoryItem nextItem;
    private EquipmentItem nextWorn;
    private boolean inventoryDone;
    private boolean equipmentDone;

    private BotCursor(DataSource dataSource, Filter filter) throws SQLException {
        try {
            states = query(dataSource, Tables.STATE.selectSql(true) + " " + filter.state()
                    + " ORDER BY bot_guid", filter.values());
            inventory = query(dataSource, Tables.INVENTORY.selectSql(false) + " " + filter.children()
                    + " ORDER BY bot_guid, bag, slot", filter.values());
            equipment = query(dataSource, Tables.EQUIPMENT.selectSql(false) + " " + filter.children()
                    + " ORDER BY bot_guid, slot", filter.values());
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    static BotCursor open(DataSource dataSource, Filter filter) throws SQLException {
        return new BotCursor(dataSource, filter);
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
        if (!states.next()) {
            return null;
        }
        BotState state = Tables.STATE.read(states, true);
        BigInteger guid = state.botGuid();
        List<InventoryItem> items = new ArrayList<>();
        while (true) {
            if (nextItem == null) {
                if (inventoryDone || !inventory.next()) {
                    inventoryDone = true;
                    break;
                }
                nextItem = Tables.INVENTORY.read(inventory, false);
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
        List<EquipmentItem> worn = new ArrayList<>();
        while (true) {
            if (nextWorn == null) {
                if (equipmentDone || !equipment.next()) {
                    equipmentDone = true;
                    break;
                }
                nextWorn = Tables.EQUIPMENT.read(equipment, false);
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
        return new BotSnapshot(state, items, worn);
    }

    static BigInteger unsigned64(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        return value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
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
