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
import pbi.app.gui.model.BotEditorViewModel;
import pbi.app.gui.model.BrowseViewModel.Scope;
import pbi.app.gui.model.MainViewModel;
import pbi.app.gui.model.Messages;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
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

/**
 * Export, import, "Copy as JSON" and history for the window. Work runs through the main view model's task runner;
 * progress and the running state are properties the progress dialog binds to. No controls here.
 */
public final class TransferViewModel {

    private final MainViewModel main;
    private final HistoryStore history;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancel = new AtomicBoolean();

    public TransferViewModel(MainViewModel main, HistoryStore history) {
        this.main = main;
        this.history = history;
    }

    /** Keeps the previous version of every bot saved from the window, so the save can be undone. */
    public void keepHistoryOnSave() {
        main.setBeforeSave(previous -> {
            if (previous != null) {
                history.write(previous, "before save");
            }
        });
    }

    /** A review of an import file: what each bot would become, plus the check's problems. */
    public record Review(ImportCheck check, List<BotPlan> plans) {
    }

    // ---- export ---------------------------------------------------------------------------------------------

    /** The selection for "Export zone…": the scope chosen in the tree, or null when it is not a map or zone. */
    public static ExportSelection selectionOf(Scope scope) {
        if (scope == null || scope.mapId() == null) {
            return null;
        }
        return new ExportSelection.Area(scope.mapId(), scope.zoneId());
    }

    public BotSnapshot selectedBot() {
        return main.editor().loadedProperty().get();
    }

    /** Writes the selection to {@code file} (through a temporary file); {@code done} gets the number of bots. */
    public void export(ExportSelection selection, Path file, Consumer<Long> done) {
        MainViewModel.Session session = main.sessionProperty().get();
        if (session == null) {
            main.dialogs().showError("Export", "Not connected to a database.");
            return;
        }
        ExportFormat format = selection instanceof ExportSelection.Bots bots && bots.guids().size() == 1
                ? ExportFormat.PRETTY : file.toString().endsWith(".jsonl") ? ExportFormat.JSON_LINES
                : ExportFormat.JSON_ARRAY;
        start("Exporting…");
        main.runner().run("Exporting bots to " + file.getFileName() + "…", () -> {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try {
                BotExporter.Result result;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    result = new BotExporter(session.database()).export(selection, out, format, tracker("Exported"));
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
                main.dialogs().notifySuccess("Export cancelled; " + file.getFileName() + " was not written");
            } else {
                main.dialogs().notifySuccess("Exported " + result.bots() + (result.bots() == 1 ? " bot" : " bots")
                        + " to " + file);
                done.accept(result.bots());
            }
        }, failure("Export failed", "Nothing was written to " + file + "."));
    }

    /** The bot as one pretty-printed document, for the clipboard. */
    public String copyAsJson(BotSnapshot bot) {
        MainViewModel.Session session = main.sessionProperty().get();
        return BotJson.toJson(bot, session == null ? null : ExportSource.of(session.database().settings()));
    }

    // ---- import ---------------------------------------------------------------------------------------------

    /** Checks the whole file against the database, writing nothing; {@code reviewed} then shows the result. */
    public void checkImport(Path file, Consumer<Review> reviewed) {
        MainViewModel.Session session = main.sessionProperty().get();
        if (session == null) {
            main.dialogs().showError("Import", "Not connected to a database.");
            return;
        }
        start("Checking " + file.getFileName() + "…");
        main.runner().run("Checking " + file.getFileName() + "…", () -> {
            List<BotPlan> plans = new ArrayList<>();
            ImportCheck check = new BotImporter(session.database(), main.editor().limits())
                    .check(file, plans::add, tracker("Checked"));
            return new Review(check, plans);
        }, review -> {
            running.set(false);
            reviewed.accept(review);
        }, failure("Import check failed", "Nothing was written."));
    }

    /** Writes a reviewed file: each bot in its own transaction. */
    public void applyImport(ImportCheck check, Runnable done) {
        MainViewModel.Session session = main.sessionProperty().get();
        start("Importing…");
        main.runner().run("Importing " + check.file().getFileName() + "…",
                () -> new BotImporter(session.database(), main.editor().limits()).apply(check, tracker("Imported")),
                result -> {
                    running.set(false);
                    main.dialogs().notifySuccess((result.cancelled() ? "Import cancelled after " : "Imported ")
                            + result.written() + (result.written() == 1 ? " bot" : " bots"));
                    main.browse().reload();
                    main.editor().refresh();
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
        BotEditorViewModel editor = main.editor();
        BotSnapshot open = editor.loadedProperty().get();
        if (open == null || !open.guid().equals(entry.botGuid())) {
            return false;
        }
        BotSnapshot version = history.read(entry);
        if (!editor.editableProperty().get() && !editor.allowEditingOnline()) {
            return false;
        }
        BotState s = version.state();
        editor.field("gold").set(Money.gold(s.goldCopper()).toString());
        editor.field("silver").set(Integer.toString(Money.silver(s.goldCopper())));
        editor.field("copper").set(Integer.toString(Money.copper(s.goldCopper())));
        editor.field("x").set(Float.toString(s.positionX()));
        editor.field("y").set(Float.toString(s.positionY()));
        editor.field("z").set(Float.toString(s.positionZ()));
        editor.field("orientation").set(Float.toString(s.orientation()));
        editor.field("map").set(Long.toString(s.mapId()));
        editor.field("zone").set(Long.toString(s.zoneId()));
        editor.field("health").set(Long.toString(s.health()));
        editor.field("mana").set(Long.toString(s.mana()));
        editor.field("level").set(Integer.toString(s.level()));
        editor.inventory().clear();
        version.inventory().forEach(i -> editor.inventory().put(i.key(), i));
        editor.equipment().clear();
        version.equipment().forEach(e -> editor.equipment().put(e.slot(), e));
        return true;
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
        return main.editor().limits();
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
                main.runner().onUi(() -> {
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
            main.dialogs().showError(title, consequence + "\n\n" + Messages.of(e));
        };
    }
}
