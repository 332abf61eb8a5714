package pbi.app.gui.doctor;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import pbi.app.gui.main.MainView;
import pbi.app.gui.main.MainViewModel;
import pbi.app.gui.main.MainWindow;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Rule;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Tools → Doctor in the real window: scan, open a finding's bot, review and apply a repair. */
@ExtendWith(ApplicationExtension.class)
class DoctorWindowTest {

    private BotService bots;
    private MainView view;
    private MainViewModel model;

    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        // No world database on the server (the demo-world tests leave one): these bots' test items are not in it,
        // and this test counts the state and inventory rules only.
        TestDatabase.sql("DROP DATABASE IF EXISTS world", "DROP DATABASE IF EXISTS acore_world");
        bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(1, 12, 3));
        bots.replace(Bots.bot(2, 12, 3));
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid = 2",
                "UPDATE playerbot_inventory SET stack_count = 0 WHERE bot_guid = 1 AND bag = 19 AND slot = 2");
        MainWindow window = App.defaults().window(stage, new FxTaskRunner());
        view = window.view();
        model = window.model();
        model.use(MainViewModel.Session.of(TestDatabase.database(), null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        FxToolkit.hideStage();
    }

    @Test
    void scanListsFindingsByRuleOpensTheBotAndRepairsARuleAfterReview(FxRobot robot) throws Exception {
        DoctorWatch watch = DoctorWatch.start();
        MenuItem doctor = view.toolsMenu().getItems().stream().filter(i -> "menu-doctor".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(doctor::fire);
        robot.clickOn("#doctor-scan");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#doctor-findings").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().size() == 2);
        assertThat(tree.getRoot().getChildren()).extracting(TreeItem::getValue)
                .containsExactly(Rule.LEVEL_OUT_OF_RANGE, Rule.STACK_ZERO);

        robot.interact(() -> {
            TreeItem<Object> stack = tree.getRoot().getChildren().get(1);
            stack.setExpanded(true);
            tree.getSelectionModel().select(tree.getRow(stack.getChildren().get(0)));
        });
        waitUntil(() -> "inv:19:2".equals(model.editor().highlightProperty().get()));
        Screenshots.save(robot.lookup("#doctor-root").query().getScene(), "doctor-window");

        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
        robot.clickOn("#doctor-fix-rule");
        waitUntil(() -> robot.lookup("#doctor-review-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#doctor-review").queryTextInputControl().getText())
                .contains("state (level): 0 → 1")
                .contains("UPDATE playerbot_state SET level = 1 WHERE bot_guid = 2;");
        Screenshots.save(robot.lookup("#doctor-review-dialog").query().getScene(), "doctor-review");
        robot.clickOn("#doctor-repair");

        waitUntil(() -> bots.load(BigInteger.TWO).orElseThrow().state().level() == 1);
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        assertThat(tree.getRoot().getChildren().get(0).getChildren()).extracting(i -> ((Finding) i.getValue()).rule())
                .containsExactly(Rule.STACK_ZERO);
        watch.assertNothingNew();
        assertThat(watch.before()).anySatisfy(f -> assertThat(f).contains("state.level_out_of_range"));
    }

    @Test
    void findingsGroupByBotOnRequestWithReadableTitlesAndEscapeClosesTheDoctor(FxRobot robot) throws Exception {
        MenuItem doctor = view.toolsMenu().getItems().stream().filter(i -> "menu-doctor".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(doctor::fire);
        robot.clickOn("#doctor-scan");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#doctor-findings").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().size() == 2);

        // The main window's tree counts the findings of the scan: both bots stand in Elwynn Forest.
        waitUntil(() -> robot.lookup("#all-bots").tryQuery().map(c -> ((javafx.scene.control.Labeled) c).getText())
                .orElse("").endsWith("⚠ 2"));
        robot.interact(() -> model.browse().problemCountsProperty().get().forEach((zone, n) ->
                assertThat(zone + "=" + n).isEqualTo("0:12=2")));

        robot.clickOn("#doctor-group-bot");
        waitUntil(() -> tree.getRoot().getChildren().get(0).getValue() instanceof DoctorView.BotGroup);
        assertThat(tree.getRoot().getChildren()).extracting(i -> ((DoctorView.BotGroup) i.getValue()).guid())
                .containsExactly(BigInteger.ONE, BigInteger.TWO);
        robot.interact(() -> tree.getRoot().getChildren().get(1).setExpanded(true));
        waitUntil(() -> robot.lookup("#doctor-findings .tree-cell").queryAll().stream()
                .anyMatch(c -> ((javafx.scene.control.Labeled) c).getText() != null
                        && ((javafx.scene.control.Labeled) c).getText().startsWith("Level out of range  ·")));
        Screenshots.save(robot.lookup("#doctor-root").query().getScene(), "doctor-by-bot");

        robot.clickOn("#doctor-group-rule");
        waitUntil(() -> tree.getRoot().getChildren().get(0).getValue() == Rule.LEVEL_OUT_OF_RANGE);
        assertThat(robot.lookup("#doctor-findings .tree-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()))
                .anyMatch(t -> t != null && t.startsWith("Level out of range  ·  state.level_out_of_range  ·"));

        robot.clickOn("#doctor-findings");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#doctor-root").tryQuery().isEmpty()
                || !robot.lookup("#doctor-root").query().getScene().getWindow().isShowing());
    }
}
