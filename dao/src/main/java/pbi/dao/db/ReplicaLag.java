package pbi.dao.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import pbi.dao.domain.SafeText;

/**
 * How far a read replica is behind its primary, as the replica itself reports it ({@code SHOW REPLICA STATUS}).
 *
 * @param kind what could be learnt
 * @param seconds the lag when {@code kind} is {@link Kind#BEHIND}, else null
 * @param detail why the lag is unknown, in user terms; empty when it is known
 */
public record ReplicaLag(Kind kind, Long seconds, String detail) {

    /** What the replica said. */
    public enum Kind {
        /** No read replica is set: everything reads from the primary. */
        NONE,
        /** Replicating; {@code seconds} behind. */
        BEHIND,
        /** Seconds_Behind_Master is NULL: a replication thread is stopped or broken, so the data ages freely. */
        STOPPED,
        /** The read server has no replication status: not a replica (or a Galera/cluster node). */
        NOT_A_REPLICA,
        /** The user may not read the replication status. */
        NO_PRIVILEGE,
        /** The replica did not answer. */
        UNREACHABLE
    }

    /** MySQL and MariaDB's access-denied errors for a missing global privilege. */
    private static final int SPECIFIC_ACCESS_DENIED = 1227;
    private static final int ACCESS_DENIED = 1045;

    /** A source of connections to the replica. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    public ReplicaLag {
        detail = detail == null ? "" : detail;
    }

    public static ReplicaLag none() {
        return new ReplicaLag(Kind.NONE, null, "");
    }

    public static ReplicaLag behind(long seconds) {
        return new ReplicaLag(Kind.BEHIND, seconds, "");
    }

    /**
     * Reads the lag on the replica. MySQL 8.0.22+ and MariaDB 10.5.1+ know {@code SHOW REPLICA STATUS}; older
     * servers only {@code SHOW SLAVE STATUS}, which is tried when the first is a syntax error.
     */
    public static ReplicaLag read(Connector replica) {
        try (Connection connection = replica.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SHOW REPLICA STATUS")) {
                return fromStatus(firstRow(rows));
            } catch (SQLException e) {
                if (e.getErrorCode() != 1064) {
                    throw e;
                }
            }
            try (ResultSet rows = statement.executeQuery("SHOW SLAVE STATUS")) {
                return fromStatus(firstRow(rows));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == SPECIFIC_ACCESS_DENIED) {
                return new ReplicaLag(Kind.NO_PRIVILEGE, null, "the read user may not run SHOW REPLICA STATUS"
                        + " (it needs REPLICA MONITOR on MariaDB, REPLICATION CLIENT on MySQL)");
            }
            String why = e.getErrorCode() == ACCESS_DENIED ? "the replica refused the login"
                    : SafeText.value(Redact.text(firstLine(e.getMessage())));
            return new ReplicaLag(Kind.UNREACHABLE, null, why);
        } catch (RuntimeException e) {
            return new ReplicaLag(Kind.UNREACHABLE, null, SafeText.value(Redact.text(firstLine(e.getMessage()))));
        }
    }

    /**
     * The lag in one row of {@code SHOW REPLICA STATUS}, keyed by column name in any case: MariaDB's
     * {@code Seconds_Behind_Master} and {@code Slave_*_Running}, or MySQL 8.0.22+'s {@code Seconds_Behind_Source}
     * and {@code Replica_*_Running}. No row: the server is not a replica.
     */
    public static ReplicaLag fromStatus(Map<String, String> row) {
        if (row == null || row.isEmpty()) {
            return new ReplicaLag(Kind.NOT_A_REPLICA, null, "the read server reports no replication");
        }
        Map<String, String> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        String seconds = either(lower, "seconds_behind_master", "seconds_behind_source");
        if (seconds != null && !seconds.isBlank()) {
            try {
                return behind(Long.parseLong(seconds.strip()));
            } catch (NumberFormatException e) {
                return new ReplicaLag(Kind.STOPPED, null, "unreadable lag " + SafeText.value(seconds));
            }
        }
        String io = either(lower, "slave_io_running", "replica_io_running");
        String sql = either(lower, "slave_sql_running", "replica_sql_running");
        StringBuilder why = new StringBuilder("replication stopped");
        if (!"Yes".equalsIgnoreCase(sql)) {
            why.append(", the SQL thread is not running");
            appendError(why, either(lower, "last_sql_error", "last_sql_error"));
        }
        if (!"Yes".equalsIgnoreCase(io)) {
            why.append(", the IO thread is ").append(io == null ? "not running" : describeIo(io));
            appendError(why, either(lower, "last_io_error", "last_io_error"));
        }
        return new ReplicaLag(Kind.STOPPED, null, why.toString());
    }

    /**
     * True when reads from the replica should not be trusted without a warning: more than {@code limitSeconds}
     * behind, replication stopped, or the replica unreachable.
     */
    public boolean over(long limitSeconds) {
        return switch (kind) {
            case BEHIND -> seconds > limitSeconds;
            case STOPPED, UNREACHABLE -> true;
            case NONE, NOT_A_REPLICA, NO_PRIVILEGE -> false;
        };
    }

    /** For the status bar: "replica lag 2 s", or why it is unknown; empty without a replica. */
    public String describe() {
        return switch (kind) {
            case NONE -> "";
            case BEHIND -> "replica lag " + seconds + " s";
            case STOPPED -> "replica lag unknown: " + detail;
            case NOT_A_REPLICA, NO_PRIVILEGE -> "replica lag unknown: " + detail;
            case UNREACHABLE -> "replica unreachable: " + detail;
        };
    }

    /** One line for the command line's standard error, or null when the lag is within the limit. */
    public String warning(long limitSeconds) {
        if (!over(limitSeconds)) {
            return null;
        }
        String what = kind == Kind.BEHIND ? "the read replica is " + seconds + " s behind the primary (limit "
                + limitSeconds + " s)" : "the read replica may be stale: " + describe();
        return "Warning: " + what + "; results may be out of date. Leave out --read-url (or the profile's read"
                + " replica) to read from the primary.";
    }

    private static void appendError(StringBuilder why, String error) {
        if (error != null && !error.isBlank()) {
            why.append(" (").append(SafeText.value(Redact.text(firstLine(error)))).append(')');
        }
    }

    private static String describeIo(String io) {
        return "Connecting".equalsIgnoreCase(io) ? "still connecting to the primary" : "not running";
    }

    private static String either(Map<String, String> row, String a, String b) {
        return row.containsKey(a) ? row.get(a) : row.get(b);
    }

    private static Map<String, String> firstRow(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Map.of();
        }
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, String> row = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String value = rows.getString(i);
            if (value != null) {
                row.put(meta.getColumnLabel(i), value);
            }
        }
        return row;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no message";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
