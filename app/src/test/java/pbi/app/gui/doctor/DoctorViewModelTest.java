package pbi.app.gui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.FixPlan;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class DoctorViewModelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> opened = new ArrayList<>();
    private final List<BotSnapshot> history = new ArrayList<>();
    private final List<FixPlan> reviewed = new ArrayList<>();
    private DoctorViewModel vm;

    @BeforeEach
    void twoBrokenBots() {
        TestDatabase.reset();
        BotService service = new BotService(TestDatabase.database());
        for (long guid = 1; guid <= 3; guid++) {
            service.replace(Bots.bot(guid, 10, 5));
        }
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid IN (1, 2)",
                "UPDATE playerbot_inventory SET stack_count = 0 WHERE bot_guid = 3 AND bag = 19 AND slot = 4");
        vm = new DoctorViewModel(TaskRunner.direct(), dialogs, TestDatabase::database, Limits.wotlk(),
                (guid, field) -> opened.add(guid + " " + field));
        vm.setBeforeFix(history::add);
    }

    @Test
    void scanGroupsFindingsByRuleWithCountsAndFinishesAtFullProgress() {
        vm.scan();

        assertThat(vm.byRule()).containsOnlyKeys(Rule.LEVEL_OUT_OF_RANGE, Rule.STACK_ZERO);
        assertThat(vm.byRule().get(Rule.LEVEL_OUT_OF_RANGE)).hasSize(2);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).contains("3 problem(s) in 3 bot(s)");
        assertThat(vm.scanningProperty().get()).isFalse();
    }

    @Test
    void selectingAFindingOpensItsBotWithTheValueMarked() {
        vm.scan();

        vm.open(vm.byRule().get(Rule.STACK_ZERO).get(0));
        vm.open(vm.byRule().get(Rule.LEVEL_OUT_OF_RANGE).get(0));

        assertThat(opened).containsExactly("3 inv:19:4", "1 level");
    }

    @Test
    void fixAllOfARuleShowsThePlanThenRepairsAndUpdatesTheFindings() {
        vm.scan();

        vm.fixAll(Rule.LEVEL_OUT_OF_RANGE, plan -> reviewed.add(plan));

        assertThat(reviewed).singleElement().satisfies(plan -> assertThat(plan.sql())
                .contains("UPDATE playerbot_state SET level = 1 WHERE bot_guid = 1;"));
        assertThat(vm.findings()).extracting(Finding::rule).containsExactly(Rule.STACK_ZERO);
        assertThat(history).extracting(BotSnapshot::guid).containsExactly(BigInteger.ONE, BigInteger.TWO);
        assertThat(dialogs.shown).contains("success: Repaired 2 bot(s).");
    }

    @Test
    void declinedReviewChangesNothing() {
        vm.scan();

        vm.fix(vm.byRule().get(Rule.STACK_ZERO).get(0), plan -> false);

        assertThat(vm.findings()).hasSize(3);
        assertThat(history).isEmpty();
        vm.scan();
        assertThat(vm.findings()).hasSize(3);
    }
}
