package pbi.app.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.map.MapPane;
import pbi.app.gui.map.MapViewModel;
import pbi.app.map.Java2dPainter;
import pbi.app.map.MapRequests;
import pbi.app.map.SceneBuilder;
import pbi.app.map.SceneInput;
import pbi.dao.db.Database;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.MapPicture;
import pbi.dao.geo.StrayBots;
import pbi.dao.geo.Viewport;
import pbi.dao.service.MapService;

/**
 * The map with 1,000,000 bots on one continent, headless: the first picture, a redraw after zooming in, and what the
 * heap grows by. Prints figures, asserts nothing about time. Run with
 * {@code mvn -B -o -pl dao,app test -Dtest=MapBenchTest -Dbench.map=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "bench.map", matches = "true")
class MapBenchTest {

    private static final int BOTS = Integer.getInteger("bench.mapBots", 1_000_000);
    private static final int RUNS = 5;
    private static final Limits LIMITS = Limits.wotlk();

    @Test
    void continentOfAMillionBots() throws Exception {
        Path home = Path.of("target/bench-map").toAbsolutePath();
        deleteData(home);
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "pbi_bench_map", line -> { })) {
            fill(server);
            try (Database db = Database.open(server.settings())) {
                MapService service = new MapService(db, Atlas.standard(), LIMITS.worldHalfExtent());
                dataLayer(service);
                // A fresh service: nothing kept from the data-layer runs.
                window(new MapService(db, Atlas.standard(), LIMITS.worldHalfExtent()));
            }
        }
    }

    /** Bots around the Eastern Kingdoms' zones, set-based with MariaDB's sequence engine. */
    private static void fill(EmbeddedDatabase server) throws Exception {
        long start = System.nanoTime();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM playerbot_state");
            s.execute("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                    + " orientation, gold_copper, health, mana, level)"
                    + " SELECT n, cx + (n * 7919 % 2001) - 1000, cy + (n * 104729 % 1801) - 900, 50, 0, zone, 0,"
                    + " n % 100000, 1000, 1000, 1 + n % 80"
                    + " FROM (SELECT CAST(seq AS SIGNED) AS n FROM seq_1_to_" + BOTS + ") numbers"
                    + " JOIN (SELECT 0 AS k, -9300 AS cx, -200 AS cy, 12 AS zone UNION ALL SELECT 1, -10600, 1000, 40"
                    + " UNION ALL SELECT 2, -10600, -500, 10 UNION ALL SELECT 3, -13000, -300, 33"
                    + " UNION ALL SELECT 4, -5600, -500, 1 UNION ALL SELECT 5, -3400, -1700, 11"
                    + " UNION ALL SELECT 6, 2200, 500, 85 UNION ALL SELECT 7, 1500, -1500, 28"
                    + " UNION ALL SELECT 8, -500, -500, 267 UNION ALL SELECT 9, -8800, 650, 1519) centres"
                    + " ON centres.k = numbers.n % 10");
            s.execute("ANALYZE TABLE playerbot_state");
        }
        System.out.printf("[bench] map: %,d bots on Eastern Kingdoms in %.1f s%n", BOTS,
                (System.nanoTime() - start) / 1e9);
    }

    /** The database and the picture without a window: what the command line pays. */
    private static void dataLayer(MapService service) {
        Atlas atlas = Atlas.standard();
        Viewport continent = MapRequests.fit(atlas, LIMITS, 0, null, 1200, 800);
        Viewport zoomed = continent.zoom(8, 600, 400);
        double[] sketch = new double[RUNS];
        double[] counts = new double[RUNS];
        double[] kept = new double[RUNS];
        double[] dots = new double[RUNS];
        double[] render = new double[RUNS];
        MapPicture picture = null;
        MapPicture rough = null;
        for (int i = 0; i < RUNS; i++) {
            service.forget(0);
            long t0 = System.nanoTime();
            rough = service.sketch(MapRequests.query(0, null, continent));
            sketch[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            service.picture(MapRequests.query(0, null, continent), false);
            counts[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            picture = service.picture(MapRequests.query(0, null, continent.zoom(1.5, 600, 400)), false);
            kept[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            service.picture(MapRequests.query(0, null, zoomed.zoom(40, 600, 400)), true);
            dots[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            BufferedImage image = Java2dPainter.render(SceneBuilder.build(new SceneInput(atlas, LIMITS, continent, 0,
                    null, picture, StrayBots.NONE, null, null, null, null, null, false)));
            render[i] = (System.nanoTime() - t0) / 1e6;
            image.flush();
        }
        System.out.printf("[bench] map: per-zone sketch of the continent %.0f ms (%,d cells); counts per 16-yard"
                + " square of the whole map %.0f ms; a zoomed view from the kept squares %.0f ms (%,d cells, %,d"
                + " bots); dots of a small view %.0f ms; scene + Java2D 1200x800 %.0f ms (medians of %d)%n",
                median(sketch), rough == null ? 0 : rough.cells().size(), median(counts), median(kept),
                picture.cells().size(), picture.botsInView(), median(dots), median(render), RUNS);
    }

    /** The real pane in a headless window. */
    private static void window(MapService service) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxTaskRunner runner = new FxTaskRunner();
        MapViewModel[] holder = new MapViewModel[1];
        onFx(() -> {
            MapViewModel model = new MapViewModel(runner, LIMITS, Atlas.standard());
            holder[0] = model;
            stage.setScene(new Scene(new MapPane(model), 1200, 800));
            stage.show();
            return null;
        });
        MapViewModel model = holder[0];
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double heapBefore = heapAfterGc(memory);

        long t0 = System.nanoTime();
        onFx(() -> {
            model.connect(() -> service);
            model.show(0, null);
            return null;
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> model.picture() != null));
        WaitForAsyncUtils.waitForFxEvents();
        double first = (System.nanoTime() - t0) / 1e6;
        waitLoaded(model);
        double refined = (System.nanoTime() - t0) / 1e6;

        double[] instant = new double[RUNS];
        double[] settled = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double factor = i % 2 == 0 ? 2 : 0.5;
            long z0 = System.nanoTime();
            onFx(() -> {
                model.zoom(factor, 600, 400);
                return null;
            });
            instant[i] = (System.nanoTime() - z0) / 1e6;
            waitLoaded(model);
            settled[i] = (System.nanoTime() - z0) / 1e6;
        }
        for (int i = 0; i < 20; i++) {
            double factor = 1.2;
            onFx(() -> {
                model.zoom(factor, 500, 300);
                return null;
            });
        }
        waitLoaded(model);
        double heapAfter = heapAfterGc(memory);
        System.out.printf("[bench] map window 1200x800, %,d bots: first picture %.0f ms, counted per cell %.0f ms;"
                + " zoom: repaint from the last counts %.1f ms, new counts painted %.0f ms (medians of %d); heap %.1f"
                + " MB before, %.1f MB after (growth %.1f MB); last view %s with %,d bots%n", BOTS, first, refined,
                median(instant),
                median(settled), RUNS, heapBefore, heapAfter, heapAfter - heapBefore,
                model.picture().isDensity() ? "counted per cell" : "in dots", model.picture().botsInView());
        onFx(() -> {
            stage.hide();
            return null;
        });
        runner.shutdown();
    }

    private static void waitLoaded(MapViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> model.picture() != null
                && !model.loadingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static double heapAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void deleteData(Path home) throws java.io.IOException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
