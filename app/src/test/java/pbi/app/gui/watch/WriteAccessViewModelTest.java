package pbi.app.gui.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.BotEditorViewModel;
import pbi.app.gui.editor.StateField;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Grants;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Why the window is read-only, and what that turns off in the editor. */
class WriteAccessViewModelTest {

    private static final ConnectionSettings PLAIN = new ConnectionSettings("realm", "jdbc:mysql://h/c", "u", "");
    private static final Grants.Access SELECT_ONLY = Grants.access(List.of("GRANT USAGE ON *.* TO `pbi_ro`@`%`",
            "GRANT SELECT ON `c`.* TO `pbi_ro`@`%`"), "c", Grants.PLAYERBOT_TABLES, null);

    @Test
    void theFlagThenTheProfileThenTheGrantsDecide() {
        WriteAccessViewModel forced = new WriteAccessViewModel(TaskRunner.direct(), true);
        forced.check(PLAIN, () -> {
            throw new AssertionError("the grants are not read when the user asked for read-only");
        });
        assertThat(forced.reasonProperty().get()).isEqualTo("read-only: the window was opened with --read-only");

        WriteAccessViewModel vm = new WriteAccessViewModel(TaskRunner.direct(), false);
        vm.check(PLAIN.withReadOnly(true), () -> null);
        assertThat(vm.reasonProperty().get()).isEqualTo("read-only: profile realm is read-only");

        vm.check(PLAIN, () -> SELECT_ONLY);
        assertThat(vm.reasonProperty().get()).isEqualTo("read-only: account pbi_ro has no INSERT, UPDATE or DELETE"
                + " grant on playerbot_state, playerbot_inventory and playerbot_equipment");

        vm.check(PLAIN, () -> Grants.check(TestDatabase.database()));
        assertThat(vm.reasonProperty().get()).isNull();
    }

    @Test
    void unsureGrantsLeaveTheWindowWritableWithANote() {
        WriteAccessViewModel vm = new WriteAccessViewModel(TaskRunner.direct(), false);
        vm.check(PLAIN, () -> Grants.access(List.of("GRANT `writer` TO `alice`@`%`"), "c", Grants.PLAYERBOT_TABLES,
                null));
        assertThat(vm.reasonProperty().get()).isNull();
        assertThat(vm.noteProperty().get()).contains("roles");
    }

    @Test
    void aReadOnlyEditorNeitherEditsNorSavesNorDeletesNorRestores() {
        TestDatabase.reset();
        BotService bots = new BotService(TestDatabase.database());
        bots.replace(Bots.bot(7, 2, 1));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        BotEditorViewModel editor = new BotEditorViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), b -> { });
        editor.connect(() -> bots, () -> new BrowseService(TestDatabase.database()));
        editor.open(java.math.BigInteger.valueOf(7), null);
        editor.form().text(StateField.LEVEL).set("30");
        assertThat(editor.canSaveProperty().get()).isTrue();

        editor.setReadOnly("read-only: account pbi_ro has no UPDATE grant on playerbot_state");

        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveBlockedReasonProperty().get()).isEqualTo("the window is read-only: account pbi_ro has"
                + " no UPDATE grant on playerbot_state");
        editor.save();
        editor.delete();
        assertThat(editor.restore(Bots.bot(7, 0, 0))).isTrue();
        assertThat(dialogs.shown).last().asString().contains("Nothing can be restored");
        assertThat(bots.load(java.math.BigInteger.valueOf(7)).orElseThrow().state().level()).isEqualTo(20);
        assertThat(editor.allowEditingOnline()).isFalse();

        editor.setReadOnly(null);
        assertThat(editor.editableProperty().get()).isTrue();
    }
}
