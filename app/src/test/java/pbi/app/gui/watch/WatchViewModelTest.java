package pbi.app.gui.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.BotEditorViewModel;
import pbi.app.gui.editor.StateField;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BotWatch;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** The live watch with the real editor and the real test MariaDB, polled by hand. */
class WatchViewModelTest {

    private static final BigInteger GUID = BigInteger.valueOf(7);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<List<BotState>> rowsRead = new ArrayList<>();
    private BotEditorViewModel editor;
    private WatchViewModel watch;

    @BeforeEach
    void openBot() {
        TestDatabase.reset();
        BotService bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(7, 5, 3));
        bots.replace(Bots.bot(8, 1, 1));
        editor = new BotEditorViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), b -> { });
        editor.connect(() -> bots, () -> new BrowseService(TestDatabase.database()));
        watch = new WatchViewModel(TaskRunner.direct());
        watch.use(new BotWatch(TestDatabase.database()));
        editor.loadedProperty().addListener((o, was, bot) -> watch.watch(bot));
        watch.setRowsRead(rowsRead::add);
        editor.open(GUID, null);
    }

    @Test
    void aChangeByAnotherConnectionIsShownWithWhatChangedAndTheServersVersion() {
        watch.poll();
        assertThat(watch.showingProperty().get()).isFalse();

        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 999, level = 21 WHERE bot_guid = 7",
                "DELETE FROM playerbot_equipment WHERE bot_guid = 7 AND slot = 2");
        watch.poll();

        assertThat(watch.showingProperty().get()).isTrue();
        assertThat(watch.headlineProperty().get()).startsWith("Changed on the server at ").endsWith("(3 changes"
                + " since you opened it)");
        assertThat(watch.changesProperty().get()).containsExactly("gold_copper: 123456 → 999", "level: 20 → 21",
                "equipment slot 2 (Shoulders): removed (item 40002, guid 7902)");
        assertThat(watch.serverProperty().get().state().goldCopper()).isEqualTo(BigInteger.valueOf(999));
        assertThat(rowsRead).last().satisfies(states -> assertThat(states).singleElement()
                .extracting(BotState::level).isEqualTo(21));
    }

    @Test
    void keepEditingHidesTheNoticeUntilTheNextChangeAndTheSaveThenMerges() {
        editor.form().text(StateField.MANA).set("900");
        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 999 WHERE bot_guid = 7");
        watch.poll();
        watch.dismiss();
        watch.poll();
        assertThat(watch.showingProperty().get()).isFalse();

        TestDatabase.sql("UPDATE playerbot_state SET health = 1 WHERE bot_guid = 7");
        watch.poll();
        assertThat(watch.showingProperty().get()).isTrue();
        assertThat(watch.changesProperty().get()).contains("health: 1500 → 1");

        dialogs.conflictAnswer = pbi.app.gui.common.DialogService.ConflictChoice.MERGE;
        editor.save();
        BotState saved = new BotService(TestDatabase.database()).load(GUID).orElseThrow().state();
        assertThat(saved.mana()).isEqualTo(900);
        assertThat(saved.goldCopper()).isEqualTo(BigInteger.valueOf(999));
        assertThat(saved.health()).isEqualTo(1);
        // The saved version is the new baseline: nothing to report.
        watch.poll();
        assertThat(watch.showingProperty().get()).isFalse();
    }

    @Test
    void aChangeMadeBeforeTheFirstPollIsStillSeen() {
        TestDatabase.sql("UPDATE playerbot_inventory SET stack_count = 5 WHERE bot_guid = 7 AND slot = 1");

        watch.poll();

        assertThat(watch.changesProperty().get()).containsExactly("inventory bag 19 slot 1 stack_count: 1 → 5");
    }

    @Test
    void reloadingMakesTheServersVersionTheBaseline() {
        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 999 WHERE bot_guid = 7");
        watch.poll();

        editor.refresh();
        watch.poll();

        assertThat(watch.showingProperty().get()).isFalse();
        assertThat(editor.loadedProperty().get().state().goldCopper()).isEqualTo(BigInteger.valueOf(999));
    }

    @Test
    void aDeletedBotIsSaidSo() {
        watch.poll();
        TestDatabase.sql("DELETE FROM playerbot_inventory WHERE bot_guid = 7",
                "DELETE FROM playerbot_equipment WHERE bot_guid = 7", "DELETE FROM playerbot_state WHERE bot_guid = 7");
        watch.poll();

        assertThat(watch.changesProperty().get()).containsExactly("The bot was deleted from the database.");
    }

    @Test
    void theTablesRowsArePolledEveryTimeAndNothingWhenTheWatchIsOff() {
        watch.showRows(List.of(GUID, BigInteger.valueOf(8)));
        TestDatabase.sql("UPDATE playerbot_state SET level = 55 WHERE bot_guid = 8");
        watch.poll();
        assertThat(rowsRead.get(0)).extracting(BotState::level).containsExactlyInAnyOrder(20, 55);

        watch.setEnabled(false);
        rowsRead.clear();
        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 5 WHERE bot_guid = 7");
        watch.poll();
        assertThat(rowsRead).isEmpty();
        assertThat(watch.showingProperty().get()).isFalse();
    }

    @Test
    void aLostServerIsReportedAndTheNextPollRecovers() {
        watch.use(new BotWatch(brokenDatabase()));
        watch.poll();
        assertThat(watch.problemProperty().get()).startsWith("Live watch paused: ");

        watch.use(new BotWatch(TestDatabase.database()));
        watch.poll();
        assertThat(watch.problemProperty().get()).isNull();
    }

    private static pbi.dao.db.Database brokenDatabase() {
        pbi.dao.db.Database db = pbi.dao.db.Database.open(new pbi.dao.db.ConnectionSettings("gone",
                TestDatabase.settings().jdbcUrl(), TestDatabase.settings().user(), TestDatabase.settings().password()));
        db.close();
        return db;
    }
}
