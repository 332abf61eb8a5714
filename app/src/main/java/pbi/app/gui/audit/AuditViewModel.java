package pbi.app.gui.audit;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.audit.AuditChange;
import pbi.dao.audit.AuditLog;
import pbi.dao.audit.AuditQuery;
import pbi.dao.audit.AuditRecord;
import pbi.dao.audit.AuditTable;
import pbi.dao.audit.AuditTrail;

/**
 * Tools → Audit: the records of this computer's audit, or of the server's table, filtered by bot, user and time;
 * the changes of the selected record; and, after the user agrees, the server table.
 */
public final class AuditViewModel {

    /** Where the records are read. */
    public enum Source {
        THIS_COMPUTER("This computer"), SERVER("The server's table");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AuditLog log;
    private final Supplier<AuditTrail> trail;
    private final StringProperty bot = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty since = new SimpleStringProperty("");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.THIS_COMPUTER);
    private final ObservableList<AuditRecord> records = FXCollections.observableArrayList();
    private final ObjectProperty<AuditRecord> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditChange> changes = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** @param trail the open connection's audit trail, or null while not connected */
    public AuditViewModel(TaskRunner runner, DialogService dialogs, AuditLog log, Supplier<AuditTrail> trail) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.log = log;
        this.trail = trail;
        selected.addListener((o, old, r) -> changes.setAll(r == null ? List.of() : r.changes()));
    }

    /** Reads the records the filters ask for; a filter that cannot be read is said in the status, nothing read. */
    public void refresh() {
        AuditQuery query;
        try {
            query = query(Instant.now());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        Source from = source.get();
        AuditTrail connected = trail.get();
        if (from == Source.SERVER && connected == null) {
            status.set("Not connected: connect to read the server's audit.");
            return;
        }
        busy.set(true);
        status.set("Reading the audit…");
        runner.run("Reading the audit…", () -> read(query, from, connected), found -> {
            busy.set(false);
            records.setAll(found.records());
            selected.set(null);
            status.set(found.records().size() + (found.records().size() == 1 ? " record" : " records")
                    + (found.records().size() == query.limit() ? " (the newest; narrow the filters)" : "")
                    + (found.damagedLines() > 0 ? "; " + found.damagedLines() + " damaged line(s) skipped" : ""));
        }, e -> {
            busy.set(false);
            status.set("Cannot read the audit: " + Messages.of(e));
        });
    }

    private AuditLog.Found read(AuditQuery query, Source from, AuditTrail connected) throws java.io.IOException {
        if (from == Source.THIS_COMPUTER) {
            return log.read(query);
        }
        if (!connected.hasServerTable()) {
            throw new IllegalStateException(connected.databaseName() + " has no " + AuditTable.NAME
                    + " table. Tools → Audit → \"Also keep the audit on the server…\" creates it.");
        }
        return new AuditLog.Found(connected.readServer(query), 0);
    }

    AuditQuery query(Instant now) {
        BigInteger guid = null;
        String b = bot.get() == null ? "" : bot.get().strip();
        if (!b.isEmpty()) {
            try {
                guid = new BigInteger(b);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bot: '" + b + "' is not a bot guid (a whole number).");
            }
        }
        String s = since.get() == null ? "" : since.get().strip();
        Instant from = null;
        if (!s.isEmpty()) {
            try {
                from = AuditQuery.parseTime(s, now);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Since: " + e.getMessage());
            }
        }
        String u = user.get() == null ? "" : user.get().strip();
        return new AuditQuery(guid, from, u.isEmpty() ? null : u, AuditQuery.DEFAULT_LIMIT);
    }

    /**
     * "Also keep the audit on the server…": the table goes into the game server's database, so only after the user
     * confirms.
     */
    public void keepOnServer() {
        AuditTrail connected = trail.get();
        if (connected == null) {
            dialogs.showWarning("Audit on the server", "Connect to a database first.");
            return;
        }
        runner.run("Looking for the audit table…", connected::hasServerTable, exists -> {
            if (exists) {
                dialogs.notifySuccess(connected.databaseName() + " already keeps the audit in " + AuditTable.NAME);
                return;
            }
            if (!dialogs.confirm("Also keep the audit on the server?", "This creates the table " + AuditTable.NAME
                    + " in " + connected.databaseName() + ", the game server's database, and from then on every"
                    + " write from this tool is recorded there as well as on this computer, so that every GM sees"
                    + " it. Nothing else on the server changes.", "Create the table")) {
                return;
            }
            runner.run("Creating " + AuditTable.NAME + "…", () -> {
                connected.createServerTable();
                return true;
            }, done -> dialogs.notifySuccess("Created " + AuditTable.NAME + "; writes are recorded there too"),
                    e -> dialogs.showError("Cannot create " + AuditTable.NAME, Messages.of(e)));
        }, e -> dialogs.showError("Cannot look for " + AuditTable.NAME, Messages.of(e)));
    }

    public StringProperty botProperty() {
        return bot;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty sinceProperty() {
        return since;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObservableList<AuditRecord> records() {
        return records;
    }

    public ObjectProperty<AuditRecord> selectedProperty() {
        return selected;
    }

    public ObservableList<AuditChange> changes() {
        return changes;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
