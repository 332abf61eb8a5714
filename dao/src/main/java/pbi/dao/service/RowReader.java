package pbi.dao.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Reads one bot's rows on the session's connection with the column descriptions of {@link Tables}, the same SELECTs
 * as the mapper's {@code selectState}, {@code selectInventory} and {@code selectEquipment} (ColumnsTest keeps the
 * two in step). Loading a bot is the tool's most frequent read, and MyBatis' per-row mapping made it a third slower
 * than plain JDBC; this keeps it at the driver's own cost.
 */
final class RowReader {

    private static final String STATE = Tables.STATE.selectSql(true) + " WHERE bot_guid = ?";
    private static final String INVENTORY = Tables.INVENTORY.selectSql(true) + " WHERE bot_guid = ? ORDER BY bag, slot";
    private static final String EQUIPMENT = Tables.EQUIPMENT.selectSql(true) + " WHERE bot_guid = ? ORDER BY slot";
    private static final String LOCK = " FOR UPDATE";

    private RowReader() {
    }

    /** Every row of the bot; with {@code lock}, locked in the one order: state, inventory, equipment. */
    static BotRows rows(SqlSession session, BigInteger guid, boolean lock) {
        try {
            Connection c = session.getConnection();
            BigDecimal key = new BigDecimal(guid);
            List<BotState> state = read(c, lock ? STATE + LOCK : STATE, key, Tables.STATE, 1);
            // Child rows are read (and locked) even without a state row, so that orphans count as "the bot exists".
            List<InventoryItem> items = read(c, lock ? INVENTORY + LOCK : INVENTORY, key, Tables.INVENTORY, 128);
            List<EquipmentItem> worn = read(c, lock ? EQUIPMENT + LOCK : EQUIPMENT, key, Tables.EQUIPMENT, 19);
            return new BotRows(guid, state.isEmpty() ? null : state.get(0), items, worn);
        } catch (SQLException e) {
            // As the mapper would throw it, so that Retry and Failures read it the same way.
            throw new PersistenceException("Error reading bot " + guid + ". Cause: " + e, e);
        }
    }

    private static <R> List<R> read(Connection c, String sql, BigDecimal key, Table<R> table, int expected)
            throws SQLException {
        List<R> rows = new ArrayList<>(expected);
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setBigDecimal(1, key);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(table.read(r, true));
                }
            }
        }
        return rows;
    }
}
