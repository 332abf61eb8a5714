package pbi.app.gui.doctor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.Database;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.FixOutcome;
import pbi.dao.doctor.FixReport;
import pbi.dao.doctor.FixPlan;
import pbi.dao.doctor.Rule;
import pbi.dao.doctor.Scan;
import pbi.dao.doctor.ScanListener;
import pbi.dao.doctor.ScanSummary;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.world.ItemCatalog;

/**
 * The Doctor view: scans in the background with progress and Cancel, keeps the findings grouped by rule, opens a
 * finding's bot in the main window, and repairs one finding or a whole rule after the user reviewed the change.
 */
public final class DoctorViewModel {

    /** Shows a planned repair (changes, before and after, and the SQL); true when the user approves it. */
    public interface Reviewer {
        boolean approve(FixPlan plan);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DoctorViewModel.class);
    private static final int BATCH = 500;

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Database> database;
    private final Limits limits;
    private Supplier<ItemCatalog> items = () -> null;
    private final BiConsumer<BigInteger, String> openBot;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final BooleanProperty scanning = new SimpleBooleanProperty(false);
    private final BooleanProperty fixing = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("Not scanned yet.");
    private final StringProperty readOnly = new SimpleStringProperty();
    private Consumer<BotSnapshot> beforeFix = bot -> { };
    private volatile Scan scan;

    private final BooleanProperty groupByBot = new SimpleBooleanProperty(false);

    /**
     * @param database the open connection, or null when there is none
     * @param openBot opens a bot in the main window with a field marked ({@code MainView#openBot})
     */
    public DoctorViewModel(TaskRunner runner, DialogService dialogs, Supplier<Database> database, Limits limits,
            BiConsumer<BigInteger, String> openBot) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.database = database;
        this.limits = limits;
        this.openBot = openBot;
    }

    /** The session's item catalog for the item rules; null skips them, and the scan says so. */
    public void setItems(Supplier<ItemCatalog> items) {
        this.items = items;
    }

    /** Where each bot's previous version goes before its repair: the JSON history. */
    public void setBulkEdit(Consumer<Rule> hook) {
        this.bulkEdit = hook;
    }

    /** What "Bulk edit these bots" does with a rule; null when the window offers no bulk edit. */
    public Consumer<Rule> bulkEdit() {
        return bulkEdit;
    }

    private Consumer<Rule> bulkEdit;

    public void setBeforeFix(Consumer<BotSnapshot> hook) {
        beforeFix = hook;
    }

    /** Scans the whole database in the background; the findings fill in as they are found. */
    public void scan() {
        Database db = database.get();
        if (db == null) {
            dialogs.showWarning("Doctor", "Connect to a database first.");
            return;
        }
        if (scanning.get() || fixing.get()) {
            return;
        }
        findings.clear();
        scanning.set(true);
        progress.set(0);
        status.set("Scanning…");
        List<Finding> batch = new ArrayList<>();
        // Scans read the replica when one is set; fixes (below) always write through the primary.
        Scan next = new Doctor(db.reads(), limits, items.get()).newScan(Scope.wholeDatabase(), new ScanListener() {
            @Override
            public void finding(Finding finding) {
                batch.add(finding);
                if (batch.size() >= BATCH) {
                    flush(batch);
                }
            }

            @Override
            public void progress(double fraction, String phase) {
                flush(batch);
                runner.onUi(() -> {
                    progress.set(fraction);
                    status.set(phase + "…");
                });
            }
        });
        scan = next;
        runner.run("Scanning for corrupted bots…", () -> {
            ScanSummary summary = next.call();
            flush(batch);
            return summary;
        }, summary -> {
            scanning.set(false);
            scan = null;
            progress.set(summary.cancelled() ? 0 : 1);
            status.set(summary.cancelled() ? "Scan cancelled; " + findings.size() + " finding(s) so far."
                    : describe(summary));
        }, e -> {
            scanning.set(false);
            scan = null;
            status.set("The scan failed.");
            dialogs.showError("Doctor", Messages.of(e));
        });
    }

    private void flush(List<Finding> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Finding> copy = List.copyOf(batch);
        batch.clear();
        runner.onUi(() -> findings.addAll(copy));
    }

    private static String describe(ScanSummary summary) {
        if (summary.findings() == 0) {
            return String.format("No problems found (%.1f s).", summary.elapsed().toMillis() / 1000.0);
        }
        return String.format("%,d problem(s) in %,d bot(s) (%.1f s).", summary.findings(),
                summary.botsWithFindings(), summary.elapsed().toMillis() / 1000.0);
    }

    /** Stops a running scan; the query is killed on the server, off the UI thread. */
    public void cancel() {
        Scan running = scan;
        if (running != null) {
            status.set("Cancelling…");
            runner.run("Cancelling the scan…", () -> {
                running.cancel();
                return null;
            }, x -> { }, e -> LOG.warn("Cancel failed", e));
        }
    }

    /** Opens the finding's bot in the main window, with the bad value marked. */
    public void open(Finding finding) {
        openBot.accept(finding.botGuid(), Flag.targetOf(finding.place()));
    }

    /** The findings grouped by rule, in catalogue order. */
    public Map<Rule, List<Finding>> byRule() {
        Map<Rule, List<Finding>> out = new EnumMap<>(Rule.class);
        findings.forEach(f -> out.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        return out;
    }

    /** The findings grouped by bot, by guid. */
    public Map<BigInteger, List<Finding>> byBot() {
        Map<BigInteger, List<Finding>> out = new java.util.TreeMap<>();
        findings.forEach(f -> out.computeIfAbsent(f.botGuid(), g -> new ArrayList<>()).add(f));
        return out;
    }

    /** True: the findings are shown under their bot; false: under their rule. The user's choice. */
    public BooleanProperty groupByBotProperty() {
        return groupByBot;
    }

    /** Repairs one finding's bot for that rule. */
    public void fix(Finding finding, Reviewer reviewer) {
        fix(List.of(finding), reviewer);
    }

    /** Repairs every finding of the rule. */
    public void fixAll(Rule rule, Reviewer reviewer) {
        fix(findings.stream().filter(f -> f.rule() == rule).toList(), reviewer);
    }

    /** Plans in the background, shows the plan, and applies it in the background, one transaction per bot. */
    public void fix(List<Finding> chosen, Reviewer reviewer) {
        if (readOnly.get() != null) {
            status.set("Nothing was repaired: the window is " + readOnly.get() + ".");
            return;
        }
        Database db = database.get();
        if (db == null || chosen.isEmpty() || scanning.get() || fixing.get()) {
            return;
        }
        fixing.set(true);
        status.set("Planning the repair…");
        Doctor doctor = new Doctor(db, limits, items.get());
        runner.run("Planning the repair…", () -> doctor.fixer().plan(chosen), plan -> {
            if (plan.isEmpty()) {
                fixing.set(false);
                status.set("Nothing to change: the bots no longer have these problems. Scan again.");
                return;
            }
            if (!reviewer.approve(plan)) {
                fixing.set(false);
                status.set("Repair cancelled; nothing was changed.");
                return;
            }
            Set<Rule> rules = new HashSet<>();
            chosen.forEach(f -> rules.add(f.rule()));
            Set<String> duplicated = new HashSet<>();
            chosen.stream().filter(f -> f.rule() == Rule.DUPLICATE_ITEM_GUID).forEach(f -> duplicated.add(f.value()));
            status.set("Repairing " + plan.bots().size() + " bot(s)…");
            runner.run("Repairing bots…", () -> doctor.fixer().apply(plan, beforeFix,
                    outcome -> runner.onUi(() -> landed(outcome, rules))), outcomes -> {
                        fixing.set(false);
                        finished(outcomes, duplicated);
                    }, e -> {
                        fixing.set(false);
                        status.set("The repair failed.");
                        dialogs.showError("Doctor", Messages.of(e));
                    });
        }, e -> {
            fixing.set(false);
            status.set("Planning the repair failed.");
            dialogs.showError("Doctor", Messages.of(e));
        });
    }

    /** A repaired bot's findings of the repaired rules go, and whatever the re-check still finds comes back. */
    private void landed(FixOutcome outcome, Set<Rule> rules) {
        if (outcome.status() != FixOutcome.Status.FIXED) {
            return;
        }
        findings.removeIf(f -> f.botGuid().equals(outcome.botGuid())
                && (rules.contains(f.rule()) || f.rule() != Rule.DUPLICATE_ITEM_GUID));
        outcome.remaining().stream().filter(f -> !findings.contains(f)).forEach(findings::add);
    }

    private void finished(List<FixOutcome> outcomes, Set<String> duplicated) {
        // The other copies of a removed duplicate are no longer duplicates, unless the re-check says so.
        findings.removeIf(f -> f.rule() == Rule.DUPLICATE_ITEM_GUID && duplicated.contains(f.value()));
        outcomes.forEach(o -> o.remaining().stream().filter(f -> !findings.contains(f)).forEach(findings::add));
        long fixed = outcomes.stream().filter(o -> o.status() == FixOutcome.Status.FIXED).count();
        List<String> problems = FixReport.problems(outcomes);
        status.set("Repaired " + fixed + " of " + outcomes.size() + " bot(s); " + findings.size()
                + " finding(s) left.");
        if (!problems.isEmpty()) {
            dialogs.showWarning("Some bots were not repaired", String.join("\n", problems));
        } else {
            dialogs.notifySuccess("Repaired " + fixed + " bot(s).");
        }
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    /** Why repairs are refused ("read-only: …"), or null when they are allowed. */
    public StringProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty fixingProperty() {
        return fixing;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
