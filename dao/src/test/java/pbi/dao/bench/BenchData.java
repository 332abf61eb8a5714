package pbi.dao.bench;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.db.Database;
import pbi.dao.domain.ZoneCount;

/** The benchmark's plain-SQL helpers: guids, counts, emptying the import's database. */
final class BenchData {

    private BenchData() {
    }

    static BigInteger guidAt(Database db, ZoneCount zone, long offset) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT bot_guid FROM playerbot_state"
                        + " WHERE map_id = ? AND zone_id = ? ORDER BY bot_guid LIMIT 1 OFFSET ?")) {
            q.setLong(1, zone.mapId());
            q.setLong(2, zone.zoneId());
            q.setLong(3, offset);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getObject(1, BigInteger.class);
            }
        }
    }

    static void empty(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE playerbot_inventory");
            s.execute("TRUNCATE TABLE playerbot_equipment");
            s.execute("TRUNCATE TABLE playerbot_state");
        }
    }

    static BigInteger[] guids(Database db) throws SQLException {
        List<BigInteger> guids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT bot_guid FROM playerbot_state ORDER BY bot_guid")) {
            while (r.next()) {
                guids.add(r.getObject(1, BigInteger.class));
            }
        }
        return guids.toArray(BigInteger[]::new);
    }

    static long count(Database db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long bytes(String size) {
        String s = size.trim().toUpperCase();
        long unit = s.endsWith("G") ? 1L << 30 : s.endsWith("M") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

}
