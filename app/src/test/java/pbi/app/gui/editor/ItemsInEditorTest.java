package pbi.app.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.DoctorWatch;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoWorldDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;
import pbi.dao.world.WorldSource;

/** Items by name in the editor: the picker, equipping, unequipping and deleting, against the real test MariaDB. */
class ItemsInEditorTest {

    static final String WORLD = "items_gui_world";
    private static final BigInteger GUID = BigInteger.valueOf(31);
    private static final long HELM = 51227;          // Sanctified Ymirjar Lord's Helmet, head, sockets meta + red
    private static final long SHADOWMOURNE = 49623;  // two-hand
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BotService bots;
    private BotEditorViewModel editor;

    @BeforeAll
    static void world() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            DemoWorldDatabase.create(c, WORLD);
        }
    }

    @AfterAll
    static void noWorld() {
        TestDatabase.sql("DROP DATABASE IF EXISTS " + WORLD);
    }

    @BeforeEach
    void bot() {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        List<InventoryItem> bag = new ArrayList<>();
        bag.add(new InventoryItem(GUID, 19, 0, 33470, BigInteger.valueOf(31_001), 20, null, 0, null));
        bag.add(new InventoryItem(GUID, 19, 1, 6948, BigInteger.valueOf(31_002), 1, null, 0, null));
        List<EquipmentItem> worn = List.of(new EquipmentItem(GUID, 0, HELM, BigInteger.valueOf(31_100), "3817:0",
                "41398,40111", 70, null));
        bots.replace(new BotSnapshot(Bots.state(31), bag, worn));
        BrowseService browse = new BrowseService(TestDatabase.database());
        editor = new BotEditorViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), null);
        editor.connect(() -> bots, () -> browse);
        editor.items().use(ItemCatalog.lazy(TestDatabase::connect, WorldSource.named(WORLD)));
        editor.open(GUID, null);
    }

    @Test
    void theCatalogIsReadWhenTheFirstBotIsShown() {
        assertThat(editor.items().available()).isTrue();
        assertThat(editor.items().label(HELM)).isEqualTo("Sanctified Ymirjar Lord's Helmet");
        assertThat(editor.items().noticeProperty().get()).isNull();
    }

    @Test
    void withoutWorldDataItemsShowAsIdsAndTheNoticeSaysWhyOnce() {
        editor.items().use(ItemCatalog.lazy(TestDatabase::connect, WorldSource.named("no_such_world")));
        editor.open(GUID, null);
        String first = editor.items().noticeProperty().get();
        editor.open(BigInteger.valueOf(31), null);

        assertThat(first).startsWith("Item names are unavailable (").contains("no_such_world");
        assertThat(editor.items().noticeProperty().get()).isEqualTo(first);
        assertThat(editor.items().label(HELM)).isEqualTo("#" + HELM);
        editor.itemForm().selectInventory(19, 5);
        ItemPickerViewModel picker = editor.itemForm().itemPicker();
        picker.queryProperty().set("6948");
        assertThat(picker.chosen()).map(ItemPickerViewModel.Choice::name).contains("#6948");
    }

    @Test
    void thePickerFindsAnItemByPartOfItsNameAndOffersOnlyItemsThatFitTheSlot() {
        editor.itemForm().selectEquipment(15);
        ItemPickerViewModel mainHand = editor.itemForm().itemPicker();
        mainHand.queryProperty().set("shadowm");

        assertThat(mainHand.results()).extracting(ItemPickerViewModel.Choice::id).contains(SHADOWMOURNE);
        assertThat(mainHand.chosen()).map(ItemPickerViewModel.Choice::name).contains("Shadowmourne");

        editor.itemForm().selectEquipment(0);
        ItemPickerViewModel head = editor.itemForm().itemPicker();
        head.queryProperty().set("shadowm");
        assertThat(head.results()).isEmpty();
        head.queryProperty().set("helm");
        assertThat(head.results()).isNotEmpty().allSatisfy(c -> assertThat(editor.items().find(c.id())
                .map(i -> i.fits(0, null))).contains(true));

        editor.itemForm().selectInventory(19, 7);
        ItemPickerViewModel bag = editor.itemForm().itemPicker();
        bag.queryProperty().set("hearth");
        assertThat(bag.chosen()).map(ItemPickerViewModel.Choice::id).contains(6948L);
        bag.move(5);
        bag.move(-10);
        assertThat(bag.selectedProperty().get()).isZero();
    }

    @Test
    void equippingThroughThePickerSavesTheItemWithFullDurabilityAndANewGuidShownInTheReview() {
        editor.itemForm().selectEquipment(15);
        ItemPickerViewModel picker = editor.itemForm().itemPicker();
        picker.queryProperty().set("Shadowmourne");

        assertThat(editor.itemForm().useItem(picker.chosen().orElseThrow().id())).isTrue();
        EquipmentItem equipped = editor.slots().equipment().get(15);
        assertThat(equipped.itemId()).isEqualTo(SHADOWMOURNE);
        assertThat(equipped.durability()).isEqualTo(110);
        assertThat(equipped.itemGuid()).isEqualTo(BigInteger.valueOf(31_101));

        editor.review();
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).containsIgnoringCase("equip item " + SHADOWMOURNE
                + " (guid 31101) in Main hand"));
        assertThat(bots.load(GUID).orElseThrow().equippedAt(15).orElseThrow().itemId()).isEqualTo(SHADOWMOURNE);
    }

    @Test
    void enchantmentsAndGemsArePickedByName() {
        editor.itemForm().selectEquipment(0);
        ItemPickerViewModel enchants = ItemPickerViewModel.enchantments();
        enchants.queryProperty().set("berserk");
        ItemPickerViewModel gems = ItemPickerViewModel.gems();
        gems.queryProperty().set("bold cardinal");

        editor.itemForm().addEnchantment(enchants.chosen().orElseThrow().id());
        editor.itemForm().setGem(2, gems.chosen().orElseThrow().id());

        EquipmentItem helm = editor.slots().equipment().get(0);
        assertThat(helm.enchantments()).isEqualTo("3817:0;3789:0");
        assertThat(helm.gems()).isEqualTo("41398,40111,40111");
    }

    @Test
    void unequipMovesTheItemToTheFirstFreeBagSlotAndTheDoctorFindsNothingNew() {
        DoctorWatch doctor = DoctorWatch.start(TestDatabase.database(), ItemCatalog.lazy(TestDatabase::connect,
                WorldSource.named(WORLD)));
        dialogs.confirmAnswer = true;
        editor.itemForm().selectEquipment(0);

        assertThat(editor.itemForm().actions().unequip()).isEqualTo(ItemActions.Unequipped.MOVED);
        editor.save();

        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.equippedAt(0)).isEmpty();
        InventoryItem moved = saved.itemAt(19, 2).orElseThrow();
        assertThat(moved.itemId()).isEqualTo(HELM);
        assertThat(moved.itemGuid()).isEqualTo(BigInteger.valueOf(31_100));
        assertThat(moved.enchantments()).isEqualTo("3817:0");
        assertThat(moved.durability()).isEqualTo(70);
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("gems").contains("Bold Cardinal Ruby"));
        doctor.assertNothingNew();
    }

    @Test
    void unequipAsksBeforeDroppingGemsAndKeepsTheItemWornWhenTheUserDeclines() {
        dialogs.confirmAnswer = false;
        editor.itemForm().selectEquipment(0);

        assertThat(editor.itemForm().actions().unequip()).isEqualTo(ItemActions.Unequipped.KEPT);
        assertThat(editor.slots().equipment()).containsKey(0);
    }

    @Test
    void withEveryBagSlotTakenUnequipAsksWhereAndTheChosenPlaceKeepsTheItem() {
        dialogs.confirmAnswer = true;
        for (int bag = 19; bag <= 22; bag++) {
            for (int slot = 0; slot < 16; slot++) {
                editor.slots().putItem(new InventoryItem(GUID, bag, slot, 33470,
                        BigInteger.valueOf(40_000 + bag * 100 + slot), 1, null, 0, null));
            }
        }
        editor.itemForm().selectEquipment(0);

        assertThat(editor.itemForm().actions().unequip()).isEqualTo(ItemActions.Unequipped.NO_FREE_SLOT);
        List<InventoryItem.SlotKey> places = editor.itemForm().actions().placesWhenBagsAreFull();
        assertThat(places).contains(new InventoryItem.SlotKey(19, 16));
        assertThat(editor.itemForm().actions().unequipTo(places.get(0))).isTrue();
        assertThat(editor.slots().inventory().get(places.get(0)).itemGuid()).isEqualTo(BigInteger.valueOf(31_100));
    }

    @Test
    void deletingIsConfirmedByNameAndDecliningKeepsTheItem() {
        editor.itemForm().selectInventory(19, 1);
        dialogs.confirmAnswer = false;
        assertThat(editor.itemForm().actions().delete()).isFalse();
        assertThat(editor.slots().inventory()).containsKey(new InventoryItem.SlotKey(19, 1));

        dialogs.confirmAnswer = true;
        assertThat(editor.itemForm().actions().delete()).isTrue();
        assertThat(editor.slots().inventory()).doesNotContainKey(new InventoryItem.SlotKey(19, 1));
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("Delete Hearthstone (guid 31002)"));
    }

    @Test
    void theTooltipNamesTheItemItsSocketsGemsAndEnchantmentsWithTimeLeft() {
        Optional<ItemTemplate> shadowmourne = editor.items().find(SHADOWMOURNE);
        ItemDescription tip = ItemDescription.of(new ItemDescription.Stored(SHADOWMOURNE, "77", null, 37,
                "3789:720;3817:0;9999:7200", "40111", 15), shadowmourne, true);

        assertThat(tip.lines().get(0)).isEqualTo(new ItemDescription.Line("Shadowmourne", ItemDescription.Tone.NAME,
                "#ff8000", null));
        assertThat(tip.text()).contains("Item Level 284\nTwo-Hand\nDurability 37 / 110\nBerserking (12 min)\n")
                .contains("Enchantment 9999 (2 hours)")
                .contains("Red Socket: Bold Cardinal Ruby (red)\nRed Socket\nRed Socket\n")
                .endsWith("Item 49623 · guid 77");
        ItemDescription unknown = ItemDescription.of(new ItemDescription.Stored(123_456, "5", 3L, 0, null, null,
                null), Optional.empty(), true);
        assertThat(unknown.text()).startsWith("#123456\nUnknown item");
        assertThat(ItemDescription.timeLeft(45)).isEqualTo("45 sec");
        assertThat(ItemDescription.timeLeft(86_400 * 3)).isEqualTo("3 days");
    }
}
