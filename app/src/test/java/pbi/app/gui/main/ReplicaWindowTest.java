package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import pbi.dao.db.Database;
import pbi.dao.domain.BotQuery;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.ReplicaPair;

/**
 * The real window on a primary with a read replica: the status bar shows the lag, warns when replication stops, and
 * "Read from primary" sends the session's reads to the primary.
 */
@ExtendWith(ApplicationExtension.class)
class ReplicaWindowTest {

    private static ReplicaPair pair;
    private static Database database;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void startServers() {
        pair = ReplicaPair.shared();
        database = Database.open(pair.settings());
        database.verify();
    }

    @AfterAll
    static void stop() {
        pair.replicaSql("START SLAVE");
        database.close();
    }

    @Start
    void start(Stage stage) {
        pair.primarySql("DELETE FROM playerbot_inventory", "DELETE FROM playerbot_equipment",
                "DELETE FROM playerbot_state");
        new BotService(database).replace(Bots.bot(950, 1, 1));
        pair.awaitCaughtUp();
        this.stage = stage;
        window = App.defaults().window(stage, new FxTaskRunner());
        window.model().use(MainViewModel.Session.of(database, null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        window.model().replicaLag().stop();
        database.readFromPrimary(false);
        FxToolkit.hideStage();
    }

    @Test
    void theStatusBarShowsTheLagAndOffersThePrimaryWhenReplicationStops(FxRobot robot) throws Exception {
        Label lag = robot.lookup("#replica-lag").queryAs(Label.class);
        waitUntil(() -> lag.getText().matches("replica lag \\d+ s"));
        assertThat(robot.lookup("#read-from-primary").queryAs(Button.class).isVisible()).isFalse();

        pair.replicaSql("STOP SLAVE SQL_THREAD");
        new BotService(database).updateGold(BigInteger.valueOf(950), BigInteger.valueOf(31));
        waitUntil(() -> lag.getText().contains("replication stopped"));
        assertThat(lag.getText()).startsWith("⚠");
        assertThat(lag.getStyleClass()).contains("replica-behind");
        Button toPrimary = robot.lookup("#read-from-primary").queryAs(Button.class);
        waitUntil(toPrimary::isVisible);
        var browse = window.model().sessionProperty().get().browse();
        assertThat(browse.page(BotQuery.zone(0L, 12L)).get(0).goldCopper()).isEqualTo(123_456);
        Screenshots.save(stage.getScene(), "replica-behind");

        robot.clickOn(toPrimary);
        waitUntil(() -> lag.getText().contains("reading from the primary"));
        assertThat(database.readingFromPrimary()).isTrue();
        assertThat(browse.page(BotQuery.zone(0L, 12L)).get(0).goldCopper()).isEqualTo(31);
        assertThat(robot.lookup("#read-from-replica").queryAs(Button.class).isVisible()).isTrue();
        assertThat(toPrimary.isVisible()).isFalse();
    }
}
