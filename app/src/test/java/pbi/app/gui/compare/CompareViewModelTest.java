package pbi.app.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.App;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.StateField;
import pbi.app.gui.main.MainViewModel;
import pbi.dao.compare.Comparison;
import pbi.dao.compare.SlotRef;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.history.HistoryStore;
import pbi.dao.json.BotJson;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemLookup;

/** The compare window's logic without a toolkit, beside the real editor, on the real test MariaDB. */
class CompareViewModelTest {

    private static final BigInteger GUID = BigInteger.valueOf(81);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final BotService bots = new BotService(TestDatabase.database());
    private MainViewModel main;
    private CompareViewModel vm;

    @TempDir
    Path dir;

    @BeforeEach
    void openBot() {
        TestDatabase.reset();
        bots.replace(Bots.bot(81, 3, 2));
        bots.replace(Bots.bot(82, 2, 3));
        HistoryStore history = new HistoryStore(dir.resolve("history"));
        main = new MainViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), App.keepHistory(history));
        main.use(MainViewModel.Session.of(TestDatabase.database(), null));
        vm = new CompareViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), history, new CompareViewModel.Host() {
            @Override
            public BotService bots() {
                return bots;
            }

            @Override
            public BotSnapshot openBot() {
                return main.editor().loadedProperty().get();
            }

            @Override
            public BotSnapshot draft() {
                return main.editor().editedProperty().get();
            }

            @Override
            public boolean putInEditor(BotSnapshot edited) {
                return main.editor().restore(edited);
            }

            @Override
            public BigInteger freshItemGuid() {
                return main.editor().slots().suggestItemGuid();
            }

            @Override
            public ItemLookup items() {
                return null;
            }
        });
    }

    @Test
    void withoutAnOpenBotTheWindowSaysWhatToDo() {
        assertThat(vm.open()).isFalse();
        assertThat(dialogs.shown).containsExactly("warning: Compare: Open a bot in the editor first: it is the left"
                + " side of the comparison.");
    }

    @Test
    void anotherBotSideBySideAndItsItemCopiedIntoTheEditorThenSaved() {
        main.openBot(GUID, null);
        assertThat(vm.open()).isTrue();
        vm.otherGuidProperty().set("82");
        vm.compareWithBot();
        Comparison c = vm.comparisonProperty().get();
        assertThat(c.slot(SlotRef.equipped(2)).status()).isEqualTo(Comparison.Status.ONLY_RIGHT);
        assertThat(c.slot(SlotRef.inventory(19, 2)).status()).isEqualTo(Comparison.Status.ONLY_LEFT);
        vm.onlyDifferencesProperty().set(true);
        assertThat(vm.fieldRows()).isEmpty();
        assertThat(vm.slotRows()).allMatch(Comparison.SlotRow::differs);

        assertThat(vm.copySlot(SlotRef.equipped(2))).isTrue();
        assertThat(main.editor().changedSlots()).containsExactly("eq:2");
        // The draft holds bot 82's item as it is; only the owner differs, which is no value of the row.
        assertThat(vm.comparisonProperty().get().slot(SlotRef.equipped(2)).status())
                .isEqualTo(Comparison.Status.SAME);
        main.editor().save();

        BotSnapshot saved = bots.load(GUID).orElseThrow();
        assertThat(saved.equippedAt(2).orElseThrow().itemId()).isEqualTo(40002);
        // The item guid was bot 82's; the save gave the copy a guid of its own.
        assertThat(saved.equippedAt(2).orElseThrow().itemGuid())
                .isNotEqualTo(bots.load(BigInteger.valueOf(82)).orElseThrow().equippedAt(2).orElseThrow().itemGuid());
    }

    @Test
    void historyAndFileSidesAndAFieldCopiedKeepTheOtherEditsOfTheDraft() throws Exception {
        main.openBot(GUID, null);
        main.editor().form().text(StateField.LEVEL).set("60");
        main.editor().save();
        Path file = dir.resolve("bot.json");
        Files.writeString(file, BotJson.toJson(bots.load(GUID).orElseThrow().withState(
                bots.load(GUID).orElseThrow().state().withVitals(1, 2, 3)), null));
        main.editor().form().text(StateField.GOLD).set("77");
        vm.open();
        assertThat(vm.historyEntries()).hasSize(1);

        vm.compareWithHistory(vm.historyEntries().get(0));
        assertThat(vm.comparisonProperty().get().differingFields()).extracting(Comparison.FieldRow::column)
                .containsExactly("gold_copper", "level");
        assertThat(vm.copyField("level")).isTrue();
        assertThat(main.editor().form().text(StateField.LEVEL).get()).isEqualTo("20");
        assertThat(main.editor().form().text(StateField.GOLD).get()).isEqualTo("77");

        vm.compareWithFile(file);
        assertThat(vm.rightTitleProperty().get()).isEqualTo("file bot.json");
        assertThat(vm.comparisonProperty().get().differingFields()).extracting(Comparison.FieldRow::column)
                .containsExactly("gold_copper", "health", "mana", "level");
        Files.writeString(file, "{ not json");
        vm.compareWithFile(file);
        assertThat(vm.messageProperty().get()).contains("bot.json").contains("not valid JSON");
    }
}
