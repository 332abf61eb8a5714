package pbi.app.gui.map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import pbi.app.map.MapScene;

/**
 * The map as a control: a canvas that paints the view model's scene, and the gestures that drive it. Drag the
 * background to pan, turn the wheel to zoom, drag the selected bot to move it (Escape cancels), right-click for
 * "Move selected bot here" and "Fit". Holds no state of its own; everything is in {@link MapViewModel}.
 */
public final class MapPane extends Region {

    private final MapViewModel model;
    private final Canvas canvas = new Canvas();
    private final HBox tools;
    private final ContextMenu menu = new ContextMenu();

    public MapPane(MapViewModel model) {
        this.model = model;
        setId("map-pane");
        getStyleClass().add("map-pane");
        setFocusTraversable(true);
        setMinSize(200, 150);
        setPrefSize(800, 600);
        canvas.setId("map-canvas");

        Button fit = new Button("Fit");
        fit.setId("map-fit");
        fit.setOnAction(e -> model.fit());
        Button in = new Button("+");
        in.setId("map-zoom-in");
        in.setOnAction(e -> model.zoom(1.5, canvas.getWidth() / 2, canvas.getHeight() / 2));
        Button out = new Button("−");
        out.setId("map-zoom-out");
        out.setOnAction(e -> model.zoom(1 / 1.5, canvas.getWidth() / 2, canvas.getHeight() / 2));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        tools = new HBox(4, busy, in, out, fit);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setPadding(new Insets(6));
        tools.setPickOnBounds(false);
        getChildren().addAll(canvas, tools);

        MenuItem moveHere = new MenuItem("Move selected bot here");
        moveHere.setId("map-move-here");
        MenuItem fitItem = new MenuItem("Fit");
        fitItem.setOnAction(e -> model.fit());
        menu.getItems().addAll(moveHere, fitItem);

        model.sceneProperty().addListener((o, old, scene) -> paint(scene));
        wireMouse(moveHere);
    }

    public MapViewModel model() {
        return model;
    }

    private void wireMouse(MenuItem moveHere) {
        Pointer pointer = model.pointer();
        canvas.setOnMousePressed(e -> {
            requestFocus();
            menu.hide();
            if (e.getButton() == MouseButton.PRIMARY) {
                pointer.press(e.getX(), e.getY());
            }
        });
        canvas.setOnMouseDragged(e -> {
            if (e.isPrimaryButtonDown()) {
                pointer.drag(e.getX(), e.getY());
            }
        });
        canvas.setOnMouseReleased(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pointer.release(e.getX(), e.getY());
            } else if (e.getButton() == MouseButton.SECONDARY) {
                // On the secondary release, not a ContextMenuEvent (headless platforms send none) and not on the
                // press, so that press and release both reach the canvas before the menu's window opens.
                double x = e.getX();
                double y = e.getY();
                moveHere.setDisable(!model.canMove());
                moveHere.setOnAction(a -> model.moveSelectedTo(x, y));
                menu.show(canvas, e.getScreenX(), e.getScreenY());
            }
        });
        canvas.setOnMouseMoved(e -> pointer.move(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> pointer.exit());
        canvas.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                model.zoom(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
            }
            e.consume();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                pointer.escape();
                e.consume();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            model.resize(w, h);
        }
        double toolsW = tools.prefWidth(-1);
        double toolsH = tools.prefHeight(-1);
        tools.resizeRelocate(w - toolsW - 4, h - toolsH - 28, toolsW, toolsH);
        paint(model.sceneProperty().get());
    }

    private void paint(MapScene scene) {
        if (scene == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FxPainter.paint(scene, g);
    }
}
