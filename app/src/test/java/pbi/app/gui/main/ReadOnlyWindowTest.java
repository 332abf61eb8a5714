package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
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
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Issue 17: the window opened with an account that may only SELECT switches to read-only by itself, says why, and
 * offers no way to write.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {

    private static String schema;
    private Stage stage;
    private MainView view;
    private Database readOnlyPool;

    @BeforeAll
    static void selectOnlyAccount() {
        schema = TestDatabase.settings().jdbcUrl().replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        dropAccount();
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            TestDatabase.sql("CREATE USER 'pbi_ro'@'" + host + "' IDENTIFIED BY 'ro-secret'",
                    "GRANT SELECT ON `" + schema + "`.* TO 'pbi_ro'@'" + host + "'");
        }
    }

    @AfterAll
    static void dropAccount() {
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            TestDatabase.sql("DROP USER IF EXISTS 'pbi_ro'@'" + host + "'");
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestDatabase.reset();
        BotService bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(1, 12, 3));
        bots.replace(Bots.bot(3, 12, 3));
        MainWindow window = App.defaults().window(stage, new FxTaskRunner());
        view = window.view();
        readOnlyPool = Database.open(new ConnectionSettings("realm (pbi_ro)", TestDatabase.settings().jdbcUrl(),
                "pbi_ro", "ro-secret"));
        window.model().use(MainViewModel.Session.of(readOnlyPool, null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        FxToolkit.hideStage();
        readOnlyPool.close();
    }

    @Test
    void aSelectOnlyAccountGetsAReadOnlyWindowThatSaysWhyAndCannotWrite(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#read-only-banner").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#read-only-banner").queryAs(Label.class).getText())
                .startsWith("Read-only: account pbi_ro has no INSERT, UPDATE or DELETE grant on playerbot_state,"
                        + " playerbot_inventory and playerbot_equipment.");
        assertThat(stage.getTitle()).isEqualTo("Playerbot Inspector — realm (pbi_ro) (read-only)");
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText()).startsWith("read-only: account pbi_ro");

        ZoneTree.choose(robot, 0, 12, "2 bots ");
        robot.clickOn(robot.lookup("#bot-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0 && !row.isEmpty() && row.isVisible())
                .queryAs(Node.class));
        waitUntil(() -> "12".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()));

        assertThat(robot.lookup("#state-gold").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#save-button").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#delete-button").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(fileItem("menu-import").isDisable()).isTrue();
        robot.clickOn("#state-gold").write("99");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#state-gold").queryAs(TextField.class).getText()).isEqualTo("12");
        Screenshots.save(stage.getScene(), "read-only-window");
    }

    private MenuItem fileItem(String id) {
        return view.fileMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
