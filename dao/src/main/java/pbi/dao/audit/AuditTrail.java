package pbi.dao.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.db.WriteListener;

/**
 * Turns each committed write on a {@link Database} into an {@link AuditRecord}: appended to the local log, and
 * inserted into the server's table when that exists. Both happen right after the commit, not inside the write's
 * transaction, so that an audit that cannot be written (a full disk, a dropped table, no INSERT grant) never undoes
 * or blocks the user's edit; such a failure is logged and handed to {@code onFailure}.
 */
public final class AuditTrail implements WriteListener {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final Pattern HOST_PORT_DB = Pattern.compile("^jdbc:[a-z]+://(?:[^@/?]*@)?([^/?]*)/?([^?;]*)");

    private final AuditLog log;
    private final Database database;
    private final String osUser;
    private final String version;
    private final Consumer<String> onFailure;
    /** Whether the server has the table; looked up on the first write, and set when {@link #createServerTable}. */
    private volatile Boolean serverTable;
    /** Whether the last record failed: a run of failures (an import onto a full disk) is reported once. */
    private volatile boolean failing;

    public AuditTrail(AuditLog log, Database database, String version, Consumer<String> onFailure) {
        this.log = log;
        this.database = database;
        this.osUser = System.getProperty("user.name", "unknown");
        this.version = version;
        this.onFailure = onFailure;
    }

    /** Starts recording every write made through {@code database}; returns the trail. */
    public static AuditTrail attach(AuditLog log, Database database, String version, Consumer<String> onFailure) {
        AuditTrail trail = new AuditTrail(log, database, version, onFailure);
        database.listenWrites(trail);
        return trail;
    }

    public AuditLog log() {
        return log;
    }

    @Override
    public void committed(Written w) {
        AuditChanges.Listed listed = "import".equals(w.action()) && w.before() == null && w.after() != null
                ? AuditChanges.imported(w.after()) : AuditChanges.between(w.before(), w.after());
        AuditRecord record = record(w, listed, Instant.now());
        boolean ok = true;
        try {
            log.append(record);
        } catch (IOException | RuntimeException e) {
            fail("Bot " + w.bot() + " was written, but its audit record could not be added to "
                    + log.fileFor(record) + ": " + e.getMessage(), e);
            ok = false;
        }
        if (hasServerTable()) {
            try {
                AuditTable.insert(database, record);
            } catch (SQLException | RuntimeException e) {
                fail("Bot " + w.bot() + " was written, but its audit record could not be added to the server's "
                        + AuditTable.NAME + " table: " + e.getMessage(), e);
                ok = false;
            }
        }
        failing = !ok;
    }

    AuditRecord record(Written w, AuditChanges.Listed listed, Instant now) {
        ConnectionSettings settings = database.settings();
        Matcher m = HOST_PORT_DB.matcher(settings.jdbcUrl());
        boolean found = m.find();
        String server = found ? m.group(1) : "";
        String name = found && !m.group(2).isEmpty() ? m.group(2) : settings.name();
        return new AuditRecord(now, osUser, settings.user() == null ? "" : settings.user(), server, name,
                w.action(), w.bot(), listed.changes(), listed.more(), w.note(), version);
    }

    /** Whether records also go to the server (asked of the server once per connection). */
    public boolean hasServerTable() {
        Boolean known = serverTable;
        if (known == null) {
            try {
                known = AuditTable.exists(database);
            } catch (RuntimeException e) {
                LOG.warn("Cannot tell whether {} has the audit table", database.name(), e);
                return false;
            }
            serverTable = known;
        }
        return known;
    }

    /** The newest records in the server's table that match; see {@link AuditTable#read}. */
    public java.util.List<AuditRecord> readServer(AuditQuery query) {
        return AuditTable.read(database, query);
    }

    /** The connection's name, for messages. */
    public String databaseName() {
        return database.name();
    }

    /** Creates the server's table (the user said yes); from now on records go there too. */
    public void createServerTable() {
        AuditTable.create(database);
        serverTable = true;
    }

    private void fail(String message, Exception e) {
        LOG.error(message, e);
        if (failing) {
            return;
        }
        try {
            onFailure.accept(message);
        } catch (RuntimeException ignored) {
            // The message is in the log; the write stays done.
        }
    }
}
