package pbi.dao.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of work once more when its connection turned out to be dead before anything was committed: after a
 * server restart the pool may hand out a connection it used less than half a second ago without checking it. A
 * failed unit was rolled back whole by the server when its connection died, so running it again is safe. A commit
 * whose answer was lost is never retried: it throws {@link CommitOutcomeUnknown} instead.
 */
public final class Retry {

    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

    private Retry() {
    }

    /** A commit was sent and its answer never came: the unit may or may not be in the database. */
    public static final class CommitOutcomeUnknown extends RuntimeException {
        public CommitOutcomeUnknown(Throwable cause) {
            super("The connection was lost during the commit", cause);
        }
    }

    public static <T> T once(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (e instanceof CommitOutcomeUnknown || !connectionLost(e)) {
                throw e;
            }
            LOG.info("The connection was lost before anything was committed; trying once more", e);
            try {
                return work.get();
            } catch (RuntimeException again) {
                // What the user needs to hear is what happened first: the connection was lost.
                e.addSuppressed(again);
                throw e;
            }
        }
    }

    /** True when a statement's answer never came: a broken connection, or a socket that timed out waiting. */
    public static boolean answerLost(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return connectionLost(failure);
    }

    /** True when the failure is a dead or broken connection rather than something the statement did. */
    public static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DatabaseException) {
                return false;
            }
            if (t instanceof SQLRecoverableException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getSimpleName().contains("CommunicationsException")) {
                return !(t.getCause() instanceof java.net.SocketTimeoutException);
            }
        }
        return false;
    }
}
