package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static pbi.app.gui.common.FxWaits.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
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
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Screenshots;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.domain.BotRow;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Issue 15 in the real window: problems where people look, and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class WindowUxTest {

    private BotService bots;
    private MainView view;

    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(1, 12, 3));
        bots.replace(Bots.bot(3, 12, 3));
        TestDatabase.sql("UPDATE playerbot_state SET level = 0, health = 4294967000 WHERE bot_guid = 3");
        MainWindow window = App.defaults().window(stage, new FxTaskRunner());
        view = window.view();
        window.model().use(MainViewModel.Session.of(TestDatabase.database(), null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        FxToolkit.hideStage();
    }

    @Test
    void theStatusColumnMarksTheCorruptBotBeforeAnyDoctorScan(FxRobot robot) throws Exception {
        openZone(robot);
        @SuppressWarnings("unchecked")
        TableView<BotRow> table = robot.lookup("#bot-table").queryAs(TableView.class);
        TableColumn<BotRow, ?> status = table.getColumns().stream().filter(c -> "col-status".equals(c.getId()))
                .findFirst().orElseThrow();

        assertThat((List<?>) status.getCellData(0)).isEmpty();
        assertThat((List<?>) status.getCellData(1)).hasSize(2);
        waitUntil(() -> robot.lookup("#bot-table .status-bad").tryQuery().isPresent());
        assertThat(robot.lookup("#bot-table .status-bad").queryLabeled().getText()).isEqualTo("⚠ 2");
        assertThat(robot.lookup("#bot-table .status-bad").queryLabeled().getTooltip().getText())
                .contains("level is 0").contains("health is 4294967000");
    }

    @Test
    void level300IsListedUnderTheFormAndInTheChecksAndClickingItFocusesTheBox(FxRobot robot) throws Exception {
        openZone(robot);
        openRow(robot, 0);
        type(robot, "#state-level", "300");

        waitUntil(() -> robot.lookup("#problem-level").tryQuery().isPresent());
        assertThat(robot.lookup("#problem-level").queryLabeled().getText()).startsWith("✖ Level ").contains("80");
        @SuppressWarnings("unchecked")
        ListView<Flag> checks = robot.lookup("#flag-list").queryAs(ListView.class);
        assertThat(checks.getItems()).extracting(Flag::ruleId).containsExactly("state.level_out_of_range");

        robot.clickOn("#state-gold");
        robot.clickOn("#problem-level");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#state-level").query().isFocused()).isTrue();
        Screenshots.save(robot.lookup("#state-level").query().getScene(), "validation-list");
    }

    @Test
    void ctrlFSearchesCtrlZRevertsAFieldCtrlSSavesAndDeleteAsksFirst(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openZone(robot);
        openRow(robot, 0);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filter-search").query().isFocused()).isTrue();

        type(robot, "#state-gold", "77");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#state-gold").queryAs(TextField.class).getText()).isEqualTo("12");

        type(robot, "#state-level", "42");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> bots.load(BigInteger.ONE).orElseThrow().state().level() == 42);

        // Delete inside a box deletes a character, never the bot.
        robot.clickOn("#state-level");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isEmpty();

        robot.clickOn("#bot-table");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirm-dialog .content").queryLabeled().getText()).contains("Delete bot 1");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
        assertThat(bots.load(BigInteger.ONE)).isPresent();
        doctor.assertNothingNew();
    }

    @Test
    void deletingABotAfterConfirmingRemovesEveryRowOfItAndNothingElse(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openZone(robot);
        openRow(robot, 0);

        robot.clickOn("#bot-table");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        robot.clickOn("#confirm-yes");

        waitUntil(() -> bots.load(BigInteger.ONE).isEmpty());
        // Rows left in the item tables would be orphans, a finding the doctor did not have before.
        doctor.assertNothingNew();
        assertThat(bots.load(BigInteger.valueOf(3))).isPresent();
    }

    @Test
    void aConnectionErrorShowsTheWholeHostAndPortInACopyableBoxAndEscapeClosesIt(FxRobot robot) throws Exception {
        String url = "jdbc:mysql://127.0.0.1:1/characters_of_the_realm_with_a_rather_long_database_name";
        robot.interact(() -> view.viewModel().connect(new ConnectionSettings(url, url, "trinity", "")));

        waitUntil(() -> robot.lookup("#error-dialog-details").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog-details").queryTextInputControl().getText())
                .contains("127.0.0.1:1/characters_of_the_realm_with_a_rather_long_database_name");
        Screenshots.save(robot.lookup("#error-dialog").query().getScene(), "connection-error");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
    }

    private void openZone(FxRobot robot) throws TimeoutException {
        ZoneTree.choose(robot, 0, 12, "2 bots ");
    }

    private void openRow(FxRobot robot, int index) throws TimeoutException {
        robot.clickOn(robot.lookup("#bot-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == index && !row.isEmpty() && row.isVisible())
                .queryAs(Node.class));
        waitUntil(() -> "12".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()));
    }
}
