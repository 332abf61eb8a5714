package pbi.app.gui;

import javafx.application.Application;
import javafx.stage.Stage;
import pbi.dao.db.ConnectionSettings;

/** The JavaFX application. (Being written: see issue 3.) */
public final class InspectorApp extends Application {

    private static volatile ConnectionSettings initial;

    /** Starts JavaFX; {@code settings} null means the embedded demo database. Blocks until the window closes. */
    public static void launchWith(ConnectionSettings settings) {
        initial = settings;
        Application.launch(InspectorApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Playerbot Inspector");
        stage.show();
    }
}
