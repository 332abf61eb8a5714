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
                    "Another session kept this bot's rows locked too long while " + doing
                            + ". Nothing was written; try again.", failure);
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
        if (state.startsWith("08") || sql instanceof SQLTransientConnectionException
                || detail.contains("Communications link failure")) {
            return new DatabaseException(DatabaseException.Kind.CONNECTION,
                    "Cannot reach the database server while " + doing + ". Check that it is running and reachable."
                            + " Nothing was written. (" + detail + ")", failure);
        }
        return new DatabaseException(DatabaseException.Kind.OTHER,
                "The database reported an error while " + doing + ". Nothing was written. (" + detail + ")", failure);
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
