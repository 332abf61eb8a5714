package pbi.app.gui.audit;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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
import pbi.dao.audit.AuditChange;
import pbi.dao.audit.AuditRecord;
import pbi.dao.db.ProfileStore;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Tools → Audit in the real window: writes made while connected are listed, and the bot filter narrows them. */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {

    private BotService bots;
    private MainView view;

    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) throws Exception {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(31, 4, 2));
        bots.replace(Bots.bot(32, 4, 2));
        Path home = Files.createTempDirectory("pbi-audit-window");
        MainWindow window = new App(home, ProfileStore.defaultStore()).window(stage, new FxTaskRunner());
        view = window.view();
        window.model().use(MainViewModel.Session.of(TestDatabase.database(), null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        TestDatabase.database().listenWrites(null);
        FxToolkit.hideStage();
    }

    @Test
    void writesWhileConnectedAreListedAndTheBotFilterShowsOneBotsChanges(FxRobot robot) throws Exception {
        BotSnapshot a = bots.load(BigInteger.valueOf(31)).orElseThrow();
        bots.save(a, a.withState(a.state().withGold(BigInteger.valueOf(654_321))), false);
        bots.as("bulk").updateGold(BigInteger.valueOf(32), BigInteger.valueOf(100));
        bots.delete(BigInteger.valueOf(32));

        MenuItem audit = view.toolsMenu().getItems().stream().filter(i -> "menu-audit".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(audit::fire);
        @SuppressWarnings("unchecked")
        TableView<AuditRecord> records = robot.lookup("#audit-records").queryAs(TableView.class);
        waitUntil(() -> robot.lookup("#audit-status").queryLabeled().getText().endsWith("records"));
        assertThat(robot.lookup("#audit-status").queryLabeled().getText()).as(records.getItems().toString())
                .isEqualTo("3 records");
        assertThat(records.getItems()).extracting(AuditRecord::action).containsExactly("save", "bulk", "delete");

        robot.clickOn("#audit-bot").write("31");
        robot.clickOn("#audit-refresh");
        waitUntil(() -> records.getItems().size() == 1);
        robot.interact(() -> records.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        TableView<AuditChange> changes = robot.lookup("#audit-changes").queryAs(TableView.class);
        assertThat(changes.getItems()).containsExactly(new AuditChange("state", "gold_copper",
                a.state().goldCopper().toString(), "654321"));
        assertThat(robot.lookup("#audit-status").queryLabeled().getText()).isEqualTo("1 record");
        Screenshots.save(records.getScene(), "audit-window");
    }
}
