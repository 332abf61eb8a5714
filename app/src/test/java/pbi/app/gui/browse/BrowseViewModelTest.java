package pbi.app.gui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.Money;
import pbi.dao.domain.ZoneCount;
import pbi.dao.service.BrowseService;
import pbi.dao.testing.TestDatabase;

/** The browser's tree, filters and bounded keyset window, without a toolkit. */
class BrowseViewModelTest {

    private static final int BOTS = 5_000;

    @BeforeAll
    static void manyBots() {
        TestDatabase.reset();
        TestDatabase.sql("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                + " orientation, gold_copper, health, mana, level) SELECT seq, 0, 0, 0, 0, 12, 1, seq * 100, 100,"
                + " 100, 1 + seq % 80 FROM seq_1_to_" + BOTS);
    }

    private BrowseViewModel browser(ScriptedDialogs dialogs) {
        BrowseViewModel vm = new BrowseViewModel(TaskRunner.direct(), dialogs);
        BrowseService service = new BrowseService(TestDatabase.database());
        vm.connect(() -> service);
        return vm;
    }

    @Test
    void theTreeNamesKnownMapsAndZonesAndShowsUnknownOnesAsNumbers() {
        List<BrowseViewModel.MapNode> tree = BrowseViewModel.buildTree(List.of(new ZoneCount(0, 12, 3),
                new ZoneCount(0, 1, 2), new ZoneCount(9999, 77, 4)));

        assertThat(tree).extracting(n -> n.map().label()).containsExactly("Eastern Kingdoms", "Map 9999");
        assertThat(tree.get(0).map().bots()).isEqualTo(5);
        assertThat(tree.get(0).zones()).extracting(BrowseViewModel.Scope::label)
                .containsExactly("Dun Morogh", "Elwynn Forest");
        assertThat(tree.get(1).zones()).extracting(BrowseViewModel.Scope::label).containsExactly("Zone 77");
    }

    @Test
    void scrollingKeepsAtMostTheRowCapAndCanComeBack() {
        BrowseViewModel vm = browser(new ScriptedDialogs());
        assertThat(vm.totalProperty().get()).isEqualTo(BOTS);

        while (vm.moreAfterProperty().get()) {
            vm.loadNext();
            assertThat(vm.rows().size()).isLessThanOrEqualTo(BrowseViewModel.MAX_ROWS);
        }
        assertThat(vm.rows().get(vm.rows().size() - 1).botGuid()).isEqualTo(BigInteger.valueOf(BOTS));
        assertThat(vm.firstRowIndexProperty().get()).isEqualTo(BOTS - BrowseViewModel.MAX_ROWS);

        while (vm.moreBeforeProperty().get()) {
            vm.loadPrevious();
        }
        assertThat(vm.rows().get(0).botGuid()).isEqualTo(BigInteger.ONE);
        assertThat(vm.rows()).hasSizeLessThanOrEqualTo(BrowseViewModel.MAX_ROWS);
        assertThat(vm.firstRowIndexProperty().get()).isZero();
    }

    @Test
    void filtersAndSortRunInSql() {
        BrowseViewModel vm = browser(new ScriptedDialogs());
        vm.minLevelProperty().set("80");
        vm.minGoldProperty().set("40g");

        vm.sortBy(BotSort.GOLD, true);

        assertThat(vm.rows()).allMatch(r -> r.level() >= 80
                && r.goldCopper().compareTo(BigInteger.valueOf(400_000)) >= 0);
        assertThat(vm.rows().get(0).botGuid()).isEqualTo(BigInteger.valueOf(4_959));
        assertThat(vm.totalProperty().get()).isEqualTo(vm.rows().size());
    }

    @Test
    void theNextPageByGoldStartsAfterTheCursorRow() {
        BrowseService service = new BrowseService(TestDatabase.database());
        var q = pbi.dao.domain.BotQuery.zone(null, null).sortedBy(BotSort.GOLD, false).withLimit(200);
        var first = service.page(q);
        var next = service.page(q.after(first.get(first.size() - 1)));
        assertThat(next).as("cursor " + q.after(first.get(first.size() - 1)).cursorValue()).hasSize(200);
    }

    @Test
    void pagingOnwardWorksForEverySortAndDirection() {
        BrowseViewModel vm = browser(new ScriptedDialogs());
        for (BotSort sort : List.of(BotSort.GOLD, BotSort.LEVEL, BotSort.UPDATED)) {
            for (boolean desc : new boolean[] {false, true}) {
                vm.sortBy(sort, desc);
                vm.loadNext();
                assertThat(vm.rows()).as(sort + (desc ? " descending" : "")).hasSize(2 * BrowseViewModel.PAGE_SIZE);
                assertThat(vm.rows().stream().map(r -> r.botGuid()).distinct().count())
                        .isEqualTo(2L * BrowseViewModel.PAGE_SIZE);
            }
        }
    }

    @Test
    void aBadFilterSaysWhyAndRunsNothing() {
        BrowseViewModel vm = browser(new ScriptedDialogs());
        vm.maxLevelProperty().set("high");

        assertThat(vm.reload()).isFalse();
        assertThat(vm.filterProblemProperty().get()).isEqualTo("Highest level must be a whole number, such as 80");
    }

    @Test
    void goldFiltersReadGoldPiecesOrCoins() {
        assertThat(Money.parse("12g 34s 56c", "x")).isEqualTo(BigInteger.valueOf(123_456));
        assertThat(Money.parse("1,500", "x")).isEqualTo(BigInteger.valueOf(15_000_000));
    }
}
