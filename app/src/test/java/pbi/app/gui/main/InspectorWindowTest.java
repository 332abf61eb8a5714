package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static pbi.app.gui.common.FxWaits.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
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
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.LogFile;
import pbi.app.gui.common.Screenshots;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Drives the real window against the real test MariaDB, headless, and writes screenshots. */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {

    private static final BigInteger GUID = BigInteger.ONE;
    private BotService bots;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void startServer() {
        // Started here, not in @Start, because the first start takes longer than TestFX's setup timeout.
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(1, 12, 3));
        BotSnapshot other = Bots.bot(2, 2, 1);
        BotState kalimdor = other.state().withPosition(10f, 20f, 30f, 1, 14, 0.5f);
        bots.replace(other.withState(kalimdor));
        this.stage = stage;
        FxTaskRunner runner = new FxTaskRunner();
        MainWindow window = App.defaults().window(stage, runner);
        view = window.view();
        // The shared test pool must outlive the window, so the session has no embedded server and is never closed.
        window.model().use(MainViewModel.Session.of(TestDatabase.database(), null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        FxToolkit.hideStage();
    }

    @Test
    void choosingAZoneAndABotThenEditingGoldAndPositionSavesTheRows(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openBotInElwynnForest(robot);
        shot(robot, "main-window");
        for (String tab : new String[] {"tab-inventory", "tab-equipment", "tab-json", "tab-state"}) {
            selectTab(robot, tab);
            shot(robot, tab.substring(4) + "-tab");
        }

        type(robot, "#state-gold", "250");
        type(robot, "#state-silver", "5");
        type(robot, "#state-x", "-9000.5");
        type(robot, "#state-orientation", "2.25");
        assertThat(stage.getTitle()).contains("Playerbot Inspector").contains("unsaved changes");
        assertThat(robot.lookup("#state-gold").query().getStyleClass()).contains("edited");
        shot(robot, "edited-state");
        robot.clickOn("#save-button");

        waitUntil(() -> bots.load(GUID).orElseThrow().state().goldCopper().equals(BigInteger.valueOf(2_500_556)));
        BotState saved = bots.load(GUID).orElseThrow().state();
        assertThat(saved.positionX()).isEqualTo(-9000.5f);
        assertThat(saved.orientation()).isEqualTo(2.25f);
        waitUntil(() -> !stage.getTitle().contains("unsaved"));
        doctor.assertNothingNew();
    }

    @Test
    void movingAnInventoryItemAndChangingAStackCountSaves(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openBotInElwynnForest(robot);
        selectTab(robot, "tab-inventory");
        long moved = bots.load(GUID).orElseThrow().itemAt(19, 0).orElseThrow().itemId();

        robot.drag("#slot-19-0").dropTo("#slot-20-5");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#slot-19-3");
        type(robot, "#inv-item-stack", "17");
        robot.clickOn("#save-button");

        waitUntil(() -> bots.load(GUID).orElseThrow().itemAt(20, 5).isPresent());
        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.itemAt(20, 5).orElseThrow().itemId()).isEqualTo(moved);
        assertThat(saved.itemAt(19, 0)).isEmpty();
        assertThat(saved.itemAt(19, 3).orElseThrow().stackCount()).isEqualTo(17);
        doctor.assertNothingNew();
    }

    @Test
    void addingAnItemToAnEmptySlotAndDeletingAnotherSaves(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openBotInElwynnForest(robot);
        selectTab(robot, "tab-inventory");

        robot.clickOn("#slot-20-5");
        type(robot, "#inv-item-id", "6948");
        robot.clickOn("#inv-create");
        robot.clickOn("#slot-19-2");
        robot.clickOn("#inv-delete");
        waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        robot.clickOn("#confirm-yes");
        robot.clickOn("#save-button");

        waitUntil(() -> bots.load(GUID).orElseThrow().itemAt(20, 5).isPresent());
        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.itemAt(20, 5).orElseThrow().itemId()).isEqualTo(6948);
        assertThat(saved.itemAt(19, 2)).isEmpty();
        assertThat(saved.inventory()).hasSize(12);
        doctor.assertNothingNew();
    }

    @Test
    void restoringAVersionFromTheHistorySavesIt(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openBotInElwynnForest(robot);
        BotSnapshot original = bots.load(GUID).orElseThrow();
        type(robot, "#state-gold", "250");
        robot.clickOn("#save-button");
        waitUntil(() -> !bots.load(GUID).orElseThrow().sameValues(original));
        waitUntil(() -> !stage.getTitle().contains("unsaved"));

        MenuItem history = menuItem(robot, "menu-history");
        Platform.runLater(history::fire);
        waitUntil(() -> robot.lookup("#history-list").tryQuery().isPresent());
        // Newest first: the version this save replaced.
        robot.interact(() -> robot.lookup("#history-list").queryListView().getSelectionModel().select(0));
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Restore".equals(b.getText()))
                .queryButton());
        waitUntil(() -> stage.getTitle().contains("unsaved changes"));
        robot.clickOn("#save-button");

        waitUntil(() -> bots.load(GUID).orElseThrow().sameValues(original));
        doctor.assertNothingNew();
    }

    @Test
    void equippingAndUnequippingSaves(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openBotInElwynnForest(robot);
        selectTab(robot, "tab-equipment");

        robot.clickOn("#equip-1");
        robot.clickOn("#eq-remove");
        // Bag rows have no gems: unequipping a socketed item asks first.
        waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        robot.clickOn("#confirm-yes");
        robot.clickOn("#equip-9");
        type(robot, "#eq-item-id", "40321");
        type(robot, "#eq-item-gem-0", "41398");
        robot.clickOn("#eq-create");
        robot.clickOn("#save-button");

        waitUntil(() -> bots.load(GUID).orElseThrow().equippedAt(9).isPresent());
        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.equippedAt(1)).isEmpty();
        assertThat(saved.itemAt(19, 12).orElseThrow().itemId()).isEqualTo(40001);
        assertThat(saved.equippedAt(9).orElseThrow().itemId()).isEqualTo(40321);
        assertThat(saved.equippedAt(9).orElseThrow().gems()).isEqualTo("41398");
        doctor.assertNothingNew();
    }

    @Test
    void invalidInputBlocksSavingAndSaysWhy(FxRobot robot) throws Exception {
        openBotInElwynnForest(robot);

        type(robot, "#state-orientation", "7");

        Button save = robot.lookup("#save-button").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#save-blocked-reason").queryAs(Label.class).getText())
                .isEqualTo("Cannot save: Orientation must be between 0 and 6.2832 radians");
        shot(robot, "invalid-input");

        type(robot, "#state-orientation", "1.5");
        type(robot, "#state-gold", "300000");
        assertThat(robot.lookup("#save-blocked-reason").queryAs(Label.class).getText())
                .isEqualTo("Cannot save: Gold must be at most 214,748g 36s 46c");
        assertThat(save.isDisabled()).isTrue();
    }

    @Test
    void aChangeByAnotherConnectionBeforeSaveShowsTheConflictDialog(FxRobot robot) throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        openBotInElwynnForest(robot);
        type(robot, "#state-level", "42");
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 1");

        robot.clickOn("#review-button");
        waitUntil(() -> robot.lookup("#review-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#review-dialog").query().getScene(), "review-dialog");
        assertThat(robot.lookup("#review-sql").queryTextInputControl().getText())
                .contains("UPDATE playerbot_state SET").contains("42");
        robot.clickOn("#review-save");

        waitUntil(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#conflict-dialog").query().getScene(), "conflict-dialog");
        assertThat(robot.lookup("#conflict-merge").queryButton().isDefaultButton()).isTrue();
        assertThat(robot.lookup("#conflict-overwrite").queryButton().isDefaultButton()).isFalse();
        robot.clickOn("#conflict-merge");

        waitUntil(() -> bots.load(GUID).orElseThrow().state().level() == 42);
        assertThat(bots.load(GUID).orElseThrow().state().mana()).isEqualTo(1);
        doctor.assertNothingNew();
    }

    @Test
    void aDatabaseErrorKeepsTheEdits(FxRobot robot) throws Exception {
        openBotInElwynnForest(robot);
        TestDatabase.sql("CREATE TRIGGER fail_equipment_insert BEFORE UPDATE ON playerbot_state FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'");
        type(robot, "#state-gold", "77");

        robot.clickOn("#save-button");

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#error-dialog").query().getScene(), "save-error-dialog");
        robot.clickOn(robot.lookup("#error-dialog .button").queryButton());
        assertThat(robot.lookup("#state-gold").queryAs(TextField.class).getText()).isEqualTo("77");
        assertThat(stage.getTitle()).contains("unsaved changes");
        assertThat(bots.load(GUID).orElseThrow().state().goldCopper()).isEqualTo(BigInteger.valueOf(123_456));
    }

    @Test
    void helpAboutShowsVersionDataDirectoryLogFileAndTheConnectionWithoutPassword(FxRobot robot) throws Exception {
        MenuItem about = menuItem(robot, "menu-about");

        Platform.runLater(about::fire);

        waitUntil(() -> robot.lookup("#about-text").tryQuery().isPresent());
        String text = robot.lookup("#about-text").queryAs(TextArea.class).getText();
        assertThat(text).contains("Version: ", "Data directory: " + EmbeddedDatabase.defaultHome(),
                "Log file: " + LogFile.path(), "Connection: jdbc:");
        assertThat(text).doesNotContain("password");
        Screenshots.save(robot.lookup("#about-dialog").query().getScene(), "about-dialog");
        robot.clickOn(robot.lookup("#about-dialog .button").queryButton());
    }

    private void openBotInElwynnForest(FxRobot robot) throws Exception {
        ZoneTree.choose(robot, 0, 12, "1 bot ");
        robot.clickOn(robot.lookup("#bot-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0 && !row.isEmpty() && row.isVisible())
                .queryAs(Node.class));
        waitUntil(() -> "12".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()));
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void selectTab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        Screenshots.save(stage.getScene(), name);
    }
}
