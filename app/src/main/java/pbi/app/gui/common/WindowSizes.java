package pbi.app.gui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Sizes for dialogs and secondary windows that hold on real window managers. JavaFX 21 on GTK lets some of them
 * (openbox) map a window sized only by its scene far too small (JDK-8316423: dialogs about 150 pixels tall, the
 * main window 200x200), so every window gets an explicit size once shown, and a minimum that shows its content.
 */
public final class WindowSizes {

    private WindowSizes() {
    }

    /**
     * Makes {@code dialog} resizable, never smaller than {@code minWidth} x {@code minHeight} (the dialog pane's
     * size, which holds all of its content), and opens it at least at its content's preferred size.
     */
    public static void fit(Dialog<?> dialog, double minWidth, double minHeight) {
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setMinSize(minWidth, minHeight);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            Window window = pane.getScene().getWindow();
            double extraW = window.getWidth() - pane.getScene().getWidth();
            double extraH = window.getHeight() - pane.getScene().getHeight();
            double w = Math.max(minWidth, pane.prefWidth(-1));
            double h = Math.max(minHeight, pane.prefHeight(w));
            if (window instanceof Stage stage) {
                stage.setMinWidth(minWidth + Math.max(0, extraW));
                stage.setMinHeight(minHeight + Math.max(0, extraH));
            }
            resize(window, Math.max(window.getWidth(), w + Math.max(0, extraW)),
                    Math.max(window.getHeight(), h + Math.max(0, extraH)));
        }));
    }

    /**
     * The same for a window of its own (the doctor): explicit size before and after it is mapped, a minimum, and
     * Escape closes it.
     */
    public static void fit(Stage stage, double width, double height, double minWidth, double minHeight) {
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> resize(stage,
                Math.max(stage.getWidth(), width), Math.max(stage.getHeight(), height))));
        // A filter, not a handler: lists and trees consume Escape themselves, and the doctor has nothing to cancel.
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                if (stage.isShowing()) {
                    stage.close();
                }
            }
        });
    }

    /** Sets the size twice so the window manager sees a change even when Java believes the size is already so. */
    private static void resize(Window window, double width, double height) {
        window.setWidth(width - 1);
        window.setHeight(height - 1);
        window.setWidth(width);
        window.setHeight(height);
    }
}
