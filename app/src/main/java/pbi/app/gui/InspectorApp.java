package pbi.app.gui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import pbi.app.gui.model.MainViewModel;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.domain.Limits;

/** The JavaFX application: shows the window at once, then opens the database in the background. */
public final class InspectorApp extends Application {

    private static volatile ConnectionSettings initial;
    private static final List<Consumer<MainView>> EXTENSIONS = new CopyOnWriteArrayList<>();
    private MainViewModel vm;
    private FxTaskRunner runner;

    /** Starts JavaFX; {@code settings} null means the embedded demo database. Blocks until the window closes. */
    public static void launchWith(ConnectionSettings settings) {
        initial = settings;
        Application.launch(InspectorApp.class);
    }

    /**
     * Registers code that adds to the window once it is built: File menu items ({@link MainView#addFileItems}),
     * Tools menu items ({@link MainView#toolsMenu}), the before-save hook
     * ({@code view.viewModel().setBeforeSave(...)}). Call before {@link #launchWith}.
     */
    public static void extend(Consumer<MainView> extension) {
        EXTENSIONS.add(extension);
    }

    static String stylesheet() {
        return InspectorApp.class.getResource("/pbi/app/gui/inspector.css").toExternalForm();
    }

    /** Builds the window around a view model; used by {@link #start} and by the GUI tests. */
    public static MainView createWindow(Stage stage, FxTaskRunner runner, MainViewModel[] created) {
        MainViewModel model = new MainViewModel(runner, new FxDialogs(stage), Limits.wotlk());
        created[0] = model;
        MainView view = new MainView(model, stage, runner);
        pbi.app.gui.transfer.TransferMenus.install(view, stage);
        pbi.app.gui.doctor.DoctorView.install(view, model, runner, stage);
        pbi.app.gui.map.MapTabs.install(view, model, runner);
        Scene scene = new Scene(view.root(), 1400, 900);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!model.requestClose()) {
                e.consume();
            }
        });
        return view;
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        MainViewModel[] created = new MainViewModel[1];
        MainView view = createWindow(stage, runner, created);
        vm = created[0];
        EXTENSIONS.forEach(extension -> extension.accept(view));
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
