package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import pbi.app.App;
import pbi.app.gui.common.DoctorWatch;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Screenshots;
import pbi.app.gui.map.MapPane;
import pbi.app.gui.map.MapViewModel;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * The map in the real main window: pick Elwynn Forest, click a bot's dot, drag it to Goldshire, review and save;
 * the row is written by the editor's usual save and the doctor finds nothing new.
 */
@ExtendWith(ApplicationExtension.class)
class MapWindowTest {

    private static final BigInteger WALKER = BigInteger.ONE;
    private static final double[][] SPOTS = {{-9_100, -300}, {-9_700, -900}, {-9_300, -1_200}, {-9_800, -1_500},
        {-9_600, -500}, {-9_150, -1_500}};
    private BotService bots;
    private Stage stage;
    private MapViewModel map;
    private MapPane pane;

    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        for (int i = 0; i < SPOTS.length; i++) {
            BotSnapshot bot = Bots.bot(i + 1, 2, 1);
            BotState s = bot.state().withPosition((float) SPOTS[i][0], (float) SPOTS[i][1], 60f, 0, 12, 1f);
            bots.replace(bot.withState(s));
        }
        this.stage = stage;
        MainWindow window = App.defaults().window(stage, new FxTaskRunner());
        window.model().use(MainViewModel.Session.of(TestDatabase.database(), null));
        stage.show();
    }

    @AfterEach
    void hide(FxRobot robot) throws TimeoutException {
        robot.release(new MouseButton[0]);
        FxToolkit.hideStage();
    }

    @Test
    void clickingADotOpensItsBotAndDraggingItToGoldshireSavesTheNewPosition(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        chooseElwynnForest(robot);
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#browser-tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "tab-map".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        pane = robot.lookup("#map-pane").queryAs(MapPane.class);
        map = pane.model();
        waitUntil(() -> map.picture() != null && !map.loadingProperty().get()
                && map.picture().botsInView() == SPOTS.length);
        Screenshots.save(stage.getScene(), "map-main");

        robot.clickOn(onScreen(SPOTS[0][0], SPOTS[0][1]));
        waitUntil(() -> "-9100.0".equals(text(robot, "#state-x")));
        @SuppressWarnings("unchecked")
        TableView<BotRow> table = robot.lookup("#bot-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().botGuid()).as("the row is selected")
                .isEqualTo(WALKER);
        assertThat(map.selected()).isEqualTo(WALKER);

        robot.drag(onScreen(SPOTS[0][0], SPOTS[0][1]), MouseButton.PRIMARY).moveTo(onScreen(-9_460, 60))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> !"-9100.0".equals(text(robot, "#state-x")));
        double yards = 2 * map.viewport().yardsPerPixel();
        assertThat(Double.parseDouble(text(robot, "#state-x"))).isCloseTo(-9_460, within(yards));
        assertThat(Double.parseDouble(text(robot, "#state-y"))).isCloseTo(60, within(yards));
        assertThat(text(robot, "#state-zone")).isEqualTo("12");
        assertThat(robot.lookup("#state-x").query().getStyleClass()).contains("edited");
        assertThat(robot.lookup("#state-y").query().getStyleClass()).contains("edited");
        assertThat(stage.getTitle()).contains("unsaved changes");
        Screenshots.save(stage.getScene(), "map-moved");
        assertThat(robot.lookup("#state-small-map").queryAs(MapPane.class).model().selected()).isEqualTo(WALKER);

        robot.clickOn("#review-button");
        waitUntil(() -> robot.lookup("#review-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#review-dialog").query().getScene(), "map-review");
        assertThat(robot.lookup("#review-sql").queryTextInputControl().getText())
                .contains("UPDATE playerbot_state").contains("position_x").contains("position_y");
        robot.clickOn("#review-save");

        waitUntil(() -> Math.abs(bots.load(WALKER).orElseThrow().state().positionX() + 9_460) <= yards);
        BotState saved = bots.load(WALKER).orElseThrow().state();
        assertThat((double) saved.positionY()).isCloseTo(60, within(yards));
        assertThat(saved.zoneId()).isEqualTo(12);
        assertThat(saved.mapId()).isEqualTo(0);
        doctor.assertNothingNew();
        waitUntil(() -> !map.loadingProperty().get() && map.botAt(map.viewport().screenX(60),
                map.viewport().screenY(-9_460)) != null);
        assertThat(map.botAt(map.viewport().screenX(60), map.viewport().screenY(-9_460))).isEqualTo(WALKER);
        robot.type(KeyCode.ESCAPE);
    }

    private void chooseElwynnForest(FxRobot robot) throws TimeoutException {
        ZoneTree.choose(robot, 0, 12, SPOTS.length + " bots");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private Point2D onScreen(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.localToScreen(map.viewport().screenX(y),
                map.viewport().screenY(x))).get(5, TimeUnit.SECONDS);
    }
}
