package pbi.app.gui.main;

import javafx.application.Application;
import javafx.stage.Stage;
import pbi.app.gui.common.FxTaskRunner;
import pbi.dao.db.ConnectionSettings;

/** The JavaFX application: shows the window at once, then opens the database in the background. */
public final class InspectorApp extends Application {

    /** Builds the whole window on a stage; the composition root ({@code pbi.app.App}) is the one that does. */
    public interface WindowFactory {
        MainWindow build(Stage stage, FxTaskRunner runner);
    }

    // Application.launch constructs this class itself, so what it needs is handed over here, once, before.
    private static volatile WindowFactory handedFactory;
    private static volatile ConnectionSettings handedSettings;

    private final WindowFactory factory;
    private final ConnectionSettings initial;
    private MainViewModel vm;
    private FxTaskRunner runner;

    public InspectorApp() {
        this(handedFactory, handedSettings);
    }

    /** @param initial the server to open, or null for the embedded demo database */
    public InspectorApp(WindowFactory factory, ConnectionSettings initial) {
        if (factory == null) {
            throw new IllegalStateException("Start the window through pbi.app.App, which builds it");
        }
        this.factory = factory;
        this.initial = initial;
    }

    /** Starts JavaFX; {@code settings} null means the embedded demo database. Blocks until the window closes. */
    public static void launch(WindowFactory factory, ConnectionSettings settings) {
        handedFactory = factory;
        handedSettings = settings;
        Application.launch(InspectorApp.class);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        vm = factory.build(stage, runner).model();
        stage.show();
        if (initial == null) {
            vm.startEmbedded();
        } else {
            vm.connect(initial);
        }
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.shutdown();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
