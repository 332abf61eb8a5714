package pbi.dao.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import pbi.dao.domain.SafeText;

/** Turns driver and pool exceptions into {@link DatabaseException}s whose messages a user can act on. */
public final class Failures {

    private Failures() {
    }

    /**
     * @param doing what the tool was doing, as a phrase: "saving bot 42"
     */
    public static DatabaseException translate(Throwable failure, String doing) {
        if (failure instanceof DatabaseException known) {
            return known;
        }
        SQLException sql = findSql(failure);
        if (sql == null) {
            String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
                    : SafeText.escape(Redact.text(failure.getMessage()));
            DatabaseException tls = TlsFailures.translate(failure, null, doing);
            if (tls != null) {
                return tls;
            }
            return new DatabaseException(DatabaseException.Kind.OTHER, "Failed while " + doing + ": " + detail,
                    failure);
        }
        int code = sql.getErrorCode();
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = SafeText.escape(Redact.text(firstLine(sql.getMessage())));
        DatabaseException tls = TlsFailures.translate(failure, sql, doing);
        if (tls != null) {
            return tls;
        }
        if (code == 1045 || code == 1044 || state.startsWith("28")) {
            return new DatabaseException(DatabaseException.Kind.AUTHENTICATION,
                    "The server refused the login while " + doing + ": wrong user name or password, or no access"
                            + " to this database (" + detail + ")", failure);
        }
        if (code == 1049) {
            return new DatabaseException(DatabaseException.Kind.MISSING_SCHEMA,
                    "The database does not exist (" + detail + ")", failure);
        }
        if (code == 1146) {
            return new DatabaseException(DatabaseException.Kind.MISSING_SCHEMA,
                    "A table is missing while " + doing + ": " + detail
                            + ". Is this the characters database that holds the playerbot tables?", failure);
        }
        if (code == 1205) {
            return new DatabaseException(DatabaseException.Kind.LOCK_TIMEOUT,
                    "Lock wait timed out while " + doing + ": another session kept this bot's rows locked longer"
                            + " than the server waits. Nothing was written; try again.", failure);
        }
        if (code == 1213) {
            return new DatabaseException(DatabaseException.Kind.LOCK_TIMEOUT,
                    "A deadlock with another session stopped " + doing + ". Nothing was written; try again.", failure);
        }
        if (code == 1264 || code == 1406 || state.equals("22003") || state.equals("22001")) {
            return new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "A value does not fit its column while " + doing + ". Nothing was written. (" + detail + ")",
                    failure);
        }
        if (code == 1062 || code == 1048 || state.startsWith("23")) {
            return new DatabaseException(DatabaseException.Kind.CONSTRAINT,
                    "The database rejected a row while " + doing + ". Nothing was written. (" + detail + ")",
                    failure);
        }
        if (has(failure, java.net.SocketTimeoutException.class)) {
            return new DatabaseException(DatabaseException.Kind.LOCK_TIMEOUT,
                    "The server did not answer in time while " + doing + ": most likely a lock wait, another"
                            + " session holding this bot's rows locked. Nothing was written; try again.", failure);
        }
        if (lost(failure, sql)) {
            return new DatabaseException(DatabaseException.Kind.CONNECTION,
                    "The connection to the server was lost while " + doing + " (the server stopped, restarted or"
                            + " dropped it). Nothing was written; try again once it is back.", failure);
        }
        if (state.startsWith("08") || sql instanceof SQLTransientConnectionException
                || detail.contains("Communications link failure")) {
            return new DatabaseException(DatabaseException.Kind.CONNECTION,
                    "Cannot reach the database server while " + doing + ". Check that it is running and reachable."
                            + " Nothing was written. (" + detail + ")", failure);
        }
        return new DatabaseException(DatabaseException.Kind.OTHER,
                "The database reported an error while " + doing + ". Nothing was written. (" + detail + ")", failure);
    }

    /**
     * An established connection that broke (end of stream, reset, closed under the statement), as opposed to a
     * server that cannot be reached at all (refused, unknown host, the pool's wait for a connection ran out).
     */
    private static boolean lost(Throwable failure, SQLException sql) {
        if (has(failure, java.net.ConnectException.class) || has(failure, java.net.UnknownHostException.class)
                || has(failure, java.net.NoRouteToHostException.class)
                || sql instanceof SQLTransientConnectionException) {
            return false;
        }
        if (has(failure, java.io.EOFException.class) || has(failure, java.net.SocketException.class)) {
            return true;
        }
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.startsWith("No operations allowed after")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SQLException findSql(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
                // The pool wraps the real connect failure; prefer the innermost SQL exception that says more.
                if (!(sql instanceof SQLTransientConnectionException) || sql.getCause() == null) {
                    return sql;
                }
            }
        }
        return found;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
