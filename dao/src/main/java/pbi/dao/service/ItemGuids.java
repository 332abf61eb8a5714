package pbi.dao.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Item guids that no other item in the realm has (DOMAIN.md, "Item guids"): not in the playerbot tables of any bot,
 * and not in {@code item_instance} when the characters database has it. The editor asks {@link #propose} for a
 * guid when it adds an item; the save checks again inside its transaction ({@link #assign}), since a guid that was
 * free when the edit began may be taken by the time it is saved, and gives a taken one the next free guid.
 *
 * <p>The queries are plain JDBC because {@code item_instance} may be absent, which a fixed mapper statement cannot
 * express; they read only guids, never user input.
 */
public final class ItemGuids {

    private final Database database;

    public ItemGuids(Database database) {
        this.database = database;
    }

    /**
     * The bot with every new item's guid unique in the realm, and which guids changed.
     *
     * @param reassigned proposed guid to the guid written instead, for the review (empty when all were free)
     */
    public record Assigned(BotSnapshot bot, Map<BigInteger, BigInteger> reassigned) {
    }

    /**
     * {@code count} guids above every item guid of the realm, for items the editor adds. They are a proposal: the
     * save checks them again.
     */
    public List<BigInteger> propose(int count) {
        try (SqlSession session = database.openSession()) {
            BigInteger next = largest(session.getConnection()).add(BigInteger.ONE);
            session.rollback(true);
            List<BigInteger> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(next.add(BigInteger.valueOf(i)));
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, "proposing item guids");
        }
    }

    /**
     * Inside the save's transaction: the items of {@code edited} that are not among the bot's current rows are new;
     * a new item whose guid another item of the realm has (or another new item of this edit) gets a guid above
     * every guid in the realm.
     */
    static Assigned assign(SqlSession session, BotRows current, BotSnapshot edited) {
        Set<BigInteger> own = new HashSet<>();
        current.inventory().forEach(i -> own.add(i.itemGuid()));
        current.equipment().forEach(e -> own.add(e.itemGuid()));
        List<BigInteger> fresh = new ArrayList<>();
        edited.inventory().stream().map(InventoryItem::itemGuid).filter(g -> !own.contains(g)).forEach(fresh::add);
        edited.equipment().stream().map(EquipmentItem::itemGuid).filter(g -> !own.contains(g)).forEach(fresh::add);
        if (fresh.isEmpty()) {
            return new Assigned(edited, Map.of());
        }
        try {
            Connection connection = session.getConnection();
            Set<BigInteger> taken = taken(connection, current.guid(), fresh);
            Set<BigInteger> seen = new HashSet<>();
            Map<BigInteger, BigInteger> reassigned = new LinkedHashMap<>();
            BigInteger next = null;
            List<InventoryItem> items = new ArrayList<>(edited.inventory().size());
            List<EquipmentItem> worn = new ArrayList<>(edited.equipment().size());
            for (InventoryItem i : edited.inventory()) {
                BigInteger guid = i.itemGuid();
                if (!own.contains(guid) && (taken.contains(guid) || !seen.add(guid))) {
                    next = next == null ? largest(connection).max(max(fresh)).add(BigInteger.ONE) : next;
                    reassigned.put(guid, next);
                    i = new InventoryItem(i.botGuid(), i.bag(), i.slot(), i.itemId(), next, i.stackCount(),
                            i.enchantments(), i.durability(), i.lastUpdated());
                    next = next.add(BigInteger.ONE);
                }
                items.add(i);
            }
            for (EquipmentItem e : edited.equipment()) {
                BigInteger guid = e.itemGuid();
                if (!own.contains(guid) && (taken.contains(guid) || !seen.add(guid))) {
                    next = next == null ? largest(connection).max(max(fresh)).add(BigInteger.ONE) : next;
                    reassigned.put(guid, next);
                    e = new EquipmentItem(e.botGuid(), e.slot(), e.itemId(), next, e.enchantments(), e.gems(),
                            e.durability(), e.lastUpdated());
                    next = next.add(BigInteger.ONE);
                }
                worn.add(e);
            }
            return reassigned.isEmpty() ? new Assigned(edited, Map.of())
                    : new Assigned(edited.withInventory(items).withEquipment(worn), reassigned);
        } catch (SQLException e) {
            throw Failures.translate(e, "checking the new items' guids of bot " + current.guid());
        }
    }

    private static BigInteger max(List<BigInteger> guids) {
        return guids.stream().max(BigInteger::compareTo).orElse(BigInteger.ZERO);
    }

    /** Which of {@code guids} another bot's row or {@code item_instance} already holds. */
    private static Set<BigInteger> taken(Connection connection, BigInteger bot, List<BigInteger> guids)
            throws SQLException {
        String in = guids.stream().map(g -> "?").collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT item_guid FROM playerbot_inventory WHERE bot_guid <> ? AND"
                + " item_guid IN (" + in + ") UNION SELECT item_guid FROM playerbot_equipment WHERE bot_guid <> ?"
                + " AND item_guid IN (" + in + ")");
        boolean instances = hasItemInstance(connection);
        if (instances) {
            sql.append(" UNION SELECT guid FROM item_instance WHERE guid IN (").append(in).append(")");
        }
        Set<BigInteger> out = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (int part = 0; part < (instances ? 3 : 2); part++) {
                if (part < 2) {
                    statement.setBigDecimal(p++, new BigDecimal(bot));
                }
                for (BigInteger g : guids) {
                    statement.setBigDecimal(p++, new BigDecimal(g));
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getBigDecimal(1).toBigIntegerExact());
                }
            }
        }
        return out;
    }

    /** The largest item guid in the realm, 0 when there is none. */
    private static BigInteger largest(Connection connection) throws SQLException {
        String sql = "SELECT GREATEST(COALESCE((SELECT MAX(item_guid) FROM playerbot_inventory), 0),"
                + " COALESCE((SELECT MAX(item_guid) FROM playerbot_equipment), 0)"
                + (hasItemInstance(connection) ? ", COALESCE((SELECT MAX(guid) FROM item_instance), 0)" : "") + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1).toBigIntegerExact();
        }
    }

    private static boolean hasItemInstance(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'item_instance'");
                ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
