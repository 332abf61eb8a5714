package pbi.app.gui.bulk;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static pbi.app.gui.common.FxWaits.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
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
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Screenshots;
import pbi.app.gui.main.MainView;
import pbi.app.gui.main.MainViewModel;
import pbi.app.gui.main.MainWindow;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.history.HistoryStore;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Tools → Bulk edit in the real window, the scenario: cap the gold of every bot over 100,000g in Elwynn
 * Forest; dry run (nothing written), then apply (one history entry per changed bot); the doctor finds the same
 * before and after.
 */
@ExtendWith(ApplicationExtension.class)
class BulkWindowTest {

    private static final HistoryStore HISTORY = HistoryStore.inDataHome(EmbeddedDatabase.defaultHome());
    private BotService bots;
    private MainView view;

    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        // No world database: these test items are not in the demo one, and the doctor here counts the bot rules.
        TestDatabase.sql("DROP DATABASE IF EXISTS world", "DROP DATABASE IF EXISTS acore_world");
        bots = new BotService(TestDatabase.database());
        long[] gold = {150_000, 50_000, 210_000};
        for (int i = 0; i < gold.length; i++) {
            BotSnapshot bot = Bots.bot(2001 + i, 3, 2);
            bots.replace(bot.withState(bot.state().withGold(Money.parse(gold[i] + "g", "gold"))));
        }
        BotSnapshot far = Bots.bot(2004, 1, 1);
        bots.replace(far.withState(far.state().withGold(Money.parse("200000g", "gold"))
                .withPosition(-10_500f, 1_000f, 40f, 0, 40, 0f)));
        // A problem the bulk edit has nothing to do with: the doctor reports it before and after alike.
        TestDatabase.sql("UPDATE playerbot_inventory SET stack_count = 0 WHERE bot_guid = 2002 AND slot = 1");
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
    void capGoldOverOneHundredThousandInAZoneDryRunThenApply(FxRobot robot) throws Exception {
        Doctor doctor = new Doctor(TestDatabase.database(), Limits.wotlk());
        List<Finding> before = doctor.scan(Scope.wholeDatabase());
        int history2001 = HISTORY.list(BigInteger.valueOf(2001)).size();
        int history2002 = HISTORY.list(BigInteger.valueOf(2002)).size();

        MenuItem bulk = view.toolsMenu().getItems().stream().filter(i -> "menu-bulk".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(bulk::fire);
        robot.clickOn("#bulk-by-zone");
        type(robot, "#bulk-map", "0");
        type(robot, "#bulk-zone", "12");
        robot.clickOn("#bulk-cap-gold");
        type(robot, "#bulk-cap-gold-value", "100,000");
        robot.clickOn("#bulk-dry-run");

        TextArea report = robot.lookup("#bulk-report").queryAs(TextArea.class);
        waitUntil(() -> report.getText().contains("3 bots chosen: 2 to change, 1 unchanged"));
        assertThat(report.getText()).contains("Bulk edit: cap gold at 100,000g 0s 0c",
                "Bots: bots in Elwynn Forest (12) on Eastern Kingdoms (0)",
                "bot 2001: 1 change", "gold: 150,000g 0s 0c → 100,000g 0s 0c",
                "UPDATE playerbot_state SET gold_copper = 1000000000 WHERE bot_guid = 2001;",
                "bot 2002: unchanged", "gold: 210,000g 0s 0c → 100,000g 0s 0c").doesNotContain("2004");
        assertThat(status(robot)).isEqualTo("Dry run: 3 bots chosen: 2 to change, 1 unchanged. Nothing was written.");
        assertThat(gold(2001)).isEqualTo(Money.parse("150000g", "g"));
        Screenshots.save(robot.lookup("#bulk-root").query().getScene(), "bulk-dry-run");

        robot.clickOn("#bulk-apply");
        waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        robot.clickOn("#confirm-yes");
        waitUntil(() -> status(robot).startsWith("Applied to 2 bots"));

        assertThat(status(robot)).isEqualTo("Applied to 2 bots; 0 conflicts; 0 failed.");
        assertThat(report.getText()).contains("bot 2001: applied", "bot 2003: applied");
        assertThat(gold(2001)).isEqualTo(Money.parse("100000g", "g"));
        assertThat(gold(2002)).isEqualTo(Money.parse("50000g", "g"));
        assertThat(gold(2003)).isEqualTo(Money.parse("100000g", "g"));
        assertThat(gold(2004)).isEqualTo(Money.parse("200000g", "g"));
        assertThat(HISTORY.list(BigInteger.valueOf(2001))).hasSize(history2001 + 1);
        assertThat(HISTORY.list(BigInteger.valueOf(2002))).hasSize(history2002);
        assertThat(robot.lookup("#bulk-apply").query().isDisabled()).isTrue();
        Screenshots.save(robot.lookup("#bulk-root").query().getScene(), "bulk-applied");

        List<Finding> after = doctor.scan(Scope.wholeDatabase());
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        assertThat(before).isNotEmpty();
    }

    @Test
    void aBadValueIsOneLineUnderTheButtonsAndNothingIsPlanned(FxRobot robot) throws Exception {
        MenuItem bulk = view.toolsMenu().getItems().stream().filter(i -> "menu-bulk".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(bulk::fire);
        robot.clickOn("#bulk-by-zone");
        type(robot, "#bulk-map", "0");
        robot.clickOn("#bulk-repair");
        robot.clickOn("#bulk-dry-run");

        waitUntil(() -> status(robot).startsWith("Repairing durability needs the world database"));
        assertThat(robot.lookup("#bulk-report").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#bulk-apply").query().isDisabled()).isTrue();
    }

    @Test
    void theDoctorsBulkEditButtonChoosesTheBotsOfTheSelectedRule(FxRobot robot) throws Exception {
        MenuItem doctor = view.toolsMenu().getItems().stream().filter(i -> "menu-doctor".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(doctor::fire);
        robot.clickOn("#doctor-scan");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#doctor-findings")
                .queryAs(javafx.scene.control.TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
        robot.clickOn("#doctor-bulk-edit");

        waitUntil(() -> robot.lookup("#bulk-root").tryQuery().isPresent());
        assertThat(robot.lookup("#bulk-by-rule").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#bulk-rule").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(pbi.dao.doctor.Rule.STACK_ZERO);
        robot.clickOn("#bulk-remove-item");
        type(robot, "#bulk-remove-item-value", "2001");
        robot.clickOn("#bulk-dry-run");
        TextArea report = robot.lookup("#bulk-report").queryAs(TextArea.class);
        waitUntil(() -> report.getText().contains("1 bot chosen: 1 to change, 0 unchanged"));
        assertThat(report.getText()).contains("Bots: bots breaking inventory.stack_zero",
                "Bag 19 slot 1: removed #2001 ×0");
    }

    private BigInteger gold(long guid) {
        return bots.load(BigInteger.valueOf(guid)).orElseThrow().state().goldCopper();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#bulk-status").queryAs(Label.class).getText();
    }
}
