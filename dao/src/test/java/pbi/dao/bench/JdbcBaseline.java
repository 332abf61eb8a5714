package pbi.dao.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The floor the MyBatis layer is measured against: the same work written by hand with prepared statements on the
 * same pool, reading the same columns with the same unsigned and float handling (BIGINT UNSIGNED to BigInteger,
 * INT UNSIGNED to long, FLOAT through the binary protocol).
 */
final class JdbcBaseline {

    private static final String STATE = "SELECT bot_guid, position_x, position_y, position_z, map_id, zone_id,"
            + " orientation, gold_copper, health, mana, level, last_updated FROM playerbot_state WHERE bot_guid = ?";
    private static final String INVENTORY = "SELECT bot_guid, bag, slot, item_id, item_guid, stack_count,"
            + " enchantments, durability, last_updated FROM playerbot_inventory WHERE bot_guid = ? ORDER BY bag, slot";
    private static final String EQUIPMENT = "SELECT bot_guid, slot, item_id, item_guid, enchantments, gems,"
            + " durability, last_updated FROM playerbot_equipment WHERE bot_guid = ? ORDER BY slot";
    private static final String LOCK = " FOR UPDATE";

    private final DataSource dataSource;

    JdbcBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The bot's three tables in one transaction, like {@code BotService.load}. */
    BotSnapshot load(BigInteger guid) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            BotSnapshot bot = read(c, guid, false);
            c.commit();
            return bot;
        }
    }

    /**
     * Saves an edit like {@code BotService.save} without overwrite: locks the bot's rows, compares them with
     * {@code loaded}, and only then writes the changed rows in batches, in one transaction.
     *
     * @return false when the rows differ from {@code loaded} (a conflict); nothing is written then
     */
    boolean save(BotSnapshot loaded, BotSnapshot edited) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                BotSnapshot current = read(c, edited.guid(), true);
                if (current == null || !loaded.sameValues(current)) {
                    c.rollback();
                    return false;
                }
                write(c, current, edited);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void write(Connection c, BotSnapshot current, BotSnapshot edited) throws SQLException {
        BigDecimal guid = new BigDecimal(edited.guid());
        BotState s = edited.state();
        if (!s.sameValues(current.state())) {
            try (PreparedStatement update = c.prepareStatement("UPDATE playerbot_state SET position_x = ?,"
                    + " position_y = ?, position_z = ?, map_id = ?, zone_id = ?, orientation = ?, gold_copper = ?,"
                    + " health = ?, mana = ?, level = ? WHERE bot_guid = ?")) {
                update.setFloat(1, s.positionX());
                update.setFloat(2, s.positionY());
                update.setFloat(3, s.positionZ());
                update.setLong(4, s.mapId());
                update.setLong(5, s.zoneId());
                update.setFloat(6, s.orientation());
                update.setBigDecimal(7, new BigDecimal(s.goldCopper()));
                update.setLong(8, s.health());
                update.setLong(9, s.mana());
                update.setInt(10, s.level());
                update.setBigDecimal(11, guid);
                update.executeUpdate();
            }
        }
        // The benchmark's edit changes rows in place; a real save would also delete and insert, in the same way.
        Map<InventoryItem.SlotKey, InventoryItem> before = new HashMap<>();
        current.inventory().forEach(i -> before.put(i.key(), i));
        try (PreparedStatement update = c.prepareStatement("UPDATE playerbot_inventory SET item_id = ?,"
                + " item_guid = ?, stack_count = ?, enchantments = ?, durability = ?"
                + " WHERE bot_guid = ? AND bag = ? AND slot = ?")) {
            int batched = 0;
            for (InventoryItem i : edited.inventory()) {
                if (i.sameValues(before.get(i.key()))) {
                    continue;
                }
                update.setLong(1, i.itemId());
                update.setBigDecimal(2, new BigDecimal(i.itemGuid()));
                update.setLong(3, i.stackCount());
                text(update, 4, i.enchantments());
                update.setLong(5, i.durability());
                update.setBigDecimal(6, guid);
                update.setInt(7, i.bag());
                update.setInt(8, i.slot());
                update.addBatch();
                batched++;
            }
            if (batched > 0) {
                update.executeBatch();
            }
        }
        Map<Integer, EquipmentItem> worn = new HashMap<>();
        current.equipment().forEach(e -> worn.put(e.slot(), e));
        try (PreparedStatement update = c.prepareStatement("UPDATE playerbot_equipment SET item_id = ?,"
                + " item_guid = ?, enchantments = ?, gems = ?, durability = ? WHERE bot_guid = ? AND slot = ?")) {
            int batched = 0;
            for (EquipmentItem e : edited.equipment()) {
                if (e.sameValues(worn.get(e.slot()))) {
                    continue;
                }
                update.setLong(1, e.itemId());
                update.setBigDecimal(2, new BigDecimal(e.itemGuid()));
                text(update, 3, e.enchantments());
                text(update, 4, e.gems());
                update.setLong(5, e.durability());
                update.setBigDecimal(6, guid);
                update.setInt(7, e.slot());
                update.addBatch();
                batched++;
            }
            if (batched > 0) {
                update.executeBatch();
            }
        }
    }

    private static BotSnapshot read(Connection c, BigInteger guid, boolean lock) throws SQLException {
        BigDecimal key = new BigDecimal(guid);
        BotState state = null;
        try (PreparedStatement q = c.prepareStatement(lock ? STATE + LOCK : STATE)) {
            q.setBigDecimal(1, key);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    state = new BotState(unsigned64(r, 1), r.getFloat(2), r.getFloat(3), r.getFloat(4), r.getLong(5),
                            r.getLong(6), r.getFloat(7), unsigned64(r, 8), r.getLong(9), r.getLong(10), r.getInt(11),
                            r.getObject(12, LocalDateTime.class));
                }
            }
        }
        List<InventoryItem> items = new ArrayList<>(128);
        try (PreparedStatement q = c.prepareStatement(lock ? INVENTORY + LOCK : INVENTORY)) {
            q.setBigDecimal(1, key);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    items.add(new InventoryItem(unsigned64(r, 1), r.getInt(2), r.getInt(3), r.getLong(4),
                            unsigned64(r, 5), r.getLong(6), r.getString(7), r.getLong(8),
                            r.getObject(9, LocalDateTime.class)));
                }
            }
        }
        List<EquipmentItem> worn = new ArrayList<>(19);
        try (PreparedStatement q = c.prepareStatement(lock ? EQUIPMENT + LOCK : EQUIPMENT)) {
            q.setBigDecimal(1, key);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    worn.add(new EquipmentItem(unsigned64(r, 1), r.getInt(2), r.getLong(3), unsigned64(r, 4),
                            r.getString(5), r.getString(6), r.getLong(7), r.getObject(8, LocalDateTime.class)));
                }
            }
        }
        return state == null ? null : new BotSnapshot(state, items, worn);
    }

    /**
     * Reads every row of the three tables as the exporter does (three streaming cursors in guid order, merged per
     * bot) but builds no objects and writes no JSON: the floor for {@code export_bots_per_s}.
     *
     * @return the number of bots read
     */
    long scanAll() throws SQLException {
        try (Connection cs = dataSource.getConnection(); Connection ci = dataSource.getConnection();
                Connection ce = dataSource.getConnection();
                PreparedStatement qs = stream(cs, "SELECT bot_guid, position_x, position_y, position_z, map_id,"
                        + " zone_id, orientation, gold_copper, health, mana, level, last_updated FROM playerbot_state"
                        + " ORDER BY bot_guid");
                PreparedStatement qi = stream(ci, "SELECT bot_guid, bag, slot, item_id, item_guid, stack_count,"
                        + " enchantments, durability FROM playerbot_inventory ORDER BY bot_guid, bag, slot");
                PreparedStatement qe = stream(ce, "SELECT bot_guid, slot, item_id, item_guid, enchantments, gems,"
                        + " durability FROM playerbot_equipment ORDER BY bot_guid, slot");
                ResultSet s = qs.executeQuery(); ResultSet i = qi.executeQuery(); ResultSet e = qe.executeQuery()) {
            long bots = 0;
            long sink = 0;
            BigInteger item = i.next() ? unsigned64(i, 1) : null;
            BigInteger worn = e.next() ? unsigned64(e, 1) : null;
            while (s.next()) {
                BigInteger guid = unsigned64(s, 1);
                sink += Float.floatToRawIntBits(s.getFloat(2)) + Float.floatToRawIntBits(s.getFloat(3))
                        + Float.floatToRawIntBits(s.getFloat(4)) + s.getLong(5) + s.getLong(6)
                        + Float.floatToRawIntBits(s.getFloat(7)) + unsigned64(s, 8).intValue() + s.getLong(9)
                        + s.getLong(10) + s.getInt(11) + (s.getObject(12, LocalDateTime.class) == null ? 0 : 1);
                while (item != null && item.compareTo(guid) <= 0) {
                    String enchantments = i.getString(7);
                    sink += i.getInt(2) + i.getInt(3) + i.getLong(4) + unsigned64(i, 5).intValue() + i.getLong(6)
                            + (enchantments == null ? 0 : enchantments.length()) + i.getLong(8);
                    item = i.next() ? unsigned64(i, 1) : null;
                }
                while (worn != null && worn.compareTo(guid) <= 0) {
                    String enchantments = e.getString(5);
                    String gems = e.getString(6);
                    sink += e.getInt(2) + e.getLong(3) + unsigned64(e, 4).intValue()
                            + (enchantments == null ? 0 : enchantments.length()) + (gems == null ? 0 : gems.length())
                            + e.getLong(7);
                    worn = e.next() ? unsigned64(e, 1) : null;
                }
                bots++;
            }
            if (sink == 42) {
                System.out.print("");
            }
            return bots;
        }
    }

    private static PreparedStatement stream(Connection c, String sql) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        q.setFetchSize(Integer.MIN_VALUE);
        return q;
    }

    private static BigInteger unsigned64(ResultSet r, int column) throws SQLException {
        Object value = r.getObject(column);
        return value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
