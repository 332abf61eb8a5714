package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import pbi.dao.db.ProfileStore;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoItems;
import pbi.dao.world.ItemTemplate;

/**
 * Issue 15, layout: at the window's default size the detail area shows the whole paper doll, and each whole bag
 * grid, without scrolling; with item names and without them (then a notice line takes some of the height). Also
 * at the size openbox leaves for the scene of a default-size window (1398x875, measured with xwininfo). The
 * test without item names drops the world database, so it runs last.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DetailFitTest {

    private static final BigInteger GUID = BigInteger.valueOf(71);
    private Database database;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void server() {
        TestDatabase.database().verify();
        // Item names for the bot: the longest real names are what has to fit.
        TestDatabase.world();
    }

    @AfterAll
    static void noWorld() {
        TestDatabase.dropWorld();
    }

    @Start
    void start(Stage stage) throws Exception {
        TestDatabase.reset();
        TestDatabase.characters("INSERT INTO characters (guid, name, race, class, level, online) VALUES (71, 'Jaina',"
                + " 1, 8, 80, 0)");
        database = Database.open(TestDatabase.settings());
        new BotService(database).replace(bot());
        this.stage = stage;
        // A configuration folder of its own: no size remembered by another test, so the window opens at its default.
        Path config = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "pbi-fit-config");
        window = new App(EmbeddedDatabase.defaultHome(), new ProfileStore(config)).window(stage, new FxTaskRunner());
        window.model().use(MainViewModel.Session.of(database, null));
        stage.show();
    }

    /** Every equipment slot filled with the item of the longest name that fits it, and every bag full. */
    private static BotSnapshot bot() {
        List<EquipmentItem> worn = new ArrayList<>();
        for (int slot = 0; slot < World.EQUIPMENT_SLOTS.size(); slot++) {
            ItemTemplate item = DemoItems.wearablesFor(slot).stream()
                    .max(java.util.Comparator.comparingInt(t -> t.name().length())).orElseThrow();
            worn.add(new EquipmentItem(GUID, slot, item.entry(), BigInteger.valueOf(71_100 + slot), "3817:0",
                    "41398,40111,40111", item.maxDurability() / 3, null));
        }
        List<ItemTemplate> wearables = DemoItems.wearablesFor(4);
        List<InventoryItem> bags = new ArrayList<>();
        int n = 0;
        for (int bag : World.BAG_POSITIONS) {
            // 16-slot bags, a 24-slot one as the demo's, and a 28-slot one (a big quiver): seven rows of four
            // would not fit, so that one must be laid out wider.
            int size = bag == 21 ? 24 : bag == 22 ? 28 : 16;
            for (int slot = 0; slot < size; slot++) {
                ItemTemplate item = wearables.get(n * 31 % wearables.size());
                bags.add(new InventoryItem(GUID, bag, slot, item.entry(), BigInteger.valueOf(71_200 + n++), 1, null,
                        item.maxDurability(), null));
            }
        }
        for (int slot = World.BACKPACK_FIRST_SLOT; slot <= World.BACKPACK_LAST_SLOT; slot++) {
            ItemTemplate item = wearables.get(n * 17 % wearables.size());
            bags.add(new InventoryItem(GUID, World.BACKPACK, slot, item.entry(), BigInteger.valueOf(71_200 + n++), 1,
                    null, item.maxDurability(), null));
        }
        return new BotSnapshot(Bots.state(71), bags, worn);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        database.close();
        TestDatabase.reset();
    }

    @Test
    @Order(1)
    void theWholePaperDollAndEachWholeBagFitAtTheDefaultSize(FxRobot robot) throws Exception {
        assertThat(stage.getWidth()).isEqualTo(WindowState.DEFAULT_WIDTH);
        assertThat(stage.getHeight()).isEqualTo(WindowState.DEFAULT_HEIGHT);
        open(robot);
        waitUntil(() -> robot.lookup("#equip-name-0").tryQuery().map(n -> !((Label) n).getText().startsWith("#"))
                .orElse(false));

        assertFits(robot, "default size");
        Screenshots.save(stage.getScene(), "fit-inventory");
        select(robot, "tab-equipment");
        Screenshots.save(stage.getScene(), "fit-paper-doll");

        // What openbox leaves for the scene of a 1400x900 window: its title bar and borders take the rest.
        robot.interact(() -> {
            stage.setWidth(1398);
            stage.setHeight(875);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFits(robot, "1398x875, as under openbox");
    }

    @Test
    @Order(2)
    void theyStillFitWhenTheNoticeAboutMissingItemNamesTakesALine(FxRobot robot) throws Exception {
        TestDatabase.sql("DROP DATABASE IF EXISTS world");
        open(robot);
        waitUntil(() -> robot.lookup("#items-notice").tryQuery().map(Node::isVisible).orElse(false));

        assertFits(robot, "default size, no item names");
        select(robot, "tab-equipment");
        Screenshots.save(stage.getScene(), "fit-paper-doll-no-names");
    }

    /**
     * The editor's tabs are built when the first bot opens: they must show that bot, not only what changes later.
     * A clean bot, so that no change of its checks comes after the tabs are built to fill them in.
     */
    @Test
    @Order(3)
    void theTabsBuiltForTheFirstBotShowThatBot(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().openBot(GUID, null));
        waitUntil(() -> robot.lookup("#state-updated").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#state-updated").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#zone-picker").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(12L);
        assertThat(robot.lookup("#flag-list").queryAs(javafx.scene.control.ListView.class).getItems()).isEmpty();
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.model().openBot(GUID, null));
        waitUntil(() -> robot.lookup("#paper-doll #equip-17").tryQuery().isPresent());
        select(robot, "tab-equipment");
    }

    /** The paper doll, then every bag grid on the Inventory tab, within the visible part of their scroll pane. */
    private static void assertFits(FxRobot robot, String when) throws TimeoutException {
        select(robot, "tab-equipment");
        Node doll = robot.lookup("#paper-doll").query();
        ScrollPane scroll = scrollAround(doll);
        assertWithin(doll, scroll, "the paper doll at " + when);
        assertThat(scroll.getVvalue()).isZero();

        select(robot, "tab-inventory");
        List<Node> grids = robot.lookup(".bag-grid").queryAll().stream().toList();
        assertThat(grids).as("bag grids at " + when).hasSize(World.BAG_POSITIONS.size() + 1);
        for (Node grid : grids) {
            // The grid with its title: the bag's box in the flow of bags.
            assertWithin(grid.getParent(), scrollAround(grid), grid.getId() + " at " + when);
        }
        // The big bag really holds all 28 of its slots, in more than four columns.
        assertThat(robot.lookup("#bag-22 .item-tile").queryAll()).hasSize(28);
        assertThat(((javafx.scene.layout.GridPane) robot.lookup("#bag-22").query()).getColumnCount())
                .isGreaterThan(4);
    }

    private static void assertWithin(Node content, ScrollPane scroll, String what) {
        Bounds view = scroll.getViewportBounds();
        Bounds box = content.getBoundsInParent();
        assertThat(box.getHeight()).as("%s: height against the visible %s", what, view).isLessThanOrEqualTo(
                view.getHeight());
        assertThat(box.getWidth()).as("%s: width against the visible %s", what, view).isLessThanOrEqualTo(
                view.getWidth());
        // Nothing of it hangs off the right edge either (no horizontal scrolling needed).
        assertThat(scroll.getContent().getBoundsInLocal().getWidth()).as("%s: content width", what)
                .isLessThanOrEqualTo(view.getWidth() + 0.5);
    }

    private static ScrollPane scrollAround(Node node) {
        Node up = node.getParent();
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        return (ScrollPane) up;
    }

    private static void select(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
