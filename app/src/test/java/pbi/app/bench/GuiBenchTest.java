package pbi.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import pbi.app.App;
import pbi.app.gui.browse.BrowseViewModel;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.main.EmbeddedStart;
import pbi.app.gui.main.InspectorApp;
import pbi.app.gui.main.MainViewModel;
import pbi.dao.bench.Report;
import pbi.dao.db.Database;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * The GUI's own costs, headless (Monocle), added to the data layer's {@code results.json}: the time from launch to a
 * window showing bots on the embedded database, and the heap while scrolling through a zone of 1,000,000 bots.
 * Runs only under {@code -Pbench}, which sets {@code bench.gui}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "bench.gui", matches = "true")
class GuiBenchTest {

    private static final int ZONE_BOTS = Integer.getInteger("bench.zoneBots", 1_000_000);
    private static final int SCROLL_PAGES = Integer.getInteger("bench.scrollPages", 300);
    private static final Path RESULTS = Path.of(System.getProperty("bench.results",
            "../dao/target/bench/results.json"));

    private static double zoneOpenMs;

    @Test
    void measuresLaunchAndBrowsingHeap() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path home = target.resolve("bench-home");
        deleteData(home);
        System.setProperty("pbi.home", home.toString());

        // First launch: JavaFX start, a fresh embedded server and the demo world built.
        long start = System.nanoTime();
        Stage stage = FxToolkit.registerPrimaryStage();
        // As the real launch does: the server starts while JavaFX and the window are built.
        var app = FxToolkit.setupApplication(() -> new InspectorApp(App.defaults()::window, null,
                EmbeddedStart.begin()));
        waitUntilPopulated(stage, 600);
        double firstLaunch = (System.nanoTime() - start) / 1e6;
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        waitForUnlock(home);

        // Every later launch: the server's files and the demo world are there already.
        start = System.nanoTime();
        app = FxToolkit.setupApplication(() -> new InspectorApp(App.defaults()::window, null,
                EmbeddedStart.begin()));
        waitUntilPopulated(stage, 120);
        double launch = (System.nanoTime() - start) / 1e6;
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        waitForUnlock(home);

        double heapMb;
        double pageMs;
        deleteData(target.resolve("bench-zone"));
        EmbeddedDatabase server = EmbeddedDatabase.start(target.resolve("bench-zone"), "pbi_bench_zone",
                line -> { });
        try {
            fillOneZone(server);
            try (Database db = Database.open(server.settings())) {
                double[] figures = scrollOneZone(stage, db);
                heapMb = figures[0];
                pageMs = figures[1];
            }
        } finally {
            server.close();
        }

        System.out.printf("[bench] launch %.0f ms (first %.0f ms), zone open %.0f ms, page %.1f ms, heap %.1f MB%n",
                launch, firstLaunch, zoneOpenMs, pageMs, heapMb);
        Report report = Report.read(RESULTS);
        report.put("gui_first_launch_ms", firstLaunch);
        report.put("gui_launch_ms", launch);
        report.put("gui_zone_open_ms", zoneOpenMs);
        report.put("gui_scroll_page_ms", pageMs);
        report.put("gui_browse_heap_mb", heapMb);
        report.write(RESULTS);
        report.print(System.out);
        assertThat(heapMb).as("heap after GC while scrolling a zone of %,d bots", ZONE_BOTS).isLessThan(300);
    }

    /** One zone (Elwynn Forest) holding every bot: set-based, with MariaDB's sequence engine. */
    private static void fillOneZone(EmbeddedDatabase server) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM playerbot_state");
            s.execute("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                    + " orientation, gold_copper, health, mana, level)"
                    + " SELECT n, -9000 + n % 1000, 300 + n % 777, 60, 0, 12, (n % 628) / 100,"
                    + " n * 37 % 2000000000, 1000 + n % 9000, n % 5000, 1 + n % 80"
                    + " FROM (SELECT CAST(seq AS SIGNED) AS n FROM seq_1_to_" + ZONE_BOTS + ") numbers");
        }
        System.out.printf("[bench] %,d bots in one zone in %.1f s%n", ZONE_BOTS, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Opens the window on the database, picks the zone and drags the table's scroll bar to the bottom page after
     * page, measuring the heap after a full GC every 20 pages.
     *
     * @return the largest heap in MB, and the median milliseconds from scrolling to the next page being shown
     */
    private static double[] scrollOneZone(Stage stage, Database db) throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        MainViewModel vm = onFx(() -> {
            MainViewModel model = App.defaults().window(stage, runner).model();
            model.use(MainViewModel.Session.of(db, null));
            stage.show();
            return model;
        });
        BrowseViewModel browse = vm.browse();
        waitFor(() -> !browse.rows().isEmpty() && !browse.loadingProperty().get(), 60);
        long opening = System.nanoTime();
        onFx(() -> {
            browse.select(new BrowseViewModel.Scope(0L, 12L, "Elwynn Forest", ZONE_BOTS));
            return null;
        });
        waitFor(() -> browse.totalProperty().get() == ZONE_BOTS && !browse.loadingProperty().get(), 300);
        zoneOpenMs = (System.nanoTime() - opening) / 1e6;
        TableView<?> table = onFx(() -> (TableView<?>) stage.getScene().lookup("#bot-table"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double maxHeap = heapAfterGc(memory);
        double[] pageMs = new double[SCROLL_PAGES];
        for (int page = 0; page < SCROLL_PAGES; page++) {
            long before = browse.firstRowIndexProperty().get() + browse.rows().size();
            long start = System.nanoTime();
            // Scrolls the table to its last row (rendering the cells) and asks for the next page as the scroll
            // listener does; driving the scroll bar itself does not reach that listener under Monocle.
            onFx(() -> {
                table.scrollTo(table.getItems().size() - 1);
                browse.loadNext();
                return null;
            });
            waitFor(() -> browse.firstRowIndexProperty().get() + browse.rows().size() > before
                    && !browse.loadingProperty().get(), 30);
            WaitForAsyncUtils.waitForFxEvents();
            pageMs[page] = (System.nanoTime() - start) / 1e6;
            if (page % 20 == 19) {
                maxHeap = Math.max(maxHeap, heapAfterGc(memory));
            }
        }
        System.out.printf("[bench] scrolled to row %,d of %,d%n",
                browse.firstRowIndexProperty().get() + browse.rows().size(), browse.totalProperty().get());
        maxHeap = Math.max(maxHeap, heapAfterGc(memory));
        onFx(() -> {
            vm.shutdown();
            stage.hide();
            return null;
        });
        runner.shutdown();
        java.util.Arrays.sort(pageMs);
        return new double[] {maxHeap, pageMs[pageMs.length / 2]};
    }

    private static ScrollBar verticalBar(TableView<?> table) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar;
            }
        }
        throw new IllegalStateException("The bot table has no vertical scroll bar");
    }

    private static double heapAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Populated: the zone tree and the bot table both show rows. */
    private static void waitUntilPopulated(Stage stage, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(() -> {
            if (stage.getScene() == null) {
                return false;
            }
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#bot-table");
            var tree = (javafx.scene.control.TreeView<?>) stage.getScene().lookup("#zone-tree");
            return table != null && !table.getItems().isEmpty() && tree != null && tree.getRoot() != null
                    && !tree.getRoot().getChildren().isEmpty();
        }));
    }

    /** The window closes its embedded server in the background; the next launch needs its lock. */
    private static void waitForUnlock(Path home) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (var channel = java.nio.channels.FileChannel.open(home.resolve("embedded.lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                    var lock = channel.tryLock()) {
                if (lock != null) {
                    return;
                }
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // Still held inside this JVM.
            }
            Thread.sleep(200);
        }
        throw new TimeoutException("The embedded server in " + home + " did not stop");
    }

    private static void waitFor(Callable<Boolean> condition, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void deleteData(Path home) throws java.io.IOException {
        Path data = home.resolve("data");
        if (java.nio.file.Files.exists(data)) {
            try (var files = java.nio.file.Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
