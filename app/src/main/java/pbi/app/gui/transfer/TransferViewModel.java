package pbi.app.gui.transfer;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.history.HistoryEntry;
import pbi.dao.history.HistoryStore;
import pbi.dao.json.BotExporter;
import pbi.dao.json.BotImporter;
import pbi.dao.json.BotJson;
import pbi.dao.json.BotPlan;
import pbi.dao.json.ExportFormat;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ExportSelection;
import pbi.dao.json.ExportSource;
import pbi.dao.json.ImportCheck;
import pbi.dao.world.ItemCatalog;

/**
 * Export, import, "Copy as JSON" and history for the window. Work runs on the task runner; progress and the
 * running state are properties the progress dialog binds to. No controls here.
 */
public final class TransferViewModel {

    /** What export, import and history need from the rest of the window. */
    public interface Host {
        /** The open connection, or null. */
        Database database();

        /** The bot open in the editor, or null. */
        BotSnapshot openBot();

        /** Puts an earlier version of the open bot into the editor as unsaved edits; false when it cannot. */
        boolean restore(BotSnapshot version);

        /** Called after an import wrote bots, so the window shows them. */
        void imported();

        /** The session's items (read or not yet), for the import's item warnings; null without world data. */
        default ItemCatalog items() {
            return null;
        }
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Limits limits;
    private final HistoryStore history;
    private final Host host;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancel = new AtomicBoolean();

    private java.util.function.Consumer<HistoryEntry> compareHook;

    /** What "Compare with current" in the history dialog does; without one the dialog does not offer it. */
    public void setCompareHook(java.util.function.Consumer<HistoryEntry> hook) {
        this.compareHook = hook;
    }

    /** The hook set by {@link #setCompareHook}, or null. */
    public java.util.function.Consumer<HistoryEntry> compareHook() {
        return compareHook;
    }

    public TransferViewModel(TaskRunner runner, DialogService dialogs, Limits limits, HistoryStore history,
            Host host) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.limits = limits;
        this.history = history;
        this.host = host;
    }

    /**
     * A review of an import file: what the first bots would become (up to {@link #PLANS_LISTED} bots or
     * {@link #DIFFERENCES_LISTED} changed fields, so that a realm-sized file still opens a readable dialog at once),
     * how many more there are, and the check's problems.
     */
    public record Review(ImportCheck check, List<BotPlan> plans, int plansNotListed) {

        static final int PLANS_LISTED = 1_000;
        static final int DIFFERENCES_LISTED = 20_000;
    }

    /** Keeps the first plans of a check, within the review's limits, and counts the rest. */
    private static final class ListedPlans implements Consumer<BotPlan> {
        final List<BotPlan> listed = new ArrayList<>();
        int differences;
        int notListed;

        @Override
        public void accept(BotPlan plan) {
            if (notListed == 0 && listed.size() < Review.PLANS_LISTED
                    && differences + plan.differences().size() <= Review.DIFFERENCES_LISTED) {
                listed.add(plan);
                differences += plan.differences().size();
            } else {
                notListed++;
            }
        }
    }

    // ---- export ---------------------------------------------------------------------------------------------

    public BotSnapshot selectedBot() {
        return host.openBot();
    }

    /** Writes the selection to {@code file} (through a temporary file); {@code done} gets the number of bots. */
    public void export(ExportSelection selection, Path file, Consumer<Long> done) {
        Database database = host.database();
        if (database == null) {
            dialogs.showError("Export", "Not connected to a database.");
            return;
        }
        ExportFormat format = selection instanceof ExportSelection.Bots bots && bots.guids().size() == 1
                ? ExportFormat.PRETTY : file.toString().endsWith(".jsonl") ? ExportFormat.JSON_LINES
                : ExportFormat.JSON_ARRAY;
        start("Exporting…");
        runner.run("Exporting bots to " + file.getFileName() + "…", () -> {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try {
                BotExporter.Result result;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    result = new BotExporter(database.reads()).export(selection, out, format, tracker("Exported"));
                }
                if (!result.cancelled()) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return result;
            } finally {
                Files.deleteIfExists(partial);
            }
        }, result -> {
            running.set(false);
            if (result.cancelled()) {
                dialogs.notifySuccess("Export cancelled; " + file.getFileName() + " was not written");
            } else {
                dialogs.notifySuccess("Exported " + result.bots() + (result.bots() == 1 ? " bot" : " bots")
                        + " to " + file);
                done.accept(result.bots());
            }
        }, failure("Export failed", "Nothing was written to " + file + "."));
    }

    /** The bot as one pretty-printed document, for the clipboard. */
    public String copyAsJson(BotSnapshot bot) {
        Database database = host.database();
        return BotJson.toJson(bot, database == null ? null : ExportSource.of(database.settings()));
    }

    // ---- import ---------------------------------------------------------------------------------------------

    /** Checks the whole file against the database, writing nothing; {@code reviewed} then shows the result. */
    public void checkImport(Path file, Consumer<Review> reviewed) {
        Database database = host.database();
        if (database == null) {
            dialogs.showError("Import", "Not connected to a database.");
            return;
        }
        ItemCatalog items = host.items();
        start("Checking " + file.getFileName() + "…");
        runner.run("Checking " + file.getFileName() + "…", () -> {
            ListedPlans plans = new ListedPlans();
            // The same warnings as the command line's import: the items are read here if no bot needed them yet.
            ImportCheck check = new BotImporter(database, limits, items == null ? null : items.load())
                    .check(file, plans, tracker("Checked"));
            return new Review(check, plans.listed, plans.notListed);
        }, review -> {
            running.set(false);
            reviewed.accept(review);
        }, failure("Import check failed", "Nothing was written."));
    }

    /** Writes a reviewed file: each bot whole or not at all. */
    public void applyImport(ImportCheck check, Runnable done) {
        Database database = host.database();
        start("Importing…");
        runner.run("Importing " + check.file().getFileName() + "…",
                () -> new BotImporter(database, limits).apply(check, tracker("Imported")),
                result -> {
                    running.set(false);
                    dialogs.notifySuccess((result.cancelled() ? "Import cancelled after " : "Imported ")
                            + result.written() + (result.written() == 1 ? " bot" : " bots"));
                    host.imported();
                    done.run();
                }, failure("Import failed", "Bots written before the failure stay written; the rest were not."));
    }

    // ---- history --------------------------------------------------------------------------------------------

    public List<HistoryEntry> historyOf(BigInteger guid) {
        return history.list(guid);
    }

    public BotSnapshot read(HistoryEntry entry) {
        return history.read(entry);
    }

    /**
     * Puts an earlier version into the editor as unsaved edits of the open bot. Saving it is an ordinary save,
     * with its review and conflict check.
     *
     * @return false when the entry is not of the bot that is open
     */
    public boolean restore(HistoryEntry entry) {
        BotSnapshot open = host.openBot();
        if (open == null || !open.guid().equals(entry.botGuid())) {
            return false;
        }
        return host.restore(history.read(entry));
    }

    // ---- progress -------------------------------------------------------------------------------------------

    public void cancel() {
        cancel.set(true);
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public Limits limits() {
        return limits;
    }

    private void start(String text) {
        cancel.set(false);
        progress.set(-1);
        progressText.set(text);
        running.set(true);
    }

    private ExportProgress tracker(String verb) {
        return new ExportProgress() {
            @Override
            public void progress(long done, long total) {
                runner.onUi(() -> {
                    progress.set(total > 0 ? (double) done / total : -1);
                    progressText.set(verb + " " + done + (total >= 0 ? " of " + total : "") + " bots");
                });
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    private Consumer<Throwable> failure(String title, String consequence) {
        return e -> {
            running.set(false);
            dialogs.showError(title, consequence + "\n\n" + Messages.of(e));
        };
    }
}
