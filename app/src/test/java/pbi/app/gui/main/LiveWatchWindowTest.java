package pbi.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
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
import pbi.dao.domain.BotRow;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Issue 17: a change made by another connection to the open bot appears within the poll time, table row too. */
@ExtendWith(ApplicationExtension.class)
class LiveWatchWindowTest {

    private MainWindow window;

    @BeforeAll
    static void startServer() {
        TestDatabase.database().verify();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        BotService bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(1, 12, 3));
        bots.replace(Bots.bot(3, 12, 3));
        System.setProperty("pbi.watch.seconds", "1");
        try {
            window = App.defaults().window(stage, new FxTaskRunner());
        } finally {
            System.clearProperty("pbi.watch.seconds");
        }
        window.model().use(MainViewModel.Session.of(TestDatabase.database(), null));
        stage.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        FxToolkit.hideStage();
    }

    @Test
    void anotherConnectionsChangeShowsWithWhatChangedAndTheRowIsRefreshed(FxRobot robot) throws Exception {
        ZoneTree.choose(robot, 0, 12, "2 bots ");
        robot.clickOn(robot.lookup("#bot-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0 && !row.isEmpty() && row.isVisible())
                .queryAs(Node.class));
        waitUntil(() -> "12".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()), 60);
        // An edit of the user's own, kept through the change.
        robot.clickOn("#state-mana");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.eraseText(1);
        robot.write("900");
        WaitForAsyncUtils.waitForFxEvents();

        long changedAt = System.nanoTime();
        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 990000, level = 33 WHERE bot_guid = 1",
                "UPDATE playerbot_equipment SET item_id = 40100 WHERE bot_guid = 1 AND slot = 0");

        waitUntil(() -> robot.lookup("#watch-banner").query().isVisible(), 10);
        long seenMs = (System.nanoTime() - changedAt) / 1_000_000;
        System.out.println("live watch: change seen in the window after " + seenMs + " ms (poll every 1 s)");
        assertThat(robot.lookup("#watch-headline").queryAs(Label.class).getText())
                .startsWith("Changed on the server at ").contains("3 changes");
        assertThat(robot.lookup("#watch-changes").queryAs(Label.class).getText()).isEqualTo(
                "gold_copper: 123456 → 990000\nlevel: 20 → 33\nequipment slot 0 (Head) item_id: 40000 → 40100");
        waitUntil(() -> row(BigInteger.ONE).level() == 33, 10);
        assertThat(row(BigInteger.ONE).goldCopper()).isEqualTo(BigInteger.valueOf(990_000));
        // The user's edit is untouched, and the State tab still shows the loaded values until a reload.
        assertThat(robot.lookup("#state-mana").queryAs(TextField.class).getText()).isEqualTo("900");
        assertThat(robot.lookup("#state-gold").queryAs(TextField.class).getText()).isEqualTo("12");
        Screenshots.save(robot.lookup("#watch-banner").query().getScene(), "live-watch");

        robot.clickOn("#watch-keep");
        waitUntil(() -> !robot.lookup("#watch-banner").query().isVisible(), 10);

        TestDatabase.sql("UPDATE playerbot_state SET health = 1 WHERE bot_guid = 1");
        waitUntil(() -> robot.lookup("#watch-banner").query().isVisible(), 10);
        assertThat(robot.lookup("#watch-changes").queryAs(Label.class).getText()).contains("health: 1500 → 1");
        robot.clickOn("#watch-reload");
        // Unsaved edits: the reload asks first.
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent(), 10);
        robot.clickOn(robot.lookup("#confirm-dialog .button").match((javafx.scene.control.Button b) ->
                b.getText().startsWith("Discard")).queryAs(Node.class));
        waitUntil(() -> "99".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()), 10);
        assertThat(robot.lookup("#watch-banner").query().isVisible()).isFalse();
    }

    private BotRow row(BigInteger guid) {
        return window.model().browse().rows().stream().filter(r -> r.botGuid().equals(guid)).findFirst()
                .orElseThrow();
    }

    /** Generous timeouts: the build machine is shared; the time the change took to show is printed above. */
    private static void waitUntil(BooleanSupplier condition, int seconds) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds * 4L, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out at " + StackWalker.getInstance().walk(f -> f.skip(1).findFirst()
                    .map(x -> "line " + x.getLineNumber()).orElse("?")), e);
        }
    }
}
