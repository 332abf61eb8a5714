package pbi.dao.audit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;

/**
 * The audit on the server, in {@code playerbot_inspector_audit}, where every GM's tool writes it. The game server's
 * database is not ours: the table is made only by {@link #create}, which the window and the command line call only
 * after the user said yes. Each row holds the record's JSON and the columns a filter needs.
 */
public final class AuditTable {

    public static final String NAME = "playerbot_inspector_audit";

    /** Valid on MySQL 8 and MariaDB; UTC times in DATETIME(3), the full record as text. */
    static final String CREATE = "CREATE TABLE IF NOT EXISTS " + NAME + " ("
            + " id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,"
            + " recorded_at DATETIME(3) NOT NULL COMMENT 'UTC',"
            + " os_user VARCHAR(255) NOT NULL,"
            + " db_user VARCHAR(255) NOT NULL,"
            + " action VARCHAR(64) NOT NULL,"
            + " bot_guid BIGINT UNSIGNED NOT NULL,"
            + " tool_version VARCHAR(64) NOT NULL,"
            + " record MEDIUMTEXT NOT NULL,"
            + " PRIMARY KEY (id),"
            + " KEY idx_audit_bot_time (bot_guid, recorded_at),"
            + " KEY idx_audit_time (recorded_at)"
            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
            + " COMMENT='Playerbot Inspector: who changed which bot, before and after'";

    private AuditTable() {
    }

    public static boolean exists(Database database) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            s.setString(1, NAME);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw Failures.translate(e, "looking for the " + NAME + " table");
        }
    }

    /** Creates the table if it is not there. Call only after the user agreed. */
    public static void create(Database database) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(CREATE);
        } catch (SQLException e) {
            throw Failures.translate(e, "creating the " + NAME + " table");
        }
    }

    static void insert(Database database, AuditRecord record) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO " + NAME + " (recorded_at, os_user, db_user,"
                     + " action, bot_guid, tool_version, record) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, LocalDateTime.ofInstant(record.time(), ZoneOffset.UTC));
            s.setString(2, clip(record.osUser()));
            s.setString(3, clip(record.dbUser()));
            s.setString(4, clip(record.action()));
            s.setBigDecimal(5, new BigDecimal(record.bot()));
            s.setString(6, clip(record.version()));
            s.setString(7, record.toJson());
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** The newest {@code query.limit()} matching records on the server, oldest first. */
    public static List<AuditRecord> read(Database database, AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT record FROM " + NAME + " WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query.bot() != null) {
            sql.append(" AND bot_guid = ?");
            values.add(new BigDecimal(query.bot()));
        }
        if (query.since() != null) {
            sql.append(" AND recorded_at >= ?");
            values.add(LocalDateTime.ofInstant(query.since(), ZoneOffset.UTC));
        }
        if (query.user() != null) {
            sql.append(" AND (os_user = ? OR db_user = ?)");
            values.add(query.user());
            values.add(query.user());
        }
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT ?");
        values.add(query.limit());
        List<AuditRecord> out = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    try {
                        out.add(AuditRecord.parse(r.getString(1)));
                    } catch (IllegalArgumentException e) {
                        // A row someone edited by hand: the rest still show.
                    }
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e, "reading the " + NAME + " table");
        }
        Collections.reverse(out);
        return out;
    }

    private static String clip(String value) {
        String v = value == null ? "" : value;
        return v.length() <= 64 ? v : v.substring(0, 64);
    }
}
