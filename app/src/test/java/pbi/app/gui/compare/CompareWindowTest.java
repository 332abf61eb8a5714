package pbi.app.gui.compare;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static pbi.app.gui.common.FxWaits.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import pbi.dao.compare.Comparison;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.history.HistoryEntry;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Tools → Compare in the real window: a bot beside its history entry, a field and a slot copied across into the
 * editor, and the ordinary save writing them.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private static final BigInteger GUID = BigInteger.valueOf(1717);
    private BotService bots;
    private MainView view;
    private MainViewModel model;

    @BeforeAll
    static void startServer() throws Exception {
        TestDatabase.database().verify();
        Path folder = EmbeddedDatabase.defaultHome().resolve("history").resolve(GUID.toString());
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Start
    void start(Stage stage) {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(1717, 4, 3));
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
    void aBotBesideItsHistoryEntryAFieldAndASlotCopiedAcrossThenSavedAsUsual(FxRobot robot) throws Exception {
        robot.interact(() -> view.openBot(GUID, null));
        waitUntil(() -> "12".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()));
        // A save that changes the gold, the level and removes a bag item: the history keeps the version before.
        type(robot, "#state-gold", "900");
        type(robot, "#state-level", "55");
        robot.interact(() -> model.editor().slots().removeItem(new pbi.dao.domain.InventoryItem.SlotKey(19, 1)));
        robot.clickOn("#save-button");
        waitUntil(() -> bots.load(GUID).orElseThrow().state().level() == 55);
        waitUntil(() -> !model.editor().dirtyProperty().get());

        MenuItem compare = view.toolsMenu().getItems().stream().filter(i -> "menu-compare".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(compare::fire);
        @SuppressWarnings("unchecked")
        ComboBox<HistoryEntry> entries = robot.lookup("#compare-history").queryAs(ComboBox.class);
        waitUntil(() -> entries.getItems().size() == 1);
        robot.interact(() -> entries.getSelectionModel().select(0));
        robot.clickOn("#compare-with-history");
        @SuppressWarnings("unchecked")
        TableView<Comparison.FieldRow> fields = robot.lookup("#compare-fields").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<Comparison.SlotRow> slots = robot.lookup("#compare-slots").queryAs(TableView.class);
        waitUntil(() -> !fields.getItems().isEmpty());
        assertThat(fields.getItems().stream().filter(Comparison.FieldRow::differs).map(Comparison.FieldRow::column))
                .containsExactly("gold_copper", "level");
        assertThat(slots.getItems().stream().filter(Comparison.SlotRow::differs).map(r -> r.place().key()))
                .containsExactly("inv:19:1");
        assertThat(robot.lookup("#compare-message").queryAs(Label.class).getText())
                .isEqualTo("2 field(s) and 1 slot(s) differ.");
        Screenshots.save(robot.lookup("#compare-root").query().getScene(), "compare-window");

        Comparison.FieldRow level = fields.getItems().stream().filter(r -> r.column().equals("level")).findFirst()
                .orElseThrow();
        robot.interact(() -> fields.getSelectionModel().select(level));
        robot.clickOn("#compare-copy");
        waitUntil(() -> "20".equals(robot.lookup("#state-level").queryAs(TextField.class).getText()));
        Comparison.SlotRow removed = slots.getItems().stream().filter(Comparison.SlotRow::differs).findFirst()
                .orElseThrow();
        robot.interact(() -> slots.getSelectionModel().select(removed));
        robot.clickOn("#compare-copy");
        waitUntil(() -> model.editor().changedSlots().contains("inv:19:1"));
        assertThat(fields.getItems().stream().filter(Comparison.FieldRow::differs).map(Comparison.FieldRow::column))
                .containsExactly("gold_copper");
        assertThat(robot.lookup("#compare-message").queryAs(Label.class).getText())
                .startsWith("Copied Bag 19 slot 1 into the editor");
        // Nothing is written until the user saves in the main window, with its review and conflict check.
        assertThat(bots.load(GUID).orElseThrow().state().level()).isEqualTo(55);
        Screenshots.save(robot.lookup("#compare-root").query().getScene(), "compare-copied");

        robot.interact(() -> ((Stage) robot.lookup("#compare-root").query().getScene().getWindow()).hide());
        robot.clickOn("#save-button");
        waitUntil(() -> bots.load(GUID).orElseThrow().state().level() == 20);
        BotSnapshot saved = bots.load(GUID).orElseThrow();
        BotSnapshot original = Bots.bot(1717, 4, 3);
        assertThat(saved.itemAt(19, 1).orElseThrow().sameValues(original.itemAt(19, 1).orElseThrow())).isTrue();
        assertThat(saved.state().goldCopper()).isEqualTo(BigInteger.valueOf(9_003_456));
        assertThat(model.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void compareWithCurrentInTheHistoryDialogOpensTheComparison(FxRobot robot) throws Exception {
        robot.interact(() -> view.openBot(GUID, null));
        waitUntil(() -> "12".equals(robot.lookup("#state-gold").queryAs(TextField.class).getText()));
        type(robot, "#state-health", "777");
        robot.clickOn("#save-button");
        waitUntil(() -> bots.load(GUID).orElseThrow().state().health() == 777);
        waitUntil(() -> !model.editor().dirtyProperty().get());

        MenuItem history = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-history".equals(i.getId())).findFirst().orElseThrow();
        // The dialog waits for an answer inside fire(), so it is fired later and the robot answers it.
        javafx.application.Platform.runLater(history::fire);
        waitUntil(() -> robot.lookup("#history-list").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#history-list").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(0));
        robot.clickOn("#history-compare");

        @SuppressWarnings("unchecked")
        TableView<Comparison.FieldRow> fields = robot.lookup("#compare-fields").queryAs(TableView.class);
        waitUntil(() -> fields.getItems().stream().anyMatch(Comparison.FieldRow::differs));
        assertThat(fields.getItems().stream().filter(Comparison.FieldRow::differs).map(r -> r.column() + " "
                + r.left() + " → " + r.right())).containsExactly("health 777 → 1500");
    }
}
