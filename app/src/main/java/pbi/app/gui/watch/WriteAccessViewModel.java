package pbi.app.gui.watch;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Grants;

/**
 * Whether the window may write, and if not, why: the user asked for read-only ({@code --read-only}, a read-only
 * profile), or the account lacks the write grants on the playerbot tables. Checked again at every connection.
 */
public final class WriteAccessViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WriteAccessViewModel.class);

    private final TaskRunner runner;
    private final boolean forced;
    private final StringProperty reason = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();
    private Object checking;

    /** @param forced the window was opened with {@code --read-only}: read-only whatever it connects to */
    public WriteAccessViewModel(TaskRunner runner, boolean forced) {
        this.runner = runner;
        this.forced = forced;
    }

    /**
     * Decides for a new connection; the grants are read off the UI thread, and only when the user did not already
     * ask for read-only.
     *
     * @param grants reads the account's grants (blocking)
     */
    public void check(ConnectionSettings settings, Supplier<Grants.Access> grants) {
        Object session = new Object();
        checking = session;
        note.set(null);
        if (forced) {
            reason.set("read-only: the window was opened with --read-only");
            return;
        }
        if (settings != null && settings.readOnly()) {
            reason.set("read-only: profile " + settings.name() + " is read-only");
            return;
        }
        reason.set(null);
        runner.run("Checking the account's grants…", grants::get, access -> {
            if (checking != session) {
                return;
            }
            switch (access.verdict()) {
                case READ_ONLY -> reason.set("read-only: " + access.reason());
                case UNKNOWN -> {
                    // Unsure is writable: the server still refuses what the account may not do.
                    LOG.info("Write access not known: {}", access.reason());
                    note.set(access.reason());
                }
                default -> { }
            }
        }, e -> LOG.warn("Reading the grants failed; the window stays writable", e));
    }

    /** Why the window is read-only ("read-only: account pbi_ro has no UPDATE grant on …"), or null. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    /** When the grants could not be read for sure, why (the window stays writable); else null. */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }
}
