package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import pbi.app.gui.common.DoctorWatch;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Screenshots;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoItems;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;
import pbi.dao.world.WorldSource;

/**
 * The items in the real window: bag tiles, tooltips and the paper doll by name and quality colour, equipping
 * through the picker and unequipping into a bag. The window finds the {@code world} database on its own.
 */
@ExtendWith(ApplicationExtension.class)
class ItemsWindowTest {

    private static final BigInteger GUID = BigInteger.valueOf(61);
    private static final long HELM = 51227;
    private static final long SHADOWMOURNE = 49623;
    private Database database;
    private BotService bots;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void world() {
        TestDatabase.database().verify();
        TestDatabase.world();
    }

    @AfterAll
    static void noWorld() {
        TestDatabase.dropWorld();
    }

    @Start
    void start(Stage stage) throws Exception {
        TestDatabase.reset();
        TestDatabase.characters("INSERT INTO characters (guid, name, race, class, level, online) VALUES (61, 'Arthas',"
                + " 1, 1, 20, 0)");
        // A pool of its own: the shared one may have cached "no characters table".
        database = Database.open(TestDatabase.settings());
        bots = new BotService(database);
        bots.replace(bot());
        this.stage = stage;
        stage.setWidth(1500);
        stage.setHeight(900);
        window = App.defaults().window(stage, new FxTaskRunner());
        window.model().use(MainViewModel.Session.of(database, null));
        stage.show();
    }

    private static BotSnapshot bot() {
        List<InventoryItem> bag = new ArrayList<>();
        long[][] rows = {{33470, 20, 0}, {33447, 7, 0}, {6948, 1, 0}, {HELM, 1, 37}, {50_000, 1, 0},
            {999_999, 3, 0}, {41599, 1, 0}, {40111, 4, 0}};
        for (int i = 0; i < rows.length; i++) {
            bag.add(new InventoryItem(GUID, 19, i, rows[i][0], BigInteger.valueOf(61_000 + i), rows[i][1],
                    i == 3 ? "3789:720" : null, rows[i][2], null));
        }
        // A broken two-hander: durability 0 of 110.
        bag.set(4, new InventoryItem(GUID, 19, 4, SHADOWMOURNE, BigInteger.valueOf(61_004), 1, null, 0, null));
        List<EquipmentItem> worn = new ArrayList<>();
        for (int slot = 0; slot <= 18; slot++) {
            if (slot == 15 || slot == 16) {
                continue;
            }
            List<ItemTemplate> fits = DemoItems.wearablesFor(slot);
            if (fits.isEmpty()) {
                continue;
            }
            ItemTemplate item = slot == 0 ? fits.stream().filter(i -> i.entry() == HELM).findFirst().orElseThrow()
                    : fits.get(slot * 37 % fits.size());
            worn.add(new EquipmentItem(GUID, slot, item.entry(), BigInteger.valueOf(61_100 + slot),
                    slot == 0 ? "3817:0" : null, slot == 0 ? "41398,40111" : null, item.maxDurability(), null));
        }
        return new BotSnapshot(Bots.state(61), bag, worn);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        database.close();
        TestDatabase.reset();
    }

    @Test
    void bagTilesTooltipsAndThePaperDollShowNamesInQualityColours(FxRobot robot) throws Exception {
        open(robot);
        selectTab(robot, "tab-inventory");

        Label cloth = name(robot, "#slot-19-0");
        assertThat(cloth.getText()).isEqualTo("Frostweave Cloth");
        assertThat(robot.lookup("#slot-19-0 #tile-count").queryAs(Label.class).getText()).isEqualTo("20");
        assertThat(name(robot, "#slot-19-3").getStyle()).contains("#a335ee");
        assertThat(name(robot, "#slot-19-5").getText()).isEqualTo("#999999  unknown");
        assertThat(robot.lookup("#slot-19-4 #tile-durability .durability-broken").tryQuery()).isPresent();
        assertThat(robot.lookup("#items-notice").queryAs(Label.class).isVisible()).isFalse();
        Screenshots.save(stage.getScene(), "inventory-items");

        robot.moveTo("#slot-19-3");
        waitUntil(() -> tooltip().isPresent());
        Tooltip tip = tooltip().orElseThrow();
        assertThat(tip.getText()).startsWith("Sanctified Ymirjar Lord's Helmet\nItem Level 277\nHead\n")
                .contains("Durability 37 / 70").contains("Berserking (12 min)");
        Screenshots.save(tip.getScene(), "item-tooltip-bag");
        robot.moveTo("#bot-header");
        waitUntil(() -> tooltip().isEmpty());
        robot.clickOn("#slot-19-3");
        assertThat(robot.lookup("#inv-item-name").queryAs(Label.class).getText())
                .isEqualTo("Sanctified Ymirjar Lord's Helmet · Item Level 277 · Head");
        Screenshots.save(stage.getScene(), "inventory-item-selected");

        selectTab(robot, "tab-equipment");
        Label portrait = robot.lookup("#paper-doll-portrait").queryAs(Label.class);
        assertThat(portrait.getText()).contains("Arthas").contains("Level 20").contains("Human")
                .contains("Warrior");
        Label helm = robot.lookup("#equip-name-0").queryAs(Label.class);
        assertThat(helm.getText()).isEqualTo("Sanctified Ymirjar Lord's Helmet");
        assertThat(robot.lookup("#equip-0").query().getStyle()).contains("#a335ee");
        Screenshots.save(stage.getScene(), "paper-doll");

        robot.moveTo("#equip-0");
        waitUntil(() -> tooltip().isPresent());
        assertThat(tooltip().orElseThrow().getText()).contains("Arcanum of Torment\n")
                .contains("Meta Socket: Relentless Earthsiege Diamond (meta)\nRed Socket: Bold Cardinal Ruby (red)");
        Screenshots.save(tooltip().orElseThrow().getScene(), "item-tooltip");
    }

    @Test
    void equippingThroughThePickerAndUnequippingIntoABagSaveAndTheDoctorFindsNothingNew(FxRobot robot)
            throws Exception {
        // With the item rules: the world database is on the same server.
        DoctorWatch doctor = DoctorWatch.start(database, ItemCatalog.lazy(TestDatabase::connect,
                WorldSource.named("world")));
        assertThat(doctor.before()).anySatisfy(f -> assertThat(f).contains("item.unknown"));
        open(robot);
        selectTab(robot, "tab-equipment");

        reveal(robot, "#equip-15");
        robot.clickOn("#equip-15");
        robot.clickOn("#eq-choose");
        waitUntil(() -> robot.lookup("#picker-search").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#picker-search").query().isFocused());
        // Headless Monocle sends keys to the window under the last click; a user's keys go to the dialog.
        robot.clickOn("#picker-search");
        robot.write("shadowm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#picker-search").queryTextInputControl().getText()).isEqualTo("shadowm");
        assertThat(robot.lookup("#picker-list").queryListView().getItems()).hasSize(1);
        Screenshots.save(robot.lookup("#item-picker").query().getScene(), "item-picker");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#equip-name-15").tryQuery().isPresent());
        assertThat(robot.lookup("#equip-name-15").queryAs(Label.class).getText()).isEqualTo("Shadowmourne");

        reveal(robot, "#equip-0");
        robot.clickOn("#equip-0");
        robot.clickOn("#eq-remove");
        waitUntil(() -> robot.lookup("#confirm-yes").tryQuery().isPresent());
        robot.clickOn("#confirm-yes");
        robot.clickOn("#save-button");

        waitUntil(() -> bots.load(GUID).orElseThrow().equippedAt(0).isEmpty());
        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.equippedAt(15).orElseThrow().itemId()).isEqualTo(SHADOWMOURNE);
        assertThat(saved.equippedAt(15).orElseThrow().durability()).isEqualTo(110);
        InventoryItem moved = saved.itemAt(19, 8).orElseThrow();
        assertThat(moved.itemId()).isEqualTo(HELM);
        assertThat(moved.itemGuid()).isEqualTo(BigInteger.valueOf(61_100));
        doctor.assertNothingNew();
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().openBot(GUID, null));
        waitUntil(() -> robot.lookup("#slot-19-0 #tile-name").tryQuery()
                .map(n -> ((Label) n).getText().equals("Frostweave Cloth")).orElse(false));
    }

    /** Scrolls the paper doll so that the tile is on screen. */
    private static void reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            Node up = node.getParent();
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ScrollPane scroll = (ScrollPane) up;
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            double view = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(content <= view ? 0 : Math.min(1, Math.max(0, (y - 8) / (content - view))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label name(FxRobot robot, String tile) {
        return robot.lookup(tile + " #tile-name").queryAs(Label.class);
    }

    private static java.util.Optional<Tooltip> tooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w).findFirst();
    }

    private static void selectTab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
