package pbi.dao.db;

/**
 * A database failure, with a message written for the person using the tool. The cause keeps the driver's details
 * for the log.
 */
public class DatabaseException extends RuntimeException {

    /** What kind of failure, so that callers can choose an exit code or a dialog. */
    public enum Kind {
        CONNECTION, AUTHENTICATION, MISSING_SCHEMA, LOCK_TIMEOUT, CONSTRAINT, OUT_OF_RANGE, CONFLICT, NOT_FOUND, OTHER
    }

    private final Kind kind;

    public DatabaseException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public DatabaseException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
