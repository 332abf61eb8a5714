package pbi.app.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.BotEditorViewModel;
import pbi.dao.audit.AuditChange;
import pbi.dao.audit.AuditLog;
import pbi.dao.audit.AuditRecord;
import pbi.dao.audit.AuditTable;
import pbi.dao.audit.AuditTrail;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** The audit window's logic without a toolkit, on the real test MariaDB. */
class AuditViewModelTest {

    private static final BigInteger BOT = BigInteger.valueOf(7);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final BotService bots = new BotService(TestDatabase.database());
    private AuditTrail trail;
    private AuditViewModel vm;

    @TempDir
    Path home;

    @BeforeEach
    void seed() {
        TestDatabase.reset();
        TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
        bots.replace(Bots.bot(7, 3, 1));
        bots.replace(Bots.bot(8, 3, 1));
        AuditLog log = AuditLog.inDataHome(home);
        trail = AuditTrail.attach(log, TestDatabase.database(), "test", dialogs.shown::add);
        vm = new AuditViewModel(TaskRunner.direct(), dialogs, log, () -> trail);
    }

    @AfterEach
    void detach() {
        TestDatabase.database().listenWrites(null);
        TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
    }

    @Test
    void aVersionRestoredFromHistoryIsSavedAndAuditedAsARestore() {
        BotSnapshot old = bots.load(BOT).orElseThrow();
        bots.updateGold(BOT, BigInteger.valueOf(5));
        BotEditorViewModel editor = new BotEditorViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), b -> { });
        editor.connect(() -> bots, () -> new BrowseService(TestDatabase.database()));
        editor.open(BOT, null);

        assertThat(editor.restore(old)).isTrue();
        editor.save();

        vm.botProperty().set("7");
        vm.refresh();
        assertThat(vm.records()).extracting(AuditRecord::action).containsExactly("set gold", "restore");
        vm.selectedProperty().set(vm.records().get(1));
        assertThat(vm.changes()).containsExactly(new AuditChange("state", "gold_copper", "5",
                old.state().goldCopper().toString()));
    }

    @Test
    void filtersThatCannotBeReadAreSaidAndReadNothing() {
        bots.updateGold(BOT, BigInteger.ONE);
        vm.sinceProperty().set("last week");
        vm.refresh();

        assertThat(vm.statusProperty().get()).startsWith("Since: 'last week' is not a time");
        assertThat(vm.records()).isEmpty();

        vm.sinceProperty().set("1h");
        vm.userProperty().set(TestDatabase.settings().user());
        vm.refresh();
        assertThat(vm.records()).hasSize(1);
        assertThat(vm.statusProperty().get()).isEqualTo("1 record");
    }

    @Test
    void theServerTableIsCreatedOnlyAfterTheUserSaysYes() {
        dialogs.confirmAnswer = false;
        vm.keepOnServer();
        assertThat(AuditTable.exists(TestDatabase.database())).isFalse();
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("confirm: This creates the table"
                + " playerbot_inspector_audit"));
        vm.sourceProperty().set(AuditViewModel.Source.SERVER);
        vm.refresh();
        assertThat(vm.statusProperty().get()).contains("has no playerbot_inspector_audit table");

        dialogs.confirmAnswer = true;
        vm.keepOnServer();
        bots.updateGold(BigInteger.valueOf(8), BigInteger.TEN);
        vm.refresh();

        assertThat(AuditTable.exists(TestDatabase.database())).isTrue();
        assertThat(vm.records()).singleElement().satisfies(r -> {
            assertThat(r.bot()).isEqualTo(BigInteger.valueOf(8));
            assertThat(r.changes()).extracting(AuditChange::after).containsExactly("10");
        });
    }
}
