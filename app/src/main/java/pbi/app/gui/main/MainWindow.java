package pbi.app.gui.main;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import pbi.app.gui.common.Styles;

/** The built main window: its view and its view model. */
public record MainWindow(MainView view, MainViewModel model) {

    /**
     * Puts the view on {@code stage}: scene, stylesheet, title, the remembered (or default) size, position and
     * dividers, and a close that asks about unsaved edits and remembers where the window was.
     *
     * @param stateFile where the window's size, position and dividers are kept between runs
     */
    public static MainWindow attach(Stage stage, MainView view, MainViewModel model, Path stateFile) {
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        place(stage, view.splits(), stateFile);
        stage.setOnCloseRequest(e -> {
            if (!model.requestClose()) {
                e.consume();
            }
        });
        return new MainWindow(view, model);
    }

    private static void place(Stage stage, Map<String, SplitPane> splits, Path stateFile) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowState saved = WindowState.load(stateFile);
        WindowState state = saved == null ? WindowState.defaultFor(screen.getWidth(), screen.getHeight())
                : saved.fittedTo(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        stage.setMinWidth(Math.min(WindowState.MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(WindowState.MIN_HEIGHT, screen.getHeight()));
        // An explicit stage size, not only the scene's: JavaFX 21 on GTK lets some window managers (openbox) open
        // a stage sized by its scene at GTK's default 200x200 (JDK-8316423), so the size is set on the stage and
        // set again once the window manager has mapped it.
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (Double.isNaN(state.x())) {
            stage.centerOnScreen();
        } else {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setMaximized(state.maximized());
        splits.forEach((name, split) -> {
            Double position = state.dividers().get(name);
            if (position != null) {
                split.setDividerPositions(position);
            }
        });
        // The dividers as they should open (remembered or default): a window manager that maps the window small
        // first squeezes the panes and moves the dividers, so they are set again once the window has its size.
        Map<SplitPane, Double> opening = new java.util.HashMap<>();
        splits.values().forEach(split -> opening.put(split, split.getDividerPositions()[0]));
        double[] normal = {state.x(), state.y(), state.width(), state.height()};
        Runnable track = () -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener((o, a, b) -> track.run());
        stage.yProperty().addListener((o, a, b) -> track.run());
        stage.widthProperty().addListener((o, a, b) -> track.run());
        stage.heightProperty().addListener((o, a, b) -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (!stage.isMaximized()) {
                stage.setWidth(state.width() - 1);
                stage.setHeight(state.height() - 1);
                stage.setWidth(state.width());
                stage.setHeight(state.height());
            }
            Platform.runLater(() -> opening.forEach(SplitPane::setDividerPositions));
        }));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            WindowState now = new WindowState(normal[0], normal[1], normal[2], normal[3], stage.isMaximized(),
                    Map.of());
            for (Map.Entry<String, SplitPane> split : splits.entrySet()) {
                double[] positions = split.getValue().getDividerPositions();
                if (positions.length > 0) {
                    now = now.withDivider(split.getKey(), positions[0]);
                }
            }
            now.save(stateFile);
        });
    }
}
