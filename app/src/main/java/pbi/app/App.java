package pbi.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import pbi.app.cli.Cli;
import pbi.app.gui.browse.BrowseViewModel.Scope;
import pbi.app.gui.bulk.BulkView;
import pbi.app.gui.bulk.BulkViewModel;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.compare.CompareView;
import pbi.app.gui.compare.CompareViewModel;
import pbi.app.gui.common.FxDialogs;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.LogFile;
import pbi.app.gui.audit.AuditView;
import pbi.app.gui.audit.AuditViewModel;
import pbi.dao.audit.AuditLog;
import pbi.dao.audit.AuditTrail;
import pbi.app.gui.doctor.DoctorView;
import pbi.app.gui.doctor.DoctorViewModel;
import pbi.app.gui.main.AppInfo;
import pbi.app.gui.main.InspectorApp;
import pbi.app.gui.main.MainView;
import pbi.app.gui.main.MapTabs;
import pbi.app.gui.main.MainViewModel;
import pbi.app.gui.main.MainWindow;
import pbi.app.gui.main.ReplicaLagLimit;
import pbi.app.gui.main.WatchWiring;
import pbi.app.gui.watch.WatchSettings;
import pbi.app.gui.transfer.TransferMenus;
import pbi.app.gui.transfer.TransferViewModel;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.db.ProfileStore;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.history.HistoryStore;
import pbi.dao.json.ExportSelection;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.WorldSource;

/**
 * The composition root: the one place that builds the stores and wires the screens and the command line. Screens
 * do not know each other; they meet here, through the main window.
 */
public final class App {

    private final Path home;
    private final HistoryStore history;
    private final ProfileStore profiles;
    private final Limits limits = Limits.wotlk();
    private volatile boolean windowOpened;
    /** Where the window reads item names: the gui command's --world or --world-url, else looked for. */
    private volatile WorldSource worldSource = WorldSource.automatic();
    /** {@code gui --read-only} (or a read-only profile): the window writes nothing, whatever it connects to. */
    private volatile boolean forcedReadOnly;

    /**
     * @param home the data directory: the embedded database, the history and the log
     * @param profiles the saved connection profiles
     */
    public App(Path home, ProfileStore profiles) {
        this.home = home;
        this.history = HistoryStore.inDataHome(home);
        this.profiles = profiles;
    }

    /** The user's data and configuration directories ({@code PBI_HOME}, {@code PBI_CONFIG} or the XDG ones). */
    public static App defaults() {
        return new App(EmbeddedDatabase.defaultHome(), ProfileStore.defaultStore());
    }

    /** Runs a subcommand, or opens the window; returns the exit code, or {@link Cli#KEEP_RUNNING}. */
    public int run(String... args) {
        if (args.length == 0) {
            // The README's command, the window on the embedded database, as `gui` without options would open it.
            // Picocli's model of every command, built by reflection, is not needed for it: half a second of a
            // warm start on two cores.
            openWindow(null, WorldSource.automatic());
            return Cli.KEEP_RUNNING;
        }
        int code = Cli.commandLine(new Cli.WindowLauncher() {
            @Override
            public void launch(ConnectionSettings settings, WorldSource world) {
                openWindow(settings, world);
            }

            @Override
            public void launch(ConnectionSettings settings, WorldSource world, boolean readOnly) {
                forcedReadOnly = readOnly;
                openWindow(settings, world);
            }
        }).execute(args);
        return windowOpened ? Cli.KEEP_RUNNING : code;
    }

    private void openWindow(ConnectionSettings settings, WorldSource world) {
        windowOpened = true;
        worldSource = world;
        InspectorApp.launch(this::window, settings);
    }

    /** Builds the main window on {@code stage} with every screen and menu; the caller shows it and connects. */
    public MainWindow window(Stage stage, FxTaskRunner runner) {
        DialogService dialogs = new FxDialogs(stage);
        MainViewModel model = new MainViewModel(runner, dialogs, limits, keepHistory(history));
        MainView view = new MainView(model, stage, runner, profiles, info());
        model.replicaLag().limitSecondsProperty().set(ReplicaLagLimit.read(profiles.directory()));
        // One catalog per session, shared by the editor and the doctor: the world database is read once.
        ObjectProperty<ItemCatalog> items = new SimpleObjectProperty<>();
        items.bind(Bindings.createObjectBinding(() -> model.sessionProperty().get() == null ? null
                : itemCatalog(model.sessionProperty().get().database(), worldSource), model.sessionProperty()));
        items.addListener((o, old, catalog) -> model.editor().items().use(catalog));

        TransferViewModel transfer = new TransferViewModel(runner, dialogs, limits, history, model.transferHost());
        view.addFileItems(TransferMenus.items(transfer, model.editor().loadedProperty(),
                zoneOf(model.browse().scopeProperty()), dialogs, stage)
                .toArray(javafx.scene.control.MenuItem[]::new));

        DoctorViewModel doctor = new DoctorViewModel(runner, dialogs, model::database, limits, view::openBot);
        doctor.setBeforeFix(bot -> history.write(bot, "before doctor fix"));
        // When a scan ends, the tree shows how many problems each zone holds.
        doctor.scanningProperty().addListener((o, was, now) -> {
            if (was && !now) {
                model.countProblems(List.copyOf(doctor.findings()));
            }
        });
        doctor.setItems(items::get);
        doctor.readOnlyProperty().bind(model.editor().readOnlyProperty());
        view.toolsMenu().getItems().add(DoctorView.menuItem(doctor, stage));
        CompareView.Opener compare = new CompareView.Opener(new CompareViewModel(runner, dialogs, limits, history,
                CompareHost.of(model)), stage);
        view.toolsMenu().getItems().add(compare.menuItem());
        transfer.setCompareHook(compare::compareWith);
        BulkViewModel bulk = new BulkViewModel(runner, dialogs, limits, CompareHost.bulk(model, items::get));
        bulk.setBeforeWrite(bot -> history.write(bot, "before bulk edit"));
        bulk.readOnlyProperty().bind(model.editor().readOnlyProperty());
        BulkView.Opener bulkWindow = new BulkView.Opener(bulk, stage);
        view.toolsMenu().getItems().add(bulkWindow.menuItem());
        doctor.setBulkEdit(bulkWindow::forRule);
        view.toolsMenu().getItems().addAll(audit(model, runner, dialogs, stage));
        MapTabs.install(view, model, runner);
        WatchWiring.install(stage, view, model, runner, forcedReadOnly, WatchSettings.interval(profiles.directory()));
        return MainWindow.attach(stage, view, model, profiles.directory().resolve("window.properties"));
    }

    /**
     * The session's item catalog: the world database on the same server, found automatically, read on first use.
     * {@code gui --world NAME} or {@code --world-url} choose it; otherwise {@code world} or {@code acore_world}.
     */
    static ItemCatalog itemCatalog(Database database, WorldSource world) {
        return ItemCatalog.lazy(() -> database.dataSource().getConnection(), world);
    }

    /**
     * What every save from the window runs inside its transaction, whichever menus are installed: the version
     * being replaced goes to the history, and if that fails the save writes nothing.
     */
    public static Consumer<BotSnapshot> keepHistory(HistoryStore history) {
        return previous -> {
            if (previous != null) {
                history.write(previous, "before save");
            }
        };
    }

    /** Every write of every session is audited; Tools → Audit reads it back. */
    private List<javafx.scene.control.MenuItem> audit(MainViewModel model, FxTaskRunner runner,
            DialogService dialogs, Stage stage) {
        AuditLog log = AuditLog.inDataHome(home);
        ObjectProperty<AuditTrail> trail = new SimpleObjectProperty<>();
        model.sessionProperty().addListener((o, old, s) -> trail.set(s == null ? null : AuditTrail.attach(log,
                s.database(), info().version(), m -> runner.onUi(() -> dialogs.showWarning("Audit", m)))));
        return AuditView.menuItems(new AuditViewModel(runner, dialogs, log, trail::get), stage);
    }

    public AppInfo info() {
        String version = App.class.getPackage().getImplementationVersion();
        return new AppInfo(version == null ? "development" : version, home, LogFile.path());
    }

    private static ObjectBinding<TransferMenus.Zone> zoneOf(javafx.beans.value.ObservableValue<Scope> scope) {
        return Bindings.createObjectBinding(() -> {
            Scope s = scope.getValue();
            return s == null || s.mapId() == null ? null
                    : new TransferMenus.Zone(new ExportSelection.Area(s.mapId(), s.zoneId()), s.label());
        }, scope);
    }
}
