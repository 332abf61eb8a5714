package pbi.app.gui.map;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Screenshots;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.Viewport;
import pbi.dao.service.MapService;
import pbi.dao.testing.TestDatabase;

/** The map in a real window on real bots in Elwynn Forest: click selects, drag moves, Escape cancels. */
@ExtendWith(ApplicationExtension.class)
class MapPaneTest {

    private static final BigInteger WALKER = BigInteger.valueOf(5);
    private final List<BigInteger> clicked = new CopyOnWriteArrayList<>();
    private final List<MapViewModel.BotMove> moves = new CopyOnWriteArrayList<>();
    private Database database;
    private MapViewModel model;
    private MapPane pane;
    private Stage window;

    /** The server starts outside the FX thread, whose setup has a time limit. */
    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) throws Exception {
        TestDatabase.reset();
        List<String> sql = new ArrayList<>();
        // Forty bots on a loose grid across Elwynn Forest, clear of Stormwind City's rectangle.
        for (int i = 1; i <= 40; i++) {
            double x = -9_950 + (i % 8) * 220;
            double y = -1_700 + (i / 8) * 330 + (i % 3) * 40;
            if (i == 5) {
                x = -9_000;
                y = -500;
            }
            sql.add(state(i, x, y, 12, 10 + i));
        }
        sql.add(state(41, -8_913, 554, 1519, 30));
        sql.add(state(42, -10_300, 1_500, 40, 12));
        sql.add(state(43, 20_000.5, 60, 12, 20));
        sql.add(state(44, -9_300, 900, 40, 25));
        TestDatabase.sql(sql.toArray(String[]::new));
        TestDatabase.characters("INSERT INTO characters (guid, account, name, race, class, level, online) VALUES"
                + " (5, 1, 'Wanderer', 1, 1, 15, 0), (7, 1, 'Onlinebot', 1, 2, 17, 1)");
        database = Database.open(TestDatabase.settings());
        MapService service = new MapService(database, Atlas.standard(), Limits.wotlk().worldHalfExtent());
        model = new MapViewModel(new FxTaskRunner(), Limits.wotlk(), Atlas.standard());
        model.setOnBotClicked(clicked::add);
        model.setOnBotMoved(moves::add);
        pane = new MapPane(model);
        // A window of its own: the shared primary stage would keep this size for the next window test.
        window = new Stage();
        window.setScene(new Scene(pane, 1000, 700));
        window.show();
        model.connect(() -> service);
        model.show(0, 12L);
    }

    private static String state(long guid, double x, double y, long zone, int level) {
        return "INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id, health,"
                + " mana, level) VALUES (" + guid + ", " + x + ", " + y + ", 60, 0, " + zone + ", 100, 100, " + level
                + ")";
    }

    /** Leaves no button held and no window open for the next window test. */
    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        robot.release(new MouseButton[0]);
        robot.interact(window::close);
        FxToolkit.hideStage();
        database.close();
    }

    @Test
    void clickingADotSelectsThatBot(FxRobot robot) throws Exception {
        loaded();

        robot.clickOn(onScreen(-9_000, -500));

        waitUntil(() -> clicked.contains(WALKER));
        assertThat(model.selected()).isEqualTo(WALKER);
        robot.moveTo(onScreen(-9_000, -500));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(pane.getScene(), "map");
    }

    @Test
    void draggingTheSelectedBotMovesItAndNamesTheZoneItLandsIn(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn(onScreen(-9_000, -500));
        waitUntil(() -> WALKER.equals(model.selected()));

        robot.drag(onScreen(-9_000, -500), MouseButton.PRIMARY).moveTo(onScreen(-10_300, 1_300))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> moves.size() == 1);
        robot.drag(onScreen(-10_300, 1_300), MouseButton.PRIMARY).moveTo(onScreen(-9_460, 60))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> moves.size() == 2);

        double yards = 2 * model.viewport().yardsPerPixel();
        assertThat(moves.get(0).botGuid()).isEqualTo(WALKER);
        assertThat(moves.get(0).zoneId()).as("Westfall").isEqualTo(40L);
        assertThat(moves.get(1).x()).isCloseTo(-9_460, within(yards));
        assertThat(moves.get(1).y()).isCloseTo(60, within(yards));
        assertThat(moves.get(1).zoneId()).as("Goldshire is in Elwynn Forest").isEqualTo(12L);
        Screenshots.save(pane.getScene(), "map-moved");
    }

    @Test
    void escapeCancelsADrag(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn(onScreen(-9_000, -500));
        waitUntil(() -> WALKER.equals(model.selected()));

        robot.press(MouseButton.PRIMARY);
        robot.moveTo(onScreen(-9_600, 400));
        waitUntil(model::isDragging);
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.isDragging()).isFalse();
        assertThat(moves).isEmpty();
        assertThat(model.botAt(screenX(-500), screenY(-9_000))).as("the dot is back where it was")
                .isEqualTo(WALKER);
    }

    @Test
    void moveHereFromTheContextMenuMovesTheSelectedBot(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn(onScreen(-9_000, -500));
        waitUntil(() -> WALKER.equals(model.selected()));

        robot.rightClickOn(onScreen(-9_460, 60));
        robot.clickOn("Move selected bot here");

        waitUntil(() -> moves.size() == 1);
        assertThat(moves.get(0).zoneId()).isEqualTo(12L);
    }

    private void loaded() throws TimeoutException {
        waitUntil(() -> model.picture() != null && !model.loadingProperty().get()
                && model.picture().botsInView() > 30);
    }

    private Point2D onScreen(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.localToScreen(screenX(y), screenY(x))).get(5, TimeUnit.SECONDS);
    }

    private double screenX(double worldY) {
        Viewport v = model.viewport();
        return v.screenX(worldY);
    }

    private double screenY(double worldX) {
        return model.viewport().screenY(worldX);
    }
}
