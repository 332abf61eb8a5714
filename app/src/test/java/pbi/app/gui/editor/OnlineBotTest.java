package pbi.app.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.app.gui.browse.BrowseViewModel;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** A bot whose character is online is shown read-only until the user insists. */
class OnlineBotTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Database database;
    private BotEditorViewModel editor;

    @BeforeEach
    void onlineBot() throws Exception {
        TestDatabase.reset();
        TestDatabase.characters("INSERT INTO characters (guid, name, race, class, level, online) VALUES (5, 'Thrall',"
                + " 2, 7, 20, 1)");
        // A pool of its own: the shared one may have cached "no characters table".
        database = Database.open(TestDatabase.settings());
        BotService bots = new BotService(database);
        bots.replace(Bots.bot(5, 1, 1));
        BrowseService browse = new BrowseService(database);
        editor = new BotEditorViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), null);
        editor.connect(() -> bots, () -> browse);
        editor.open(BigInteger.valueOf(5), null);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        TestDatabase.reset();
    }

    @Test
    void anOnlineBotIsWarnedAboutAndNotEditableUntilTheUserInsists() {
        assertThat(editor.onlineWarningProperty().get()).startsWith("Thrall is online");
        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(editor.label()).isEqualTo("5 (Thrall)");

        dialogs.confirmAnswer = true;
        assertThat(editor.allowEditingOnline()).isTrue();

        assertThat(editor.editableProperty().get()).isTrue();
        assertThat(dialogs.shown).anyMatch(s -> s.contains("Edit it anyway?"));
    }

    @Test
    void searchingByNameFindsTheBotAndShowsItOnline() {
        BrowseViewModel browse = new BrowseViewModel(TaskRunner.direct(), dialogs);
        BrowseService service = new BrowseService(database);
        browse.connect(() -> service);
        browse.searchProperty().set("Thr");
        browse.sortBy(pbi.dao.domain.BotSort.NAME, false);

        assertThat(browse.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Thrall");
            assertThat(r.isOnline()).isTrue();
        });
        assertThat(browse.totalProperty().get()).isEqualTo(1);
        assertThat(dialogs.shown).noneMatch(s -> s.startsWith("error"));
    }

    @Test
    void aRefusedWarningKeepsTheBotReadOnly() {
        dialogs.confirmAnswer = false;

        editor.allowEditingOnline();
        editor.moveItem(new pbi.dao.domain.InventoryItem.SlotKey(19, 0),
                new pbi.dao.domain.InventoryItem.SlotKey(19, 5));

        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }
}
