package pbi.app.gui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.App;
import pbi.app.gui.common.DoctorWatch;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.StateField;
import pbi.app.gui.main.MainViewModel;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.history.HistoryEntry;
import pbi.dao.history.HistoryStore;
import pbi.dao.json.BotJson;
import pbi.dao.json.BotPlan;
import pbi.dao.json.ExportSelection;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoItems;
import pbi.dao.world.ItemCatalog;

/** Export, import and history from the window's point of view, without a toolkit, on the real test MariaDB. */
class TransferViewModelTest {

    private static final BigInteger GUID = BigInteger.valueOf(7);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final BotService bots = new BotService(TestDatabase.database());
    private MainViewModel main;
    private TransferViewModel transfer;

    @TempDir
    Path dir;

    @BeforeEach
    void openBot() {
        TestDatabase.reset();
        bots.replace(Bots.bot(7, 5, 3));
        HistoryStore history = new HistoryStore(dir.resolve("history"));
        main = new MainViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), App.keepHistory(history));
        main.use(MainViewModel.Session.of(TestDatabase.database(), null));
        transfer = new TransferViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), history, main.transferHost());
        main.openBot(GUID, null);
    }

    @Test
    void everySaveKeepsThePreviousVersionAndRestoreIsAnOrdinarySave() {
        BotSnapshot original = bots.load(GUID).orElseThrow();
        main.editor().form().text(StateField.GOLD).set("99");
        main.editor().save();
        main.editor().form().text(StateField.LEVEL).set("33");
        main.editor().save();

        List<HistoryEntry> entries = transfer.historyOf(GUID);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).reason()).isEqualTo("before save");
        assertThat(transfer.read(entries.get(1)).sameValues(original)).isTrue();
        assertThat(transfer.read(entries.get(0)).state().level()).isEqualTo(20);

        assertThat(transfer.restore(entries.get(1))).isTrue();
        assertThat(main.editor().dirtyProperty().get()).isTrue();
        main.editor().save();

        assertThat(bots.load(GUID).orElseThrow().sameValues(original)).isTrue();
        assertThat(transfer.historyOf(GUID)).hasSize(3);
    }

    @Test
    void restoreMeetsTheConflictCheckWhenTheBotChangedMeanwhile() {
        main.editor().form().text(StateField.GOLD).set("99");
        main.editor().save();
        HistoryEntry entry = transfer.historyOf(GUID).get(0);
        transfer.restore(entry);
        bots.updateGold(GUID, BigInteger.valueOf(5));

        main.editor().save();

        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("conflict:"));
        assertThat(bots.load(GUID).orElseThrow().state().goldCopper()).isEqualTo(5);
    }

    @Test
    void restoreAppliedOnTopRevertsOnlyTheRestoredFieldsAndKeepsAnotherConnectionsChanges() {
        DoctorWatch doctor = DoctorWatch.start();
        main.editor().form().text(StateField.GOLD).set("99");
        main.editor().save();
        HistoryEntry before = transfer.historyOf(GUID).get(0);
        transfer.restore(before);
        TestDatabase.sql("UPDATE playerbot_state SET level = 70 WHERE bot_guid = 7");
        dialogs.conflictAnswer = pbi.app.gui.common.DialogService.ConflictChoice.MERGE;

        main.editor().save();

        BotSnapshot now = bots.load(GUID).orElseThrow();
        assertThat(now.state().goldCopper()).isEqualTo(transfer.read(before).state().goldCopper());
        assertThat(now.state().level()).isEqualTo(70);
        doctor.assertNothingNew();
    }

    @Test
    void exportThenImportReviewShowsWhatChangedAndWrites() throws Exception {
        DoctorWatch doctor = DoctorWatch.start();
        Path file = dir.resolve("bot.json");
        transfer.export(new ExportSelection.Bots(List.of(GUID)), file, count -> { });
        assertThat(Files.readString(file)).startsWith("{\n");
        assertThat(transfer.copyAsJson(transfer.selectedBot())).contains("\"bot_guid\" : 7");
        bots.updateGold(GUID, BigInteger.valueOf(1));

        AtomicReference<TransferViewModel.Review> review = new AtomicReference<>();
        transfer.checkImport(file, review::set);

        assertThat(review.get().plans()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(BotPlan.Status.REPLACED);
            assertThat(p.differences()).containsExactly("gold_copper: 1 → 123456");
        });
        transfer.applyImport(review.get().check(), () -> { });
        assertThat(bots.load(GUID).orElseThrow().state().goldCopper()).isEqualTo(123_456);
        assertThat(transfer.runningProperty().get()).isFalse();
        doctor.assertNothingNew();
    }

    @Test
    void aRealmSizedFileIsReviewedWithTheFirstBotsListedAndTheRestCounted() throws Exception {
        StringBuilder text = new StringBuilder();
        for (long guid = 1_000; guid < 2_200; guid++) {
            text.append(BotJson.toJson(Bots.bot(guid, 1, 0), null).replace("\n", " ")).append('\n');
        }
        Path file = Files.writeString(dir.resolve("realm.jsonl"), text);

        AtomicReference<TransferViewModel.Review> review = new AtomicReference<>();
        transfer.checkImport(file, review::set);

        assertThat(review.get().check().newBots()).isEqualTo(1_200);
        assertThat(review.get().plans()).hasSize(TransferViewModel.Review.PLANS_LISTED);
        assertThat(review.get().plansNotListed()).isEqualTo(200);
    }

    @Test
    void replacedBotsAreListedUntilTwentyThousandChangedFields() throws Exception {
        StringBuilder text = new StringBuilder();
        for (long guid = 100; guid < 350; guid++) {
            BotSnapshot bot = Bots.bot(guid, 100, 0);
            bots.replace(bot);
            BotSnapshot changed = bot.withInventory(bot.inventory().stream().map(i -> i.withStack(2)).toList());
            text.append(BotJson.toJson(changed, null).replace("\n", " ")).append('\n');
        }
        Path file = Files.writeString(dir.resolve("zone.jsonl"), text);

        AtomicReference<TransferViewModel.Review> review = new AtomicReference<>();
        transfer.checkImport(file, review::set);

        assertThat(review.get().check().replaced()).isEqualTo(250);
        assertThat(review.get().plans()).hasSize(200)
                .allSatisfy(p -> assertThat(p.differences()).hasSize(100));
        assertThat(review.get().plansNotListed()).isEqualTo(50);
    }

    @Test
    void theWindowsImportReviewWarnsAboutItemsAsTheCommandLineDoesWhenTheSessionHasItems() throws Exception {
        BotSnapshot bot = new BotSnapshot(Bots.state(8), List.of(new pbi.dao.domain.InventoryItem(
                BigInteger.valueOf(8), 19, 0, 900_001, BigInteger.valueOf(801), 1, null, 0, null)), List.of());
        Path file = Files.writeString(dir.resolve("unknown-item.json"), BotJson.toJson(bot, null));
        AtomicReference<TransferViewModel.Review> review = new AtomicReference<>();

        transfer.checkImport(file, review::set);
        assertThat(review.get().check().warnings()).extracting(p -> p.rule()).doesNotContain("item.unknown");

        main.editor().items().use(ItemCatalog.of("demo", DemoItems.all()));
        transfer.checkImport(file, review::set);
        assertThat(review.get().check().warnings()).extracting(p -> p.rule()).contains("item.unknown");
        assertThat(review.get().check().ok()).isTrue();
    }
}
