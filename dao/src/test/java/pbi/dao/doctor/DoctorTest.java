package pbi.dao.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class DoctorTest {

    private static final BigInteger BOT = BigInteger.TWO;
    private static final BigInteger CAP = Limits.wotlk().goldCap();

    private final BotService service = new BotService(TestDatabase.database());
    private final Doctor doctor = new Doctor(TestDatabase.database(), Limits.wotlk());

    @BeforeEach
    void threeCleanBots() {
        TestDatabase.reset();
        for (long guid = 1; guid <= 3; guid++) {
            service.replace(Bots.bot(guid, 40, 12));
        }
    }

    /** One bot that breaks one rule: how to break it, and where the doctor should point. */
    record Broken(String name, Rule rule, Consumer<DoctorTest> corrupt) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> brokenBots() {
        return Stream.of(
                broken("x beyond the world", Rule.POSITION_OUT_OF_WORLD, t -> t.state(s -> s.withPosition(17066.7f,
                        s.positionY(), s.positionZ(), s.mapId(), s.zoneId(), s.orientation()))),
                broken("y beyond the world on an unknown map", Rule.POSITION_OUT_OF_WORLD, t -> t.state(s ->
                        s.withPosition(1f, -40000f, 5f, 999, 77, 1f))),
                broken("implausible z", Rule.POSITION_OUT_OF_WORLD, t -> t.state(s -> s.withPosition(s.positionX(),
                        s.positionY(), -25000f, s.mapId(), s.zoneId(), s.orientation()))),
                broken("orientation 2π as a float", Rule.ORIENTATION_OUT_OF_RANGE, t -> t.state(s -> s.withPosition(
                        s.positionX(), s.positionY(), s.positionZ(), s.mapId(), s.zoneId(), (float) Limits.TWO_PI))),
                broken("negative orientation", Rule.ORIENTATION_OUT_OF_RANGE, t -> t.state(s -> s.withPosition(
                        s.positionX(), s.positionY(), s.positionZ(), s.mapId(), s.zoneId(), -0.5f))),
                broken("level 0", Rule.LEVEL_OUT_OF_RANGE, t -> t.state(s -> s.withVitals(s.health(), s.mana(), 0))),
                broken("level 81", Rule.LEVEL_OUT_OF_RANGE, t -> t.state(s -> s.withVitals(s.health(), s.mana(),
                        81))),
                broken("gold one copper over the cap", Rule.GOLD_OVER_CAP, t -> t.state(s -> s.withGold(
                        CAP.add(BigInteger.ONE)))),
                broken("health 2^32-1", Rule.HEALTH_WRAPPED, t -> t.state(s -> s.withVitals(0xFFFF_FFFFL, s.mana(),
                        s.level()))),
                broken("mana 2^31", Rule.MANA_WRAPPED, t -> t.state(s -> s.withVitals(s.health(), 0x8000_0000L,
                        s.level()))),
                broken("Durotar on Eastern Kingdoms", Rule.ZONE_NOT_ON_MAP, t -> t.state(s -> s.withPosition(
                        s.positionX(), s.positionY(), s.positionZ(), 0, 14, s.orientation()))),
                broken("last_updated tomorrow", Rule.UPDATED_IN_FUTURE, t -> TestDatabase.sql(
                        "UPDATE playerbot_state SET last_updated = NOW() + INTERVAL 1 DAY WHERE bot_guid = 2")),
                broken("bag position 5", Rule.BAG_NOT_A_BAG, t -> t.item(19, 3, i -> i.movedTo(5, 3))),
                broken("bag slot 36", Rule.SLOT_BEYOND_BAG, t -> t.item(19, 3, i -> i.movedTo(20, 36))),
                broken("backpack slot 22", Rule.SLOT_BEYOND_BAG, t -> t.item(19, 3, i -> i.movedTo(255, 22))),
                broken("backpack slot 39", Rule.SLOT_BEYOND_BAG, t -> t.item(19, 3, i -> i.movedTo(255, 39))),
                broken("stack of 0", Rule.STACK_ZERO, t -> t.item(19, 3, i -> i.withStack(0))),
                broken("inventory item id 0", Rule.INVENTORY_ITEM_ID_ZERO, t -> t.item(19, 3, i ->
                        new InventoryItem(i.botGuid(), i.bag(), i.slot(), 0, i.itemGuid(), 1, null, 0, null))),
                broken("negative enchantment duration", Rule.INVENTORY_ENCHANTMENTS_MALFORMED, t -> t.item(19, 3,
                        i -> i.withEnchantments("3225:0;3229:-60"))),
                broken("13 enchantments", Rule.INVENTORY_ENCHANTMENTS_MALFORMED, t -> t.item(19, 3,
                        i -> i.withEnchantments(enchantments(13)))),
                broken("enchantments with the fold's separator", Rule.INVENTORY_ENCHANTMENTS_MALFORMED,
                        t -> t.item(19, 3, i -> i.withEnchantments("3225:0|1:0"))),
                broken("equipment slot 19", Rule.EQUIPMENT_SLOT_OUT_OF_RANGE, t -> t.worn(4, e -> e.withSlot(19))),
                broken("gem that is not a number", Rule.GEMS_MALFORMED, t -> t.worn(4, e -> e.withGems("41398,ruby"))),
                broken("stray comma in gems", Rule.GEMS_MALFORMED, t -> t.worn(4, e -> e.withGems("41398,"))),
                broken("four gems", Rule.TOO_MANY_GEMS, t -> t.worn(4, e -> e.withGems("1,2,3,4"))),
                broken("equipment enchantment token", Rule.EQUIPMENT_ENCHANTMENTS_MALFORMED, t -> t.worn(4,
                        e -> e.withEnchantments("3225:0;sharp"))),
                broken("equipment item id 0", Rule.EQUIPMENT_ITEM_ID_ZERO, t -> t.worn(4, e -> new EquipmentItem(
                        e.botGuid(), e.slot(), 0, e.itemGuid(), null, null, 0, null))),
                broken("item guid of another bot's bag item", Rule.DUPLICATE_ITEM_GUID, t -> t.item(19, 3,
                        i -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), i.itemId(),
                                Bots.item(1, 19, 7, 1).itemGuid(), 1, "", 1, null))),
                broken("item guid of another bot's equipped item", Rule.DUPLICATE_ITEM_GUID, t -> t.item(19, 3,
                        i -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), i.itemId(),
                                Bots.worn(3, 2, 1).itemGuid(), 1, "", 1, null))),
                broken("same item guid in two bags of one bot", Rule.DUPLICATE_ITEM_GUID, t -> t.item(19, 3,
                        i -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), i.itemId(),
                                Bots.item(2, 20, 5, 1).itemGuid(), 1, "", 1, null))),
                broken("inventory rows without a state row", Rule.ORPHAN_ROWS, t -> TestDatabase.sql(
                        "DELETE FROM playerbot_state WHERE bot_guid = 2")));
    }

    private static Arguments broken(String name, Rule rule, Consumer<DoctorTest> corrupt) {
        return Arguments.of(new Broken(name, rule, corrupt));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBots")
    void botBreakingTheRuleIsFlaggedAndItsFixMakesItPassWithoutTouchingAnythingElse(Broken broken)
            throws SQLException {
        broken.corrupt().accept(this);

        List<Finding> findings = doctor.scan(Scope.wholeDatabase());

        Set<BigInteger> flaggedBots = findings.stream().map(Finding::botGuid).collect(Collectors.toSet());
        assertThat(findings).extracting(Finding::rule).containsOnly(broken.rule());
        if (broken.rule() == Rule.DUPLICATE_ITEM_GUID) {
            assertThat(flaggedBots).contains(BOT);
        } else {
            assertThat(flaggedBots).containsExactly(BOT);
        }
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.detail()).isNotBlank();
            assertThat(f.severity()).isEqualTo(broken.rule().severity());
        });
        Set<String> untouched = dumpExcept(BOT);

        List<BotSnapshot> previous = new ArrayList<>();
        FixPlan plan = doctor.fixer().plan(findings);
        assertThat(plan.bots()).extracting(BotFix::botGuid).containsExactly(BOT);
        assertThat(plan.sql()).isNotEmpty();
        assertThat(plan.bots().get(0).changes()).isNotEmpty();
        List<FixOutcome> outcomes = doctor.fixer().apply(plan, previous::add);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(FixOutcome.Status.FIXED);
            assertThat(o.remaining()).isEmpty();
        });
        assertThat(doctor.scan(Scope.wholeDatabase())).isEmpty();
        assertThat(dumpExcept(BOT)).isEqualTo(untouched);
        if (broken.rule() != Rule.ORPHAN_ROWS) {
            assertThat(previous).singleElement().satisfies(p -> assertThat(p.guid()).isEqualTo(BOT));
        }
    }

    @Test
    void botsExactlyOnTheLegalLimitsAreNotFlagged() {
        float justBelowTwoPi = Math.nextDown((float) Limits.TWO_PI);
        assertThat((double) justBelowTwoPi).isLessThan(Limits.TWO_PI);
        BotSnapshot high = Bots.bot(10, 0, 0);
        BotState s = high.state().withPosition(17066.67f, -17066.67f, 10_000f, 0, 12, justBelowTwoPi)
                .withGold(CAP).withVitals(0x7FFF_FFFFL, 0x7FFF_FFFFL, 80);
        List<InventoryItem> items = List.of(
                Bots.item(10, 22, 35, 1).withEnchantments(enchantments(12)),
                Bots.item(10, 19, 0, 1).withEnchantments(null),
                Bots.item(10, 20, 0, 1).withEnchantments(""),
                Bots.item(10, 255, 23, 1), Bots.item(10, 255, 38, 0xFFFF_FFFFL));
        List<EquipmentItem> worn = List.of(Bots.worn(10, 0, 1).withGems("41398,40111,40112"),
                Bots.worn(10, 18, 2).withGems(null).withEnchantments(enchantments(12)),
                Bots.worn(10, 17, 3).withGems("").withEnchantments(""));
        service.replace(new BotSnapshot(s, items, worn));
        BotSnapshot low = Bots.bot(11, 1, 1);
        service.replace(low.withState(low.state().withPosition(-17066.67f, 17066.67f, -10_000f, 999, 12, 0f)
                .withGold(BigInteger.ZERO).withVitals(0, 0, 1)));
        BotSnapshot unknownZone = Bots.bot(12, 0, 0);
        service.replace(unknownZone.withState(unknownZone.state().withPosition(0f, 0f, 0f, 1, 9999, 3f)));

        assertThat(doctor.scan(Scope.wholeDatabase())).isEmpty();
    }

    @Test
    void mapAndZoneScansLookOnlyAtTheirBots() {
        state(s -> s.withVitals(s.health(), s.mana(), 0));
        BotSnapshot kalimdor = Bots.bot(20, 3, 1);
        service.replace(kalimdor.withState(kalimdor.state().withPosition(1f, 1f, 1f, 1, 14, 1f)
                .withVitals(1, 1, 99)));

        assertThat(doctor.scan(Scope.map(0))).extracting(Finding::botGuid).containsExactly(BOT);
        assertThat(doctor.scan(Scope.zone(1, 14))).extracting(Finding::botGuid)
                .containsExactly(BigInteger.valueOf(20));
        assertThat(doctor.scan(Scope.zone(1, 17))).isEmpty();
    }

    @Test
    void fixIsNotAppliedWhenTheBotChangedAfterThePlan() {
        state(s -> s.withVitals(s.health(), s.mana(), 0));
        FixPlan plan = doctor.fixer().plan(doctor.scan(Scope.wholeDatabase()));
        service.updateGold(BOT, BigInteger.TEN);

        List<FixOutcome> outcomes = doctor.fixer().apply(plan, b -> { });

        assertThat(outcomes).singleElement().extracting(FixOutcome::status)
                .isEqualTo(FixOutcome.Status.CHANGED_SINCE_PLAN);
        assertThat(service.load(BOT).orElseThrow().state().level()).isZero();
    }

    @Test
    void fixIsRolledBackWhenSavingThePreviousVersionFails() {
        state(s -> s.withVitals(s.health(), s.mana(), 0));
        FixPlan plan = doctor.fixer().plan(doctor.scan(Scope.wholeDatabase()));

        List<FixOutcome> outcomes = doctor.fixer().apply(plan, b -> {
            throw new IllegalStateException("history folder is read-only");
        });

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(FixOutcome.Status.FAILED);
            assertThat(o.message()).contains("history folder is read-only");
        });
        assertThat(service.load(BOT).orElseThrow().state().level()).isZero();
    }

    @Test
    void fixingOneRuleLeavesTheBotsOtherProblemsAlone() {
        state(s -> s.withVitals(0xFFFF_FFFFL, s.mana(), 0));
        List<Finding> levelOnly = doctor.scan(Scope.wholeDatabase()).stream()
                .filter(f -> f.rule() == Rule.LEVEL_OUT_OF_RANGE).toList();

        List<FixOutcome> outcomes = doctor.fixer().apply(doctor.fixer().plan(levelOnly), b -> { });

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.remaining()).extracting(Finding::rule)
                .containsExactly(Rule.HEALTH_WRAPPED));
        assertThat(service.load(BOT).orElseThrow().state().level()).isEqualTo(1);
    }

    @Test
    void misplacedItemsMoveToAFreeBagSlotAndEnchantmentsKeepTheirValidEntries() {
        item(19, 3, i -> i.movedTo(7, 3).withEnchantments("3225:0;x;3229:-5;3230:60"));
        worn(4, e -> e.withSlot(30).withGems("1,2,3,4"));

        doctor.fixer().apply(doctor.fixer().plan(doctor.scan(Scope.wholeDatabase())), b -> { });

        BotSnapshot bot = service.load(BOT).orElseThrow();
        // Bag 19 slot 3 is free again once its item has left for bag 7, so the item comes back there.
        assertThat(bot.itemAt(19, 3)).hasValueSatisfying(i -> {
            assertThat(i.itemId()).isEqualTo(2003);
            assertThat(i.enchantments()).isEqualTo("3225:0;3230:60");
        });
        assertThat(bot.itemAt(19, 30)).hasValueSatisfying(i -> {
            assertThat(i.itemId()).isEqualTo(40004);
            assertThat(i.itemGuid()).isEqualTo(Bots.worn(2, 4, 1).itemGuid());
        });
        assertThat(bot.equippedAt(30)).isEmpty();
    }

    @Test
    void cancelledScanStopsAndSaysSo() {
        Scan scan = doctor.newScan(Scope.wholeDatabase(), f -> { });
        scan.cancel();

        ScanSummary summary = scan.call();

        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.clean()).isFalse();
    }

    @Test
    void scanCancelledWhileReadingInventoriesStopsWithoutAnErrorAndLeavesThePoolUsable() {
        state(s -> s.withVitals(s.health(), s.mana(), 0));
        Scan[] scan = new Scan[1];
        scan[0] = doctor.newScan(Scope.wholeDatabase(), new ScanListener() {
            @Override
            public void finding(Finding finding) {
            }

            @Override
            public void progress(double fraction, String phase) {
                if (phase.startsWith("Checking inventories")) {
                    scan[0].cancel();
                }
            }
        });

        ScanSummary summary = scan[0].call();

        assertThat(summary.cancelled()).isTrue();
        for (int i = 0; i < 6; i++) {
            assertThat(doctor.scan(Scope.wholeDatabase())).extracting(Finding::rule)
                    .containsExactly(Rule.LEVEL_OUT_OF_RANGE);
        }
    }

    @Test
    void scanReportsProgressFromZeroToOne() {
        List<Double> fractions = new ArrayList<>();
        doctor.newScan(Scope.wholeDatabase(), new ScanListener() {
            @Override
            public void finding(Finding finding) {
            }

            @Override
            public void progress(double fraction, String phase) {
                fractions.add(fraction);
            }
        }).call();

        assertThat(fractions).first().isEqualTo(0.0);
        assertThat(fractions).last().isEqualTo(1.0);
        assertThat(fractions).isSorted();
    }

    static String enchantments(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ";").append(3000 + i).append(':').append(i * 60);
        }
        return out.toString();
    }

    void state(java.util.function.UnaryOperator<BotState> change) {
        BotSnapshot bot = service.load(BOT).orElseThrow();
        service.replace(bot.withState(change.apply(bot.state())));
    }

    void item(int bag, int slot, java.util.function.UnaryOperator<InventoryItem> change) {
        BotSnapshot bot = service.load(BOT).orElseThrow();
        List<InventoryItem> items = new ArrayList<>(bot.inventory());
        InventoryItem old = bot.itemAt(bag, slot).orElseThrow();
        items.remove(old);
        items.add(change.apply(old));
        service.replace(bot.withInventory(items));
    }

    void worn(int slot, java.util.function.UnaryOperator<EquipmentItem> change) {
        BotSnapshot bot = service.load(BOT).orElseThrow();
        List<EquipmentItem> items = new ArrayList<>(bot.equipment());
        EquipmentItem old = bot.equippedAt(slot).orElseThrow();
        items.remove(old);
        items.add(change.apply(old));
        service.replace(bot.withEquipment(items));
    }

    /** Every row of the three tables but the given bot's, every column but last_updated, floats bit for bit. */
    static Set<String> dumpExcept(BigInteger guid) throws SQLException {
        Set<String> rows = new java.util.TreeSet<>();
        try (Connection c = TestDatabase.connect()) {
            for (String table : List.of("playerbot_state", "playerbot_inventory", "playerbot_equipment")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE bot_guid <> ?")) {
                    ps.setObject(1, guid);
                    try (ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder(table);
                            for (int col = 1; col <= meta.getColumnCount(); col++) {
                                if (!meta.getColumnName(col).equals("last_updated")) {
                                    Object v = rs.getObject(col);
                                    row.append('|').append(v instanceof Float f ? Float.floatToRawIntBits(f) : v);
                                }
                            }
                            rows.add(row.toString());
                        }
                    }
                }
            }
        }
        return rows;
    }
}
