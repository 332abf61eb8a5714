package pbi.app.gui.watch;

import java.math.BigInteger;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.columns.Differences;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.RowsStamp;
import pbi.dao.service.BotWatch;

/**
 * The live watch of the open bot: {@link #poll()} (called every few seconds off the UI thread) asks the database
 * one light question, and only when the answer moves reads the bot again and lists what changed against the version
 * the editor loaded. The user then reloads, or keeps editing and lets the save's merge take both sides.
 *
 * <p>Threads: {@link #watch} and the properties belong to the UI thread; {@link #poll} runs on the poller's thread
 * and hands its findings back through {@link TaskRunner#onUi}. A generation number drops findings about a bot the
 * editor no longer shows.
 */
public final class WatchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WatchViewModel.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TaskRunner runner;
    private volatile BotWatch watch;
    private volatile BotSnapshot target;
    private volatile long generation;
    private volatile boolean enabled = true;
    /** The stamp of the last version seen, and the generation it belongs to; poller thread only. */
    private List<RowsStamp> seen;
    private long seenGeneration = -1;
    private boolean failing;
    private Consumer<List<BotState>> rowsRead = states -> { };
    private volatile List<BigInteger> shownRows = List.of();

    private final ObjectProperty<BotSnapshot> server = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> changes = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();

    public WatchViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    /** The session's watch; null while not connected. */
    public void use(BotWatch sessionWatch) {
        this.watch = sessionWatch;
        watch(target);
    }

    /** Called on the UI thread whenever the editor loads (or saves, or closes) a bot: that is the new baseline. */
    public void watch(BotSnapshot loaded) {
        target = loaded;
        generation++;
        server.set(null);
        changes.set(List.of());
        showing.set(false);
    }

    /**
     * Receives, on the UI thread, state rows the watch read: every poll those of {@link #showRows}, and the open
     * bot's each time a new version of it is read.
     */
    public void setRowsRead(Consumer<List<BotState>> hook) {
        this.rowsRead = hook == null ? states -> { } : hook;
    }

    /** The bots whose table rows are on screen, polled with one query by primary key; UI thread. */
    public void showRows(List<BigInteger> guids) {
        shownRows = List.copyOf(guids);
    }

    /** Off: {@link #poll} does nothing (the Tools menu's switch). */
    public void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            showing.set(false);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * One poll: one light query for the open bot; a full read only when it changed. Blocking; never on the UI
     * thread. Failures are reported in {@link #problemProperty()} and the next poll tries again.
     */
    public synchronized void poll() {
        BotWatch w = watch;
        BotSnapshot base = target;
        long gen = generation;
        if (!enabled || w == null) {
            return;
        }
        BigInteger guid = base == null ? null : base.guid();
        try {
            List<BigInteger> rows = shownRows;
            if (!rows.isEmpty()) {
                List<BotState> states = w.states(rows);
                runner.onUi(() -> rowsRead.accept(states));
            }
            if (base == null) {
                // Nothing open: only the table's rows are watched.
            } else if (seenGeneration != gen) {
                // A new baseline: read the bot with its stamp, so a change made since the editor read it shows too.
                look(w.observe(guid), base, gen);
            } else {
                List<RowsStamp> now = w.stamp(guid);
                if (!now.equals(seen)) {
                    look(w.observe(guid), base, gen);
                }
            }
            if (failing) {
                failing = false;
                runner.onUi(() -> problem.set(null));
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Live watch failed (open bot {})", guid, e);
            }
            failing = true;
            String message = "Live watch paused: " + Messages.of(e);
            runner.onUi(() -> problem.set(message));
        }
    }

    private void look(BotWatch.Observed observed, BotSnapshot base, long gen) {
        boolean firstLook = seenGeneration != gen;
        seen = observed.stamp();
        seenGeneration = gen;
        BotSnapshot now = observed.bot();
        boolean same = now != null && base.sameValues(now);
        List<String> lines = same ? List.of() : now == null ? List.of("The bot was deleted from the database.")
                : Differences.between(base, now);
        String time = LocalTime.now().format(CLOCK);
        runner.onUi(() -> {
            if (gen != generation) {
                return;
            }
            if (now != null && !(firstLook && same)) {
                rowsRead.accept(List.of(now.state()));
            }
            server.set(same ? null : now);
            changes.set(lines);
            headline.set(same ? "" : "Changed on the server at " + time + " (" + lines.size()
                    + (lines.size() == 1 ? " change" : " changes") + " since you opened it)");
            showing.set(!same);
        });
    }

    /** "Keep editing": the notice goes; a save later meets the change and merges. */
    public void dismiss() {
        showing.set(false);
    }

    /** The bot as the server holds it now, when it differs from the loaded one; null otherwise. */
    public ReadOnlyObjectProperty<BotSnapshot> serverProperty() {
        return server;
    }

    /** What changed, as "gold_copper: 100 → 250" lines (the same lines the conflict dialog shows). */
    public ReadOnlyObjectProperty<List<String>> changesProperty() {
        return changes;
    }

    /** True while the "changed on the server" notice should be shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    /** Why the watch cannot poll at the moment, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
