package pbi.app.gui.main;

import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.common.FxTaskRunner;
import pbi.dao.db.ConnectionSettings;

/** The JavaFX application: shows the window at once, then opens the database in the background. */
public final class InspectorApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(InspectorApp.class);

    /** Builds the whole window on a stage; the composition root ({@code pbi.app.App}) is the one that does. */
    public interface WindowFactory {
        MainWindow build(Stage stage, FxTaskRunner runner);
    }

    // Application.launch constructs this class itself, so what it needs is handed over here, once, before.
    private static volatile WindowFactory handedFactory;
    private static volatile ConnectionSettings handedSettings;
    private static volatile EmbeddedStart handedStart;

    private final WindowFactory factory;
    private final ConnectionSettings initial;
    private final EmbeddedStart early;
    private MainViewModel vm;
    private FxTaskRunner runner;

    public InspectorApp() {
        this(handedFactory, handedSettings, handedStart);
    }

    /** @param initial the server to open, or null for the embedded demo database */
    public InspectorApp(WindowFactory factory, ConnectionSettings initial) {
        this(factory, initial, null);
    }

    /**
     * @param initial the server to open, or null for the embedded demo database
     * @param early the embedded server already starting (null: the window starts it), used when initial is null
     */
    public InspectorApp(WindowFactory factory, ConnectionSettings initial, EmbeddedStart early) {
        if (factory == null) {
            throw new IllegalStateException("Start the window through pbi.app.App, which builds it");
        }
        this.factory = factory;
        this.initial = initial;
        this.early = early;
    }

    /** Starts JavaFX; {@code settings} null means the embedded demo database. Blocks until the window closes. */
    public static void launch(WindowFactory factory, ConnectionSettings settings) {
        handedFactory = factory;
        handedSettings = settings;
        // The server's start is most of a warm start: it runs while the JVM loads JavaFX and builds the window.
        handedStart = settings == null ? EmbeddedStart.begin() : null;
        LOG.info("Starting JavaFX {} ms after launch", Launch.millisSince());
        Application.launch(InspectorApp.class);
    }

    @Override
    public void start(Stage stage) {
        LOG.info("JavaFX started {} ms after launch", Launch.millisSince());
        runner = new FxTaskRunner();
        MainWindow window = factory.build(stage, runner);
        vm = window.model();
        LOG.info("Window built {} ms after launch", Launch.millisSince());
        logWhenPopulated(vm);
        stage.show();
        LOG.info("Window shown {} ms after launch", Launch.millisSince());
        ScreenTour.startIfAsked(window);
        if (initial == null) {
            vm.startEmbedded(early);
        } else {
            vm.connect(initial);
        }
    }

    /** The start-up figure that counts: the table shows bots. */
    private static void logWhenPopulated(MainViewModel model) {
        var rows = model.browse().rows();
        rows.addListener(new javafx.collections.ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!rows.isEmpty()) {
                    rows.removeListener(this);
                    LOG.info("Table populated {} ms after launch", Launch.millisSince());
                }
            }
        });
    }

    @Override
    public void stop() {
        if (early != null) {
            early.closeIfUntaken();
        }
        if (vm != null) {
            vm.shutdown();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
