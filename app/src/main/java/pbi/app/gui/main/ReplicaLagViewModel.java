package pbi.app.gui.main;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.Database;
import pbi.dao.db.ReplicaLag;

/**
 * The status bar's read replica: its lag, read on the replica every few seconds off the UI thread, a warning over
 * the limit, and the switch that sends this session's reads to the primary (and back).
 */
public final class ReplicaLagViewModel {

    /** How often the lag is read while a replica is set. */
    public static final Duration PERIOD = Duration.ofSeconds(3);
    public static final long DEFAULT_LIMIT_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaLagViewModel.class);

    private final TaskRunner runner;
    private final Duration period;
    private final LongProperty limitSeconds = new SimpleLongProperty(DEFAULT_LIMIT_SECONDS);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final BooleanProperty over = new SimpleBooleanProperty(false);
    private final BooleanProperty onPrimary = new SimpleBooleanProperty(false);
    private volatile Database database;
    private ReplicaLag last = ReplicaLag.none();
    private Runnable afterSwitch = () -> { };
    private ScheduledExecutorService poller;

    /**
     * @param period how often to read the lag by itself once a replica is connected; null reads only on
     *     {@link #poll()} (the view model tests)
     */
    public ReplicaLagViewModel(TaskRunner runner, Duration period) {
        this.runner = runner;
        this.period = period;
        limitSeconds.addListener((o, a, b) -> show(last));
    }

    /** Follows a new connection (null: none); the lag is read at once and then every {@link #PERIOD}. */
    public void connect(Database next) {
        database = next;
        boolean replica = next != null && next.hasReplica();
        shown.set(replica);
        onPrimary.set(replica && next.readingFromPrimary());
        last = ReplicaLag.none();
        show(last);
        if (replica) {
            text.set("replica lag …");
            startPolling();
        }
    }

    /**
     * Reads the lag on the replica, on the calling thread (the poller's, never the UI thread), and shows it on the
     * UI thread.
     */
    public void poll() {
        Database db = database;
        if (db == null || !db.hasReplica()) {
            return;
        }
        ReplicaLag lag = db.replicaLag();
        runner.onUi(() -> {
            if (database == db) {
                show(lag);
            }
        });
    }

    /** The offer made over the limit: this session reads from the primary from now on. */
    public void readFromPrimary() {
        switchReads(true);
    }

    /** Back to the replica, for when it has caught up. */
    public void readFromReplica() {
        switchReads(false);
    }

    /** Runs after reads were switched, on the UI thread: the window reads its lists again from the new side. */
    public void setAfterSwitch(Runnable action) {
        afterSwitch = action == null ? () -> { } : action;
    }

    private void switchReads(boolean primary) {
        Database db = database;
        if (db == null || !db.hasReplica()) {
            return;
        }
        db.readFromPrimary(primary);
        onPrimary.set(primary);
        show(last);
        afterSwitch.run();
    }

    private void show(ReplicaLag lag) {
        last = lag;
        if (lag.kind() == ReplicaLag.Kind.NONE) {
            text.set(shown.get() ? "replica lag …" : "");
            over.set(false);
            warning.set("");
            return;
        }
        boolean behind = lag.over(limitSeconds.get());
        text.set((behind ? "⚠ " : "") + lag.describe() + (onPrimary.get() ? " · reading from the primary" : ""));
        over.set(behind);
        if (!behind) {
            warning.set("");
        } else if (onPrimary.get()) {
            warning.set("The read replica is behind, so this session reads from the primary.");
        } else {
            warning.set("The read replica is behind more than " + limitSeconds.get() + " s: lists, maps, exports"
                    + " and doctor scans may be out of date. Read from the primary instead?");
        }
    }

    private synchronized void startPolling() {
        if (period == null || poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pbi-replica-lag");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.debug("Reading the replica lag failed", e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the poller; for application exit. */
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    public LongProperty limitSecondsProperty() {
        return limitSeconds;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Non-empty while over the limit: what is wrong and what the button offers. */
    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    /** True while a replica is set: the status bar shows the lag. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyBooleanProperty overProperty() {
        return over;
    }

    public ReadOnlyBooleanProperty readingFromPrimaryProperty() {
        return onPrimary;
    }
}
