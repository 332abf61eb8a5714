package pbi.app.gui.main;

import javafx.scene.Scene;
import javafx.stage.Stage;
import pbi.app.gui.common.Styles;

/** The built main window: its view and its view model. */
public record MainWindow(MainView view, MainViewModel model) {

    /** Puts the view on {@code stage}: scene, stylesheet, title, and a close that asks about unsaved edits. */
    public static MainWindow attach(Stage stage, MainView view, MainViewModel model) {
        Scene scene = new Scene(view.root(), 1400, 900);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!model.requestClose()) {
                e.consume();
            }
        });
        return new MainWindow(view, model);
    }
}
