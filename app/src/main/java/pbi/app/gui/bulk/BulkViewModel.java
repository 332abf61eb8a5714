package pbi.app.gui.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.bulk.Bulk;
import pbi.dao.bulk.BulkEdit;
import pbi.dao.bulk.BulkEdits;
import pbi.dao.bulk.BulkPlan;
import pbi.dao.bulk.BulkReport;
import pbi.dao.bulk.BulkResult;
import pbi.dao.bulk.Selection;
import pbi.dao.db.Database;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.world.ItemCatalog;

/**
 * Tools → Bulk edit: choose bots (the browser's filter, a zone, a doctor rule's findings, or guids) and edits, run
 * the dry run, read every bot's changes and SQL, then apply them one bot per transaction with progress and Cancel.
 * Planning and writing are {@link Bulk}'s; this class holds the form and runs them off the FX thread.
 */
public final class BulkViewModel {

    /** How the bots are chosen. */
    public enum Choice { FILTER, ZONE, RULE, GUIDS }

    /** What the window needs of the rest of the application. */
    public interface Host {
        /** The open connection, or null. */
        Database database();

        /** The browser's current filter, or null while a filter box is invalid. */
        BotQuery currentFilter();

        /** The map and zone chosen in the tree ({@code [map, zone]}, zone may be null), or null when none. */
        Long[] currentZone();

        /** The session's items, or null without world data. */
        ItemCatalog items();

        /** Called on the UI thread after bots were written, so the window reads them again. */
        void written();
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Limits limits;
    private final Host host;
    private Consumer<BotSnapshot> beforeWrite = bot -> { };

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.ZONE);
    private final StringProperty map = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final ObjectProperty<Rule> rule = new SimpleObjectProperty<>(Rule.GOLD_OVER_CAP);
    private final StringProperty guids = new SimpleStringProperty("");
    private final BooleanProperty setGold = new SimpleBooleanProperty();
    private final StringProperty setGoldText = new SimpleStringProperty("");
    private final BooleanProperty capGold = new SimpleBooleanProperty();
    private final StringProperty capGoldText = new SimpleStringProperty("");
    private final BooleanProperty setLevel = new SimpleBooleanProperty();
    private final StringProperty setLevelText = new SimpleStringProperty("");
    private final BooleanProperty repair = new SimpleBooleanProperty();
    private final BooleanProperty teleport = new SimpleBooleanProperty();
    private final StringProperty teleportText = new SimpleStringProperty("");
    private final BooleanProperty removeItem = new SimpleBooleanProperty();
    private final StringProperty removeItemText = new SimpleStringProperty("");

    private final ObjectProperty<BulkPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<BulkResult> result = new SimpleObjectProperty<>();
    private final StringProperty report = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Choose the bots and the edits, then Dry run.");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty canApply = new SimpleBooleanProperty(false);
    /** Why nothing may be written ("Read-only: …"), or null; the dry run still works. */
    private final StringProperty readOnly = new SimpleStringProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** The plan last applied, for a report saved after the apply. */
    private BulkPlan lastApplied;

    public BulkViewModel(TaskRunner runner, DialogService dialogs, Limits limits, Host host) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.limits = limits;
        this.host = host;
        plan.addListener((o, a, b) -> updateCanApply());
        running.addListener((o, a, b) -> updateCanApply());
        readOnly.addListener((o, a, b) -> updateCanApply());
    }

    /** Receives each bot's version before it is replaced, inside its transaction: the history. */
    public void setBeforeWrite(Consumer<BotSnapshot> hook) {
        beforeWrite = hook == null ? bot -> { } : hook;
    }

    /** When the window opens: the zone chosen in the tree is the default selection. */
    public void opened() {
        Long[] current = host.currentZone();
        if (current != null && map.get().isBlank()) {
            map.set(String.valueOf(current[0]));
            zone.set(current[1] == null ? "" : String.valueOf(current[1]));
        }
    }

    /** Chooses the bots the doctor finds breaking {@code rule}, on the whole database. */
    public void chooseRule(Rule chosen) {
        choice.set(Choice.RULE);
        rule.set(chosen);
        map.set("");
        zone.set("");
    }

    /** Plans the edits on a background thread and shows every bot's changes and SQL. Writes nothing. */
    public void dryRun() {
        Database database = host.database();
        if (database == null) {
            status.set("Not connected to a database");
            return;
        }
        Selection selection;
        List<BulkEdit> edits;
        try {
            selection = selection();
            edits = edits();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        Bulk bulk = new Bulk(database, limits, host.items());
        start("Dry run…");
        runner.run("Planning the bulk edit…", () -> {
            List<String> problems = bulk.problems(edits);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.get(0));
            }
            return bulk.plan(selection, edits, (done, total) -> progress(done, total, "Read"), cancel::get);
        }, planned -> {
            running.set(false);
            plan.set(planned);
            result.set(null);
            report.set(BulkReport.text(planned));
            status.set("Dry run: " + planned.summary() + ". Nothing was written.");
        }, e -> {
            running.set(false);
            status.set(e instanceof IllegalArgumentException ? e.getMessage() : Messages.of(e));
        });
    }

    /** Applies the dry run's plan after a confirmation, one transaction per bot. */
    public void apply() {
        BulkPlan planned = plan.get();
        Database database = host.database();
        if (planned == null || database == null || running.get()) {
            return;
        }
        if (readOnly.get() != null) {
            status.set(readOnly.get());
            return;
        }
        int count = planned.toChange().size();
        if (!dialogs.confirm("Apply the bulk edit", "Write the changes of the dry run to " + count
                + (count == 1 ? " bot" : " bots") + ", one transaction each? A bot changed by someone else since"
                + " the dry run is left alone and reported. Each bot's previous version is kept in its history.",
                "Apply to " + count + (count == 1 ? " bot" : " bots"))) {
            return;
        }
        Bulk bulk = new Bulk(database, limits, host.items());
        start("Applying…");
        runner.run("Applying the bulk edit…", () -> bulk.apply(planned, beforeWrite, o -> { },
                (done, total) -> progress(done, total, "Wrote"), cancel::get), done -> {
                    running.set(false);
                    plan.set(null);
                    result.set(done);
                    report.set(BulkReport.text(planned) + "\n" + BulkReport.text(done));
                    status.set(done.summary() + ".");
                    lastApplied = planned;
                    host.written();
                }, e -> {
                    running.set(false);
                    status.set(Messages.of(e));
                    host.written();
                });
    }

    /** Stops the dry run or the apply between two bots. */
    public void cancel() {
        cancel.set(true);
    }

    /** Writes the report shown (the dry run, and the outcome after an apply) as text or, for .json, JSON. */
    public boolean saveReport(Path file) {
        BulkPlan shown = plan.get() != null ? plan.get() : lastApplied;
        if (shown == null) {
            status.set("Run the dry run first");
            return false;
        }
        boolean json = file.getFileName().toString().toLowerCase().endsWith(".json");
        String text = json ? BulkReport.json(shown, plan.get() != null ? null : result.get()) : report.get();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            status.set("Saved the report to " + file);
            return true;
        } catch (IOException e) {
            status.set("Cannot save the report to " + file + ": " + e.getMessage());
            return false;
        }
    }

    private void start(String what) {
        cancel.set(false);
        progress.set(-1);
        running.set(true);
        status.set(what);
    }

    private void progress(int done, int total, String verb) {
        runner.onUi(() -> {
            progress.set(total == 0 ? 1 : (double) done / total);
            status.set(verb + " " + done + " of " + total + " bots…");
        });
    }

    private void updateCanApply() {
        BulkPlan p = plan.get();
        canApply.set(p != null && !p.cancelled() && !p.toChange().isEmpty() && !running.get()
                && readOnly.get() == null);
    }

    /** The form's selection; IllegalArgumentException with a one-line reason when it is incomplete. */
    Selection selection() {
        return switch (choice.get()) {
            case FILTER -> {
                BotQuery query = host.currentFilter();
                if (query == null) {
                    throw new IllegalArgumentException("The browser's filter has an invalid box; fix it first");
                }
                yield new Selection.Filter(query);
            }
            case ZONE -> {
                Long m = BulkInput.id(map.get(), "Map", true);
                yield new Selection.Area(m, BulkInput.id(zone.get(), "Zone", false));
            }
            case RULE -> {
                if (rule.get() == null) {
                    throw new IllegalArgumentException("Choose a doctor rule");
                }
                yield new Selection.RuleFindings(rule.get(), BulkInput.id(map.get(), "Map", false),
                        map.get().isBlank() ? null : BulkInput.id(zone.get(), "Zone", false));
            }
            case GUIDS -> new Selection.Guids(BulkInput.guids(guids.get()));
        };
    }

    /** The checked edits; IllegalArgumentException with a one-line reason for a bad value. */
    List<BulkEdit> edits() {
        List<BulkEdit> out = new ArrayList<>();
        if (setGold.get() && capGold.get()) {
            throw new IllegalArgumentException("Set gold and cap gold exclude each other; choose one");
        }
        if (setGold.get()) {
            out.add(new BulkEdit.SetGold(BulkInput.gold(setGoldText.get(), "Gold to set")));
        }
        if (capGold.get()) {
            out.add(new BulkEdit.CapGold(BulkInput.gold(capGoldText.get(), "The gold cap")));
        }
        if (setLevel.get()) {
            try {
                out.add(new BulkEdit.SetLevel(Integer.parseInt(setLevelText.get().strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The level must be a whole number, such as 80");
            }
        }
        if (repair.get()) {
            out.add(new BulkEdit.RepairDurability());
        }
        if (teleport.get()) {
            out.add(BulkEdits.parseTeleport(teleportText.get()));
        }
        if (removeItem.get()) {
            out.add(new BulkEdit.RemoveItem(BulkInput.id(removeItemText.get(), "The item id", true)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one edit");
        }
        return out;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public StringProperty mapProperty() {
        return map;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ObjectProperty<Rule> ruleProperty() {
        return rule;
    }

    public StringProperty guidsProperty() {
        return guids;
    }

    public BooleanProperty setGoldProperty() {
        return setGold;
    }

    public StringProperty setGoldTextProperty() {
        return setGoldText;
    }

    public BooleanProperty capGoldProperty() {
        return capGold;
    }

    public StringProperty capGoldTextProperty() {
        return capGoldText;
    }

    public BooleanProperty setLevelProperty() {
        return setLevel;
    }

    public StringProperty setLevelTextProperty() {
        return setLevelText;
    }

    public BooleanProperty repairProperty() {
        return repair;
    }

    public BooleanProperty teleportProperty() {
        return teleport;
    }

    public StringProperty teleportTextProperty() {
        return teleportText;
    }

    public BooleanProperty removeItemProperty() {
        return removeItem;
    }

    public StringProperty removeItemTextProperty() {
        return removeItemText;
    }

    /** The dry run's plan, until it is applied or replaced. */
    public ReadOnlyObjectProperty<BulkPlan> planProperty() {
        return plan;
    }

    public ReadOnlyObjectProperty<BulkResult> resultProperty() {
        return result;
    }

    /** The dry run as text: every bot, change and SQL; after an apply, with the outcome below. */
    public ReadOnlyStringProperty reportProperty() {
        return report;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Why apply is refused (the window is read-only), or null; bound by the composition root. */
    public StringProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply;
    }
}
