package pbi.dao.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Rule;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.history.HistoryStore;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;
import pbi.dao.world.Quality;

/** Bulk edits against the real database: selection, the dry run, the apply, conflicts, cancel and history. */
class BulkTest {

    private static final BigInteger CAP = Money.parse("100000g", "cap");
    private final BotService service = new BotService(TestDatabase.database());
    private final Bulk bulk = new Bulk(TestDatabase.database(), Limits.wotlk(), null);

    /** Bots 1-4 in Elwynn Forest (map 0, zone 12) with 150,000g, 50,000g, 210,000g, 100,000g; bot 5 in Westfall. */
    @BeforeEach
    void richBots() {
        TestDatabase.reset();
        long[] gold = {150_000, 50_000, 210_000, 100_000};
        for (int i = 0; i < gold.length; i++) {
            BotSnapshot bot = Bots.bot(i + 1, 2, 1);
            service.replace(bot.withState(bot.state().withGold(Money.parse(gold[i] + "g", "gold"))));
        }
        BotSnapshot far = Bots.bot(5, 1, 1);
        service.replace(far.withState(far.state().withGold(Money.parse("200000g", "gold"))
                .withPosition(-10_500f, 1_000f, 40f, 0, 40, 0f)));
    }

    @Test
    void theDryRunListsEveryBotOfTheZoneWithItsChangeAndSqlAndWritesNothing() {
        BulkPlan plan = bulk.plan(new Selection.Area(0, 12L), List.of(new BulkEdit.CapGold(CAP)),
                Bulk.Progress.NONE, () -> false);

        assertThat(plan.bots()).extracting(BotChange::guid).containsExactly(big(1), big(2), big(3), big(4));
        assertThat(plan.toChange()).extracting(BotChange::guid).containsExactly(big(1), big(3));
        BotChange first = plan.toChange().get(0);
        assertThat(first.changes()).containsExactly("gold: 150,000g 0s 0c → 100,000g 0s 0c");
        assertThat(first.sql()).containsExactly(
                "UPDATE playerbot_state SET gold_copper = 1000000000 WHERE bot_guid = 1;");
        assertThat(plan.summary()).isEqualTo("4 bots chosen: 2 to change, 2 unchanged");
        assertThat(BulkReport.text(plan)).contains("bot 3: 1 change", "gold: 210,000g 0s 0c → 100,000g 0s 0c",
                "bot 2: unchanged");
        assertThat(service.load(big(1)).orElseThrow().state().goldCopper()).isEqualTo(Money.parse("150000g", "g"));
    }

    @Test
    void applyWritesEachBotInItsOwnTransactionAndKeepsOneHistoryEntryPerBot(@TempDir Path home) {
        HistoryStore history = HistoryStore.inDataHome(home);
        BulkPlan plan = bulk.plan(new Selection.Area(0, 12L), List.of(new BulkEdit.CapGold(CAP)),
                Bulk.Progress.NONE, () -> false);
        List<String> progress = new ArrayList<>();

        BulkResult result = bulk.apply(plan, bot -> history.write(bot, "before bulk edit"), o -> { },
                (done, total) -> progress.add(done + "/" + total), () -> false);

        assertThat(result.clean()).isTrue();
        assertThat(result.summary()).isEqualTo("Applied to 2 bots; 0 conflicts; 0 failed");
        assertThat(progress).containsExactly("1/2", "2/2");
        for (long guid = 1; guid <= 4; guid++) {
            assertThat(Money.gold(service.load(big(guid)).orElseThrow().state().goldCopper()))
                    .isLessThanOrEqualTo(BigInteger.valueOf(100_000));
        }
        assertThat(service.load(big(5)).orElseThrow().state().goldCopper()).isEqualTo(Money.parse("200000g", "g"));
        assertThat(history.list(big(1))).singleElement().extracting(e -> e.reason()).isEqualTo("before bulk edit");
        assertThat(history.read(history.list(big(3)).get(0)).state().goldCopper())
                .isEqualTo(Money.parse("210000g", "g"));
        assertThat(history.list(big(2))).isEmpty();
        assertThat(history.list(big(4))).isEmpty();
    }

    @Test
    void aBotChangedBetweenDryRunAndApplyIsAConflictAndKeepsTheOtherWritersValue(@TempDir Path home) {
        HistoryStore history = HistoryStore.inDataHome(home);
        BulkPlan plan = bulk.plan(new Selection.Area(0, 12L), List.of(new BulkEdit.CapGold(CAP),
                new BulkEdit.SetLevel(80)), Bulk.Progress.NONE, () -> false);
        TestDatabase.sql("UPDATE playerbot_state SET mana = 4321 WHERE bot_guid = 3");

        BulkResult result = bulk.apply(plan, bot -> history.write(bot, "before bulk edit"), o -> { },
                Bulk.Progress.NONE, () -> false);

        assertThat(result.outcomes()).extracting(BulkOutcome::guid, BulkOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(big(1), BulkOutcome.Status.APPLIED),
                org.assertj.core.groups.Tuple.tuple(big(2), BulkOutcome.Status.APPLIED),
                org.assertj.core.groups.Tuple.tuple(big(3), BulkOutcome.Status.CONFLICT),
                org.assertj.core.groups.Tuple.tuple(big(4), BulkOutcome.Status.APPLIED));
        BulkOutcome conflict = result.outcomes().get(2);
        assertThat(conflict.message()).contains("changed after the dry run; nothing was written");
        assertThat(conflict.differences()).containsExactly("mana: 800 → 4321");
        BotSnapshot three = service.load(big(3)).orElseThrow();
        assertThat(three.state().level()).isEqualTo(20);
        assertThat(three.state().mana()).isEqualTo(4321);
        assertThat(three.state().goldCopper()).isEqualTo(Money.parse("210000g", "g"));
        assertThat(history.list(big(3))).isEmpty();
        assertThat(service.load(big(2)).orElseThrow().state().level()).isEqualTo(80);
    }

    @Test
    void cancellingStopsBetweenBotsAndSaysHowManyWereDone() {
        BulkPlan plan = bulk.plan(new Selection.Area(0, 12L), List.of(new BulkEdit.SetLevel(60)),
                Bulk.Progress.NONE, () -> false);
        AtomicInteger done = new AtomicInteger();

        BulkResult result = bulk.apply(plan, bot -> { }, o -> done.incrementAndGet(), Bulk.Progress.NONE,
                () -> done.get() >= 1);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.outcomes()).hasSize(1);
        assertThat(result.notReached()).isEqualTo(3);
        assertThat(result.summary()).startsWith("Cancelled after 1 of 4 bots. Applied to 1 bot;");
        assertThat(service.load(big(1)).orElseThrow().state().level()).isEqualTo(60);
        assertThat(service.load(big(2)).orElseThrow().state().level()).isEqualTo(20);
    }

    @Test
    void botsAreChosenByFilterByGuidsAndByTheFindingsOfADoctorRule() {
        BotQuery rich = BotQuery.zone(0L, null).withFilters(null, null, null, null, Money.parse("150000g", "g"),
                null, null);
        assertThat(bulk.select(new Selection.Filter(rich))).containsExactly(big(1), big(3), big(5));
        assertThat(bulk.select(new Selection.Guids(List.of(big(4), big(99), big(4))))).containsExactly(big(4),
                big(99));
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid IN (2, 5)");
        assertThat(bulk.select(new Selection.RuleFindings(Rule.LEVEL_OUT_OF_RANGE, null, null)))
                .containsExactly(big(2), big(5));
        assertThat(bulk.select(new Selection.RuleFindings(Rule.LEVEL_OUT_OF_RANGE, 0L, 12L)))
                .containsExactly(big(2));

        BulkPlan plan = bulk.plan(new Selection.Guids(List.of(big(2), big(99))), List.of(new BulkEdit.SetLevel(10)),
                Bulk.Progress.NONE, () -> false);
        assertThat(plan.bots()).extracting(BotChange::status)
                .containsExactly(BotChange.Status.CHANGE, BotChange.Status.MISSING);
        assertThat(plan.summary()).isEqualTo("2 bots chosen: 1 to change, 0 unchanged, 1 not found");
    }

    @Test
    void fixingARulesFindingsInBulkLeavesTheDoctorWithNothingNew() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid IN (2, 5)");
        Doctor doctor = new Doctor(TestDatabase.database(), Limits.wotlk());
        List<Finding> before = doctor.scan(Scope.wholeDatabase());
        BulkPlan plan = bulk.plan(new Selection.RuleFindings(Rule.LEVEL_OUT_OF_RANGE, null, null),
                List.of(new BulkEdit.SetLevel(1)), Bulk.Progress.NONE, () -> false);

        bulk.apply(plan, bot -> { }, o -> { }, Bulk.Progress.NONE, () -> false);

        List<Finding> after = doctor.scan(Scope.wholeDatabase());
        assertThat(before).extracting(Finding::rule).containsOnly(Rule.LEVEL_OUT_OF_RANGE);
        assertThat(after).isEmpty();
    }

    @Test
    void teleportRemoveItemAndRepairChangeExactlyWhatTheySay() {
        ItemCatalog items = ItemCatalog.of("test", List.of(
                new ItemTemplate(40000, "Helm", Quality.RARE, 1, 100, 60, 1, 120, 0, 0, 0, 0),
                new ItemTemplate(2001, "Sword", Quality.COMMON, 13, 10, 5, 1, 50, 0, 0, 0, 0)));
        Bulk withItems = new Bulk(TestDatabase.database(), Limits.wotlk(), items);
        BulkEdit.Teleport goldshire = BulkEdits.parseTeleport("0,12,-9464,62,56");
        BulkPlan plan = withItems.plan(new Selection.Guids(List.of(big(5))), List.of(goldshire,
                new BulkEdit.RemoveItem(2000), new BulkEdit.RepairDurability()), Bulk.Progress.NONE, () -> false);

        BotChange five = plan.bots().get(0);
        assertThat(five.changes()).containsExactly(
                "position: Westfall (40) on Eastern Kingdoms (0) at (-10500.0, 1000.0, 40.0) → Elwynn Forest (12) on"
                        + " Eastern Kingdoms (0) at (-9464.0, 62.0, 56.0)",
                "Bag 19 slot 0: removed #2000 ×1 (guid 5760)",
                "Head (slot 0) durability: 100 → 120");
        withItems.apply(plan, bot -> { }, o -> { }, Bulk.Progress.NONE, () -> false);
        BotSnapshot moved = service.load(big(5)).orElseThrow();
        assertThat(moved.state().zoneId()).isEqualTo(12);
        assertThat(moved.state().positionX()).isEqualTo(-9464f);
        assertThat(moved.inventory()).isEmpty();
        assertThat(moved.equipment().get(0).durability()).isEqualTo(120);
    }

    @Test
    void editsThatCannotBePlannedAreRefusedWithAClearMessageBeforeAnythingIsRead() {
        assertThatThrownBy(() -> bulk.plan(new Selection.Area(0, 12L), List.of(new BulkEdit.RepairDurability()),
                Bulk.Progress.NONE, () -> false)).hasMessageStartingWith("Repairing durability needs the world"
                        + " database (item_template's MaxDurability)");
        assertThat(bulk.problems(List.of(BulkEdits.parseTeleport("0,85,-9464,62,56")))).singleElement()
                .asString().startsWith("The position is impossible: in Elwynn Forest (12), not in ")
                .endsWith(" (85) as zone_id says");
        assertThat(bulk.problems(List.of(BulkEdits.parseTeleport("1,12,0,0,0"))))
                .containsExactly("Elwynn Forest (12) is not on Kalimdor (1); choose a zone of that map");
        assertThat(bulk.problems(List.of(new BulkEdit.SetLevel(81), new BulkEdit.SetGold(Money.parse("300000g",
                "g"))))).containsExactly("The level must be from 1 to 80, not 81",
                        "Gold to set must be at most 214,748g 36s 46c");
        assertThatThrownBy(() -> BulkEdits.parseTeleport("0,12,1,2")).hasMessageStartingWith(
                "A position is MAP,ZONE,X,Y,Z");
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
