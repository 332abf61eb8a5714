package pbi.app.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** The editor's logic, without a toolkit, against the real test MariaDB. */
class BotEditorViewModelTest {

    private static final BigInteger GUID = BigInteger.valueOf(7);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<BotSnapshot> previous = new ArrayList<>();
    private BotService bots;
    private BotEditorViewModel editor;

    @BeforeEach
    void seed() {
        TestDatabase.reset();
        bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(7, 5, 3));
        BrowseService browse = new BrowseService(TestDatabase.database());
        editor = new BotEditorViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), previous::add);
        editor.connect(() -> bots, () -> browse);
        editor.open(GUID, null);
    }

    @Test
    void orientationOutsideTheCircleBlocksSavingInUserTerms() {
        editor.form().text(StateField.ORIENTATION).set("7");

        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveBlockedReasonProperty().get())
                .isEqualTo("Orientation must be between 0 and 6.2832 radians");
        assertThat(editor.form().problems()).containsKey(StateField.ORIENTATION);
    }

    @Test
    void goldOverTheCapSaysTheCapInGoldSilverAndCopper() {
        editor.form().text(StateField.GOLD).set("300000");

        assertThat(editor.saveBlockedReasonProperty().get()).isEqualTo("Gold must be at most 214,748g 36s 46c");
    }

    @Test
    void aCorruptValueThatWasLoadedIsFlaggedButDoesNotBlockOtherEdits() {
        TestDatabase.sql("UPDATE playerbot_state SET orientation = 9 WHERE bot_guid = 7");
        editor.open(GUID, null);

        editor.form().text(StateField.LEVEL).set("21");

        assertThat(editor.canSaveProperty().get()).isTrue();
        assertThat(editor.flagsProperty().get()).extracting(Flag::ruleId)
                .contains("state.orientation_out_of_range");
    }

    @Test
    void editsAreMarkedAndMakeTheBotDirtyUntilReverted() {
        editor.form().text(StateField.GOLD).set("99");
        editor.form().text(StateField.X).set("100.5");

        assertThat(editor.form().changed()).containsExactlyInAnyOrder(StateField.GOLD, StateField.X);
        assertThat(editor.dirtyProperty().get()).isTrue();

        editor.revert();

        assertThat(editor.form().changed()).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void saveWritesGoldAndPositionAndCallsTheHookWithThePreviousVersion() {
        editor.form().text(StateField.GOLD).set("99");
        editor.form().text(StateField.SILVER).set("1");
        editor.form().text(StateField.COPPER).set("2");
        editor.form().text(StateField.X).set("123.25");
        editor.form().text(StateField.ORIENTATION).set("3.5");

        editor.save();

        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.state().goldCopper()).isEqualTo(BigInteger.valueOf(990_102));
        assertThat(saved.state().positionX()).isEqualTo(123.25f);
        assertThat(saved.state().orientation()).isEqualTo(3.5f);
        assertThat(previous).singleElement().extracting(b -> b.state().goldCopper())
                .isEqualTo(BigInteger.valueOf(123_456));
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("success: Saved bot 7"));
    }

    @Test
    void movingAnItemOntoAnotherSwapsThemAndSavesBoth() {
        InventoryItem.SlotKey a = new InventoryItem.SlotKey(19, 0);
        InventoryItem.SlotKey b = new InventoryItem.SlotKey(19, 1);
        long first = editor.slots().inventory().get(a).itemId();
        long second = editor.slots().inventory().get(b).itemId();

        editor.moveItem(a, b);
        editor.save();

        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.itemAt(19, 1).orElseThrow().itemId()).isEqualTo(first);
        assertThat(saved.itemAt(19, 0).orElseThrow().itemId()).isEqualTo(second);
    }

    @Test
    void theEnchantmentEditorBuildsTheSerializedString() {
        ItemFormViewModel form = editor.itemForm();
        form.selectInventory(19, 2);
        form.enchantments().clear();
        form.addEnchantment();
        form.enchantments().get(0).idProperty().set("2564");
        form.enchantments().get(0).durationProperty().set("0");
        form.addEnchantment();
        form.enchantments().get(1).idProperty().set("3229");
        form.enchantments().get(1).durationProperty().set("3600");
        form.stackProperty().set("5");

        assertThat(editor.slots().inventory().get(new InventoryItem.SlotKey(19, 2)).enchantments())
                .isEqualTo("2564:0;3229:3600");
        editor.save();
        InventoryItem saved = bots.load(GUID).orElseThrow().itemAt(19, 2).orElseThrow();
        assertThat(saved.enchantments()).isEqualTo("2564:0;3229:3600");
        assertThat(saved.stackCount()).isEqualTo(5);
    }

    @Test
    void aMalformedEnchantmentStringIsKeptUnlessTheRowsChange() {
        TestDatabase.sql("UPDATE playerbot_inventory SET enchantments = '12:x;;' WHERE bot_guid = 7 AND slot = 3");
        editor.open(GUID, null);
        ItemFormViewModel form = editor.itemForm();
        form.selectInventory(19, 3);

        form.durabilityProperty().set("11");

        assertThat(form.storedNoteProperty().get()).contains("malformed");
        assertThat(editor.slots().inventory().get(new InventoryItem.SlotKey(19, 3)).enchantments()).isEqualTo("12:x;;");
        assertThat(editor.flagsProperty().get()).extracting(Flag::ruleId)
                .contains("inventory.enchantments_malformed");
    }

    @Test
    void anInvalidStackCountBlocksSavingAndNamesTheSlot() {
        editor.itemForm().selectInventory(19, 0);
        editor.itemForm().stackProperty().set("0");

        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveBlockedReasonProperty().get())
                .isEqualTo("Bag 19, slot 0: Stack count must be a whole number from 1 to 4,294,967,295");
    }

    @Test
    void equipAndUnequipAreSaved() {
        ItemFormViewModel form = editor.itemForm();
        form.selectEquipment(0);
        assertThat(form.actions().unequip()).isEqualTo(ItemActions.Unequipped.MOVED);
        form.selectEquipment(5);
        form.itemIdProperty().set("40123");
        form.gemProperty(0).set("41398");
        assertThat(form.create()).isTrue();

        editor.save();

        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.equippedAt(0)).isEmpty();
        assertThat(saved.equippedAt(5).orElseThrow().itemId()).isEqualTo(40123);
        assertThat(saved.equippedAt(5).orElseThrow().gems()).isEqualTo("41398");
    }

    @Test
    void aChangeByAnotherClientIsAConflictAndReloadDiscardsTheEdits() {
        editor.form().text(StateField.GOLD).set("5");
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 7");
        dialogs.conflictAnswer = DialogService.ConflictChoice.RELOAD;

        editor.save();

        assertThat(dialogs.lastDifferences).anyMatch(d -> d.contains("mana"));
        assertThat(editor.form().text(StateField.MANA).get()).isEqualTo("1");
        assertThat(editor.form().text(StateField.GOLD).get()).isEqualTo("12");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void overwriteAfterAConflictFirstListsWhatItRevertsThenSavesTheEdits() {
        editor.form().text(StateField.GOLD).set("5");
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 7");
        dialogs.conflictAnswer = DialogService.ConflictChoice.OVERWRITE;

        editor.save();

        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Overwriting reverts")
                && s.contains("mana: 1 (theirs) → 800"));
        assertThat(bots.load(GUID).orElseThrow().state().goldCopper()).isEqualTo(BigInteger.valueOf(53_456));
        assertThat(bots.load(GUID).orElseThrow().state().mana()).isEqualTo(800);
    }

    @Test
    void applyingMyGoldEditOnTopKeepsAnotherConnectionsLevelAndStackCount() {
        editor.form().text(StateField.GOLD).set("5");
        TestDatabase.sql("UPDATE playerbot_state SET level = 61 WHERE bot_guid = 7",
                "UPDATE playerbot_inventory SET stack_count = 19 WHERE bot_guid = 7 AND bag = 19 AND slot = 1");
        dialogs.conflictAnswer = DialogService.ConflictChoice.MERGE;

        editor.save();

        assertThat(dialogs.lastConflicts).isEmpty();
        BotSnapshot now = bots.load(GUID).orElseThrow();
        assertThat(now.state().goldCopper()).isEqualTo(BigInteger.valueOf(53_456));
        assertThat(now.state().level()).isEqualTo(61);
        assertThat(now.itemAt(19, 1).orElseThrow().stackCount()).isEqualTo(19);
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.form().text(StateField.LEVEL).get()).isEqualTo("61");
    }

    @Test
    void bothChangingTheLevelAsksAndTheChosenSideIsWritten() {
        editor.form().text(StateField.LEVEL).set("30");
        editor.form().text(StateField.GOLD).set("5");
        TestDatabase.sql("UPDATE playerbot_state SET level = 61 WHERE bot_guid = 7");
        dialogs.conflictAnswer = DialogService.ConflictChoice.MERGE;
        dialogs.defaultSide = pbi.dao.service.Merge.Side.THEIRS;

        editor.save();

        assertThat(dialogs.lastConflicts).extracting(c -> c.where() + " " + c.base() + "/" + c.theirs() + "/"
                + c.mine()).containsExactly("level 20/61/30");
        BotSnapshot now = bots.load(GUID).orElseThrow();
        assertThat(now.state().level()).isEqualTo(61);
        assertThat(now.state().goldCopper()).isEqualTo(BigInteger.valueOf(53_456));
    }

    @Test
    void aDatabaseErrorKeepsTheEditsAndSaysWhatFailed() {
        TestDatabase.sql("CREATE TRIGGER fail_equipment_insert BEFORE UPDATE ON playerbot_state FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'");
        editor.form().text(StateField.GOLD).set("5");

        editor.save();

        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("error: Save failed") && s.contains("saving bot 7"));
        assertThat(editor.form().text(StateField.GOLD).get()).isEqualTo("5");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void switchingBotsWithUnsavedChangesAsksFirst() {
        bots.replace(Bots.bot(8, 0, 0));
        editor.form().text(StateField.GOLD).set("5");
        dialogs.confirmAnswer = false;

        assertThat(editor.open(BigInteger.valueOf(8), null)).isFalse();
        assertThat(editor.loadedProperty().get().guid()).isEqualTo(GUID);
        assertThat(dialogs.shown).anyMatch(s -> s.contains("unsaved changes"));
    }

    @Test
    void reviewListsTheChangesBeforeAndAfterInUserTermsAndTheirSql() {
        String levelBefore = editor.form().text(StateField.LEVEL).get();
        editor.form().text(StateField.LEVEL).set("30");
        editor.form().text(StateField.GOLD).set("250");
        editor.form().text(StateField.SILVER).set("5");
        editor.form().text(StateField.COPPER).set("7");
        dialogs.reviewAnswer = false;

        editor.review();

        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("review: Gold: ")
                && s.contains(" → 250g 5s 7c\nLevel: " + levelBefore + " → 30 || ")
                && s.contains("UPDATE playerbot_state SET") && s.contains("2500507"));
    }

    @Test
    void theChecksFollowTheEditsBeforeSavingAndCtrlZRevertsOneField() {
        String levelBefore = editor.form().text(StateField.LEVEL).get();
        editor.form().text(StateField.GOLD).set("3");
        editor.form().text(StateField.LEVEL).set("300");

        assertThat(editor.flagsProperty().get()).extracting(Flag::ruleId).containsExactly("state.level_out_of_range");
        assertThat(editor.flagsProperty().get().get(0).message()).startsWith("Level ").contains("80");

        editor.revertField(StateField.LEVEL);

        assertThat(editor.form().text(StateField.LEVEL).get()).isEqualTo(levelBefore);
        assertThat(editor.flagsProperty().get()).isEmpty();
        assertThat(editor.form().changed()).containsExactly(StateField.GOLD);
    }

    @Test
    void deleteNamesTheBotAndRemovesIt() {
        editor.delete();

        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Delete bot 7"));
        assertThat(bots.load(GUID)).isEmpty();
        assertThat(editor.loadedProperty().get()).isNull();
    }
}
