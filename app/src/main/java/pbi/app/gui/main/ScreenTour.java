package pbi.app.gui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the window check's README screenshots only ({@code -Dpbi.tour=DIR}, never set by the tool itself): once the
 * table is populated, the window shows the README's screens one after the other (the first bot, its Inventory and
 * Equipment tabs, the doctor after a scan with its first finding open). Before each it writes
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
        LOG.info("Screen tour done");
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

    /** Says the screen is ready for its picture, and waits until the script has taken it. */
    private void step(String name) throws Exception {
        // Two pulses: whatever the last change laid out is painted before the script looks.
        onFx(() -> null);
        Thread.sleep(500);
        onFx(() -> null);
        Path done = dir.resolve(name + ".done");
        Files.deleteIfExists(done);
        Files.writeString(dir.resolve(name + ".ready"), name + "\n");
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
