package pbi.app.gui.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.domain.BotSort;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.TestDatabase;

/**
 * Browsing a million bots: prints the page times and checks that the rows kept stay bounded. Slow to set up, so it
 * is tagged {@code benchmark} and runs only with {@code -Dpbi.scale=true} as well.
 */
@Tag("benchmark")
class BrowseScaleTest {

    private static final int BOTS = 1_000_000;

    /** Printed, not logged: the test log level is WARN, and these numbers are the point of the run. */
    private static void report(String format, Object... args) {
        System.out.println("[scale] " + org.slf4j.helpers.MessageFormatter.arrayFormat(format, args).getMessage());
    }

    @Test
    void scrollingAMillionBotsKeepsPagesFastAndRowsBounded() {
        assumeTrue(Boolean.getBoolean("pbi.scale"), "run with -Dpbi.scale=true");
        TestDatabase.reset();
        long t0 = System.nanoTime();
        TestDatabase.sql("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                + " orientation, gold_copper, health, mana, level) SELECT seq, 0, 0, 0, seq % 2, IF(seq % 2 = 0, 12,"
                + " 14), 1, (seq * 7919) % 2000000000, 100, 100, 1 + seq % 80 FROM seq_1_to_" + BOTS);
        report("Inserted {} bots in {} ms", BOTS, (System.nanoTime() - t0) / 1_000_000);

        BrowseViewModel vm = new BrowseViewModel(TaskRunner.direct(), new ScriptedDialogs());
        BrowseService service = new BrowseService(TestDatabase.database());
        long t1 = System.nanoTime();
        vm.connect(() -> service);
        report("Tree + count + first page: {} ms", (System.nanoTime() - t1) / 1_000_000);
        assertThat(vm.totalProperty().get()).isEqualTo(BOTS);

        long slowest = 0;
        for (int i = 0; i < 100; i++) {
            long s = System.nanoTime();
            vm.loadNext();
            slowest = Math.max(slowest, System.nanoTime() - s);
            assertThat(vm.rows().size()).isLessThanOrEqualTo(BrowseViewModel.MAX_ROWS);
        }
        report("100 next pages by guid: slowest {} ms, rows kept {}, first row index {}", slowest / 1_000_000,
                vm.rows().size(), vm.firstRowIndexProperty().get());

        vm.select(new BrowseViewModel.Scope(0L, 12L, "Elwynn Forest", 0));
        long s2 = System.nanoTime();
        vm.sortBy(BotSort.GOLD, true);
        report("Zone of 500,000 sorted by gold, count + first page: {} ms", (System.nanoTime() - s2) / 1_000_000);
        slowest = 0;
        for (int i = 0; i < 30; i++) {
            long s = System.nanoTime();
            vm.loadNext();
            slowest = Math.max(slowest, System.nanoTime() - s);
        }
        report("30 next pages by gold: slowest {} ms, rows kept {}", slowest / 1_000_000, vm.rows().size());
        TestDatabase.reset();
    }
}
