package pbi.app.gui.main;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.browse.BrowseViewModel;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.BotEditorViewModel;
import pbi.app.gui.transfer.TransferViewModel;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.doctor.Finding;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.world.ItemCatalog;

/** The main window: which database is open, the browser, the editor, the title and the status line. */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** An open connection with its services; the embedded server when the connection is to it. */
    public record Session(Database database, EmbeddedDatabase embedded, BotService bots, BrowseService browse) {
        public static Session of(Database database, EmbeddedDatabase embedded) {
            // Browsing reads the replica when one is set; the editor's loads and saves use the primary.
            return new Session(database, embedded, new BotService(database), new BrowseService(database.reads()));
        }

        void close() {
            database.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BrowseViewModel browse;
    private final BotEditorViewModel editor;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty connectionName = new SimpleStringProperty("not connected");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty starting = new SimpleBooleanProperty(false);
    private final StringBinding title;
    private final ReplicaLagViewModel replicaLag;

    /**
     * @param beforeSave runs inside every save from the window, with the version being replaced (the composition
     *                   root passes the history store's writer, so every save keeps its history entry)
     */
    public MainViewModel(TaskRunner runner, DialogService dialogs, Limits limits, Consumer<BotSnapshot> beforeSave) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.browse = new BrowseViewModel(runner, dialogs);
        browse.setLimits(limits);
        this.editor = new BotEditorViewModel(runner, dialogs, limits, beforeSave);
        editor.setAfterWrite(() -> {
            browse.reloadTree();
            browse.reload();
        });
        replicaLag = new ReplicaLagViewModel(runner, ReplicaLagViewModel.PERIOD);
        replicaLag.setAfterSwitch(() -> {
            browse.reloadTree();
            browse.reload();
        });
        title = Bindings.createStringBinding(() -> "Playerbot Inspector — " + connectionName.get()
                + (editor.readOnlyProperty().get() != null ? " (read-only)" : "")
                + (editor.dirtyProperty().get() ? " * (unsaved changes)" : ""), connectionName,
                editor.dirtyProperty(), editor.readOnlyProperty());
    }

    /** Starts the embedded MariaDB and its demo world in the background, reporting each step in the status. */
    public void startEmbedded() {
        startEmbedded(null);
    }

    /**
     * As {@link #startEmbedded()}, taking over a server already starting ({@code early}, may be null) so that the
     * window's own start and the server's overlap.
     */
    public void startEmbedded(EmbeddedStart early) {
        starting.set(true);
        status.set("Starting the embedded MariaDB…");
        Consumer<String> progress = line -> runner.onUi(() -> status.set(line));
        runner.run("Starting the embedded MariaDB…", () -> {
            if (early != null) {
                // Verified on the server's own thread already.
                EmbeddedStart.Opened opened = early.await(progress);
                return Session.of(opened.database(), opened.embedded());
            }
            EmbeddedDatabase embedded = DemoWorld.startEmbedded(progress);
            return verified(Database.open(embedded.settings()), embedded);
        }, s -> {
            starting.set(false);
            use(s);
            LOG.info("Connected to the embedded server {} ms after launch", Launch.millisSince());
        }, e -> {
            starting.set(false);
            status.set("The embedded database did not start.");
            LOG.error("Embedded start failed", e);
            if (dialogs.confirm("Cannot start the embedded database", Messages.of(e)
                    + "\n\nTry again, or close this and use File → Connect… to open a database server.",
                    "Try again")) {
                startEmbedded();
            }
        });
    }

    /** Opens a server connection in the background and switches to it when it answers. */
    public void connect(ConnectionSettings settings) {
        starting.set(true);
        status.set("Connecting to " + settings.name() + "…");
        runner.run("Connecting to " + settings.name() + "…", () -> {
            return verified(Database.open(settings), null);
        }, s -> {
            starting.set(false);
            use(s);
        }, e -> {
            starting.set(false);
            status.set("Not connected.");
            LOG.warn("Connection failed", e);
            dialogs.showError("Cannot connect to " + settings.name(), Messages.of(e));
        });
    }

    /** Checks the connection and the tables before the window switches to it; closes everything if that fails. */
    private static Session verified(Database database, EmbeddedDatabase embedded) {
        try {
            database.verify();
            database.hasCharactersTable();
            return Session.of(database, embedded);
        } catch (RuntimeException e) {
            database.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** Switches the window to an open session; the previous one is closed in the background. */
    public void use(Session next) {
        Session previous = session.get();
        session.set(next);
        connectionName.set(next.database().name());
        status.set("Connected to " + next.database().name() + ".");
        browse.connect(next::browse);
        editor.connect(next::bots, next::browse);
        replicaLag.connect(next.database());
        if (previous != null && previous != next) {
            runner.run("Closing the previous connection…", () -> {
                previous.close();
                return null;
            }, x -> { }, e -> LOG.warn("Closing the previous connection failed", e));
        }
    }

    /**
     * After a doctor scan: how many findings each zone holds, for the tree. Off the UI thread; bots that no longer
     * exist (orphan rows) count nowhere.
     */
    public void countProblems(List<Finding> found) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        Map<BigInteger, Long> perBot = found.stream()
                .collect(Collectors.groupingBy(Finding::botGuid, Collectors.counting()));
        runner.run("Counting the problems by zone…", () -> {
            Map<String, Long> byZone = new HashMap<>();
            perBot.forEach((guid, count) -> s.bots().load(guid).ifPresent(bot -> byZone.merge(
                    BrowseViewModel.zoneKey(bot.state().mapId(), bot.state().zoneId()), count, Long::sum)));
            return byZone;
        }, counts -> browse.problemCountsProperty().set(counts),
                e -> LOG.warn("Counting the doctor's findings by zone failed", e));
    }

    /** Opens a bot by guid, optionally pointing out one field; asks first when the open bot has unsaved edits. */
    public boolean openBot(BigInteger guid, String highlightField) {
        return editor.open(guid, highlightField);
    }

    /** True when the window may close (nothing unsaved, or the user agreed to drop it). */
    public boolean requestClose() {
        return editor.confirmDiscard();
    }

    /** Closes the connection and stops the embedded server; blocking, for application exit. */
    public void shutdown() {
        Session s = session.get();
        session.set(null);
        replicaLag.stop();
        if (s != null) {
            s.close();
        }
    }

    /** What export, import and history need from this window, without knowing its screens. */
    public TransferViewModel.Host transferHost() {
        return new TransferViewModel.Host() {
            @Override
            public Database database() {
                return MainViewModel.this.database();
            }

            @Override
            public BotSnapshot openBot() {
                return editor.loadedProperty().get();
            }

            @Override
            public boolean restore(BotSnapshot version) {
                return editor.restore(version);
            }

            @Override
            public void imported() {
                browse.reload();
                editor.refresh();
            }

            @Override
            public ItemCatalog items() {
                return editor.items().source();
            }
        };
    }

    /** The open connection's pool, or null. */
    public Database database() {
        Session s = session.get();
        return s == null ? null : s.database();
    }

    /** The connection shown to people: the JDBC URL without its query, so no password can appear. */
    public String connectionLabel() {
        Session s = session.get();
        return s == null ? "not connected" : maskedUrl(s.database().settings().jdbcUrl());
    }

    /** {@code jdbc:mysql://user:secret@host/db?password=x} becomes {@code jdbc:mysql://host/db}. */
    static String maskedUrl(String jdbcUrl) {
        return jdbcUrl.replaceAll("\\?.*", "").replaceAll("//[^/@]*@", "//");
    }

    /** The read replica's lag in the status bar, and the switch to read from the primary. */
    public ReplicaLagViewModel replicaLag() {
        return replicaLag;
    }

    public BrowseViewModel browse() {
        return browse;
    }

    public BotEditorViewModel editor() {
        return editor;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty startingProperty() {
        return starting;
    }

    public TaskRunner runner() {
        return runner;
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
