package pbi.app.gui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.editor.StateField;

/**
 * For the window check only ({@code -Dpbi.tour=DIR}, never set by the tool itself): once the table is populated, the
 * window shows the README's screens one after the other (the first bot, its Inventory and Equipment tabs, the doctor
 * after a scan with its first finding open) and opens the dialogs (review, history, connect, about, import review
 * through the native file chooser, repair review),
 * which the script checks for size on the real display and closes with Escape. Before each it writes
 * {@code DIR/NAME.ready} and waits for {@code DIR/NAME.done}, which the script writes after taking the real
 * display's picture. No screen coordinates: a changed layout cannot make the script click the wrong thing.
 */
final class ScreenTour {

    static final String PROPERTY = "pbi.tour";
    private static final Logger LOG = LoggerFactory.getLogger(ScreenTour.class);
    private static final long STEP_SECONDS = 180;
    private final Path dir;
    private final MainWindow window;

    private ScreenTour(Path dir, MainWindow window) {
        this.dir = dir;
        this.window = window;
    }

    /** Starts the tour on a thread of its own when the system property names a folder. */
    static void startIfAsked(MainWindow window) {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                new ScreenTour(Path.of(folder), window).run();
            } catch (Exception e) {
                LOG.warn("The screen tour stopped", e);
            }
        }, "pbi-screen-tour");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() throws Exception {
        Files.createDirectories(dir);
        MainViewModel model = window.model();
        waitFor("the table", () -> !model.browse().rows().isEmpty() && !model.browse().loadingProperty().get());
        var first = onFx(() -> model.browse().rows().get(0).botGuid());
        onFx(() -> window.view().selectRow(first));
        waitFor("the first bot", () -> model.editor().loadedProperty().get() != null
                && model.editor().loadedProperty().get().guid().equals(first));
        step("main-window");
        showTab("tab-inventory");
        step("inventory");
        showTab("tab-equipment");
        step("paper-doll");
        // The dialogs as the window manager shows them: the script checks each against the size its content needs,
        // takes its picture and closes it with Escape, as a user would. The edit for the review is reverted.
        onFx(() -> {
            var level = model.editor().form().text(StateField.LEVEL);
            level.set(String.valueOf(Integer.parseInt(level.get().strip()) % 79 + 1));
            return null;
        });
        dialog("review-dialog", () -> model.editor().review());
        onFx(() -> {
            model.editor().revert();
            return null;
        });
        dialog("history-dialog", () -> menuItem("menu-history").fire());
        dialog("connect-dialog", () -> menuItem("menu-connect").fire());
        dialog("about-dialog", () -> menuItem("menu-about").fire());
        // The script answers the native file chooser with a bot it exported before this start; Escape cancels.
        dialog("import-review", "Import ", () -> menuItem("menu-import").fire());
        onFx(() -> {
            window.view().toolsMenu().getItems().stream().filter(i -> "menu-doctor".equals(i.getId())).findFirst()
                    .ifPresent(MenuItem::fire);
            return null;
        });
        waitFor("the doctor", () -> doctor() != null);
        onFx(() -> {
            ((Button) doctor().getScene().lookup("#doctor-scan")).fire();
            return null;
        });
        waitFor("the scan", () -> {
            Button scan = (Button) doctor().getScene().lookup("#doctor-scan");
            return !scan.isDisabled() && !findings().getRoot().getChildren().isEmpty();
        });
        onFx(() -> {
            TreeView<Object> tree = findings();
            TreeItem<Object> rule = tree.getRoot().getChildren().get(0);
            rule.setExpanded(true);
            if (!rule.getChildren().isEmpty()) {
                tree.getSelectionModel().select(rule.getChildren().get(0));
            }
            return null;
        });
        step("doctor");
        dialog("repair-review", () -> ((Button) doctor().getScene().lookup("#doctor-fix-one")).fire());
        LOG.info("Screen tour done");
    }

    /**
     * Opens a dialog and hands it to the script: {@code NAME.ready} holds its title and the width and height its
     * content asks for (the scene root's preferred size); the tour goes on once the dialog has closed.
     */
    private void dialog(String name, Runnable open) throws Exception {
        dialog(name, "", open);
    }

    /** As above, for the dialog whose title starts with {@code title} but is longer (not a progress window). */
    private void dialog(String name, String title, Runnable open) throws Exception {
        Set<Window> before = onFx(() -> Set.copyOf(Window.getWindows()));
        // Not waited for: a dialog's showAndWait returns only when it closes.
        Platform.runLater(open);
        waitFor(name, () -> opened(before, title) != null);
        Window dialog = onFx(() -> opened(before, title));
        String needs = onFx(() -> {
            Parent root = dialog.getScene().getRoot();
            double width = root.prefWidth(-1);
            return ((Stage) dialog).getTitle() + "\t" + (int) Math.ceil(width) + "\t"
                    + (int) Math.ceil(root.prefHeight(width));
        });
        step(name, needs);
        waitFor("Escape to close " + name, () -> !dialog.isShowing());
    }

    /** A window that shows now and did not before, titled {@code title} and more. */
    private static Window opened(Set<Window> before, String title) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)
                && w instanceof Stage stage && stage.getTitle() != null && stage.getTitle().startsWith(title)
                && stage.getTitle().length() > title.length()).findFirst().orElse(null);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.view().detailTabs().getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu item " + id));
    }

    private void showTab(String id) throws Exception {
        onFx(() -> {
            TabPane tabs = window.view().detailTabs();
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
    }

    private static Stage doctor() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Doctor")).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Object> findings() {
        return (TreeView<Object>) doctor().getScene().lookup("#doctor-findings");
    }

    private void step(String name) throws Exception {
        step(name, name);
    }

    /** Says the screen is ready for its picture ({@code NAME.ready} holds {@code what}), and waits for the script. */
    private void step(String name, String what) throws Exception {
        // Two pulses: whatever the last change laid out is painted before the script looks.
        onFx(() -> null);
        Thread.sleep(500);
        onFx(() -> null);
        Path done = dir.resolve(name + ".done");
        Files.deleteIfExists(done);
        Files.writeString(dir.resolve(name + ".ready"), what + "\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
        while (!Files.exists(done)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no picture of " + name + " was taken");
            }
            Thread.sleep(100);
        }
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
        while (!Boolean.TRUE.equals(onFx(condition))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited too long for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(STEP_SECONDS, TimeUnit.SECONDS);
    }
}
