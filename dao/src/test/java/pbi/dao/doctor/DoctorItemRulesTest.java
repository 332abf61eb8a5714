package pbi.dao.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pbi.dao.db.SqlScripts;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoWorldDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;
import pbi.dao.world.Quality;
import pbi.dao.world.WorldSource;

/**
 * The doctor's item rules against real TrinityCore and AzerothCore {@code item_template} and {@code characters}
 * tables: each rule flags the bot that breaks it and none of the legal edges, the same in SQL (world database on
 * the same server) and through the catalog (world database reached by its own URL), and the safe fixes hold.
 */
class DoctorItemRulesTest {

    private static final String TC_WORLD = "doctor_items_tc";
    private static final String AC_WORLD = "doctor_items_ac";

    enum Layout { TRINITYCORE, AZEROTHCORE }

    enum Path { SQL, CATALOG }

    private static final long HEAD = 1;
    private static final long BELT = 2;
    private static final long WRISTS = 3;
    private static final long HANDS = 4;
    private static final long OFF_HAND_WEAPON = 5;
    private static final long SHIELD = 6;
    private static final long HELD = 7;
    private static final long RELIC = 8;
    private static final long TWO_HANDER = 9;
    private static final long POTION = 10;
    private static final long RING = 11;

    private static final List<ItemTemplate> ITEMS = List.of(
            item(HEAD, "Helm of Testing", 1, 70, 2, 0), item(BELT, "Girdle of Testing", 6, 40, 8, 0),
            item(WRISTS, "Bracers of Testing", 9, 40, 0, 0), item(HANDS, "Gloves of Testing", 10, 40, 4, 0),
            item(OFF_HAND_WEAPON, "Left Blade", 22, 90, 0, 0), item(SHIELD, "Wall of Testing", 14, 100, 0, 0),
            item(HELD, "Orb of Testing", 23, 0, 0, 0), item(RELIC, "Idol of Testing", 28, 0, 0, 0),
            item(TWO_HANDER, "Greataxe of Testing", 17, 110, 0, 0), item(RING, "Band of Testing", 11, 0, 0, 0),
            new ItemTemplate(POTION, "Potion of Testing", Quality.COMMON, 0, 80, 70, 20, 0, 0, 0, 0, 0));

    /** Bot guid to class; bot 5 has no characters row, so its class is unknown. */
    private static final Map<Long, Integer> CLASSES = Map.ofEntries(Map.entry(1L, 1), Map.entry(2L, 8),
            Map.entry(3L, 8), Map.entry(4L, 1), Map.entry(11L, 8), Map.entry(12L, 8), Map.entry(13L, 8),
            Map.entry(14L, 8), Map.entry(15L, 8), Map.entry(16L, 8), Map.entry(17L, 8), Map.entry(18L, 8));

    private static final Map<BigInteger, Set<String>> EXPECTED = new TreeMap<>(Map.of(
            BigInteger.valueOf(11), Set.of("item.unknown"),
            BigInteger.valueOf(12), Set.of("equipment.wrong_slot"),
            BigInteger.valueOf(13), Set.of("equipment.wrong_slot"),
            BigInteger.valueOf(14), Set.of("inventory.stack_over_max"),
            BigInteger.valueOf(15), Set.of("item.durability_over_max"),
            BigInteger.valueOf(16), Set.of("item.durability_over_max"),
            BigInteger.valueOf(17), Set.of("equipment.gems_over_sockets"),
            BigInteger.valueOf(18), Set.of("equipment.gems_over_sockets")));

    @AfterAll
    static void dropWorlds() {
        TestDatabase.sql("DROP DATABASE IF EXISTS " + TC_WORLD, "DROP DATABASE IF EXISTS " + AC_WORLD);
        TestDatabase.reset();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void flagsEachRuleAndNoLegalEdgeInSqlAndThroughTheCatalog(Layout layout) throws Exception {
        String world = given(layout);
        for (Path path : Path.values()) {
            Doctor doctor = new Doctor(TestDatabase.database(), Limits.wotlk(), catalog(world, path));

            List<Finding> findings = doctor.scan(Scope.wholeDatabase());

            assertThat(byBot(findings)).as(layout + " " + path).isEqualTo(EXPECTED);
            assertThat(findings).filteredOn(f -> f.rule() == Rule.EQUIPMENT_WRONG_SLOT).extracting(Finding::detail)
                    .contains("Greataxe of Testing (#9) is a Two-Hand (InventoryType 17) and cannot be worn in"
                            + " slot 16 Off hand; it fits slot 15 Main hand");
            assertThat(doctor.scan(Scope.bot(BigInteger.valueOf(15)))).extracting(f -> f.rule().id())
                    .containsExactly("item.durability_over_max");
            assertThat(doctor.scan(Scope.bot(BigInteger.valueOf(1)))).as("the legal edges").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void fixesCapAndMoveAndLeaveWhatNoFixCanDecide(Layout layout) throws Exception {
        String world = given(layout);
        Doctor doctor = new Doctor(TestDatabase.database(), Limits.wotlk(), catalog(world, Path.SQL));
        FixPlan plan = doctor.fixer().plan(doctor.scan(Scope.wholeDatabase()));

        assertThat(plan.bots()).extracting(BotFix::botGuid).containsExactly(BigInteger.valueOf(12),
                BigInteger.valueOf(13), BigInteger.valueOf(14), BigInteger.valueOf(15), BigInteger.valueOf(16));
        assertThat(plan.bots().get(2).changes()).extracting(Change::toString)
                .containsExactly("inventory bag 19 slot 0 (stack_count): 21 → 20");
        assertThat(plan.bots().get(0).changes()).extracting(Change::toString)
                .containsExactly("equipment slot 16 Off hand: item 9 worn → moved to inventory bag 19 slot 1");
        List<FixOutcome> outcomes = doctor.fixer().apply(plan, bot -> { });

        assertThat(outcomes).allMatch(FixOutcome::passes);
        assertThat(byBot(doctor.scan(Scope.wholeDatabase()))).isEqualTo(Map.of(
                BigInteger.valueOf(11), Set.of("item.unknown"),
                BigInteger.valueOf(17), Set.of("equipment.gems_over_sockets"),
                BigInteger.valueOf(18), Set.of("equipment.gems_over_sockets")));
        BotSnapshot moved = new BotService(TestDatabase.database()).load(BigInteger.valueOf(12)).orElseThrow();
        assertThat(moved.itemAt(19, 1).orElseThrow().itemGuid()).isEqualTo(BigInteger.valueOf(12_516));
        assertThat(moved.equipmentBySlot()).doesNotContainKey(16);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void withoutWorldDataTheItemRulesAreSkippedAndTheScanSaysWhy(Layout layout) throws Exception {
        given(layout);
        Doctor doctor = new Doctor(TestDatabase.database(), Limits.wotlk(),
                ItemCatalog.lazy(TestDatabase.database().dataSource()::getConnection, WorldSource.named("no_such")));
        List<Finding> findings = new ArrayList<>();

        ScanSummary summary = doctor.newScan(Scope.wholeDatabase(), findings::add).call();

        assertThat(findings).isEmpty();
        assertThat(summary.itemRulesSkippedReason()).hasValueSatisfying(r -> assertThat(r)
                .contains("no database named no_such"));
    }

    private static ItemCatalog catalog(String world, Path path) {
        if (path == Path.SQL) {
            return ItemCatalog.lazy(TestDatabase.database().dataSource()::getConnection, WorldSource.named(world));
        }
        ConnectionSettings settings = TestDatabase.settings();
        return ItemCatalog.lazy(TestDatabase.database().dataSource()::getConnection,
                WorldSource.fromOptions(world, settings.jdbcUrl(), settings));
    }

    /** The bots, the realm's characters table and its world database in the given layout. */
    private static String given(Layout layout) throws SQLException {
        TestDatabase.reset();
        String world = layout == Layout.TRINITYCORE ? TC_WORLD : AC_WORLD;
        try (Connection connection = TestDatabase.connect()) {
            TestDatabase.sql("DROP DATABASE IF EXISTS " + world);
            if (layout == Layout.TRINITYCORE) {
                DemoWorldDatabase.create(connection, world, ITEMS);
            } else {
                DemoWorldDatabase.create(connection, TC_WORLD, ITEMS);
                TestDatabase.sql("CREATE DATABASE " + world);
                String previous = connection.getCatalog();
                connection.setCatalog(world);
                try (Statement statement = connection.createStatement()) {
                    run(statement, resource("/pbi/dao/world/azerothcore-item_template.sql"));
                    String columns = "entry, class, name, Quality, InventoryType, ItemLevel, RequiredLevel, stackable,"
                            + " MaxDurability, socketColor_1, socketColor_2, socketColor_3, ContainerSlots";
                    statement.execute("INSERT INTO item_template (" + columns + ") SELECT " + columns + " FROM "
                            + TC_WORLD + ".item_template");
                }
                connection.setCatalog(previous);
            }
            try (Statement statement = connection.createStatement()) {
                run(statement, resource(layout == Layout.TRINITYCORE ? "/pbi/dao/world/trinitycore-3.3.5-characters.sql"
                        : "/pbi/dao/world/azerothcore-characters.sql"));
                for (Map.Entry<Long, Integer> c : CLASSES.entrySet()) {
                    statement.execute("INSERT INTO characters (guid, account, name, race, class, taximask) VALUES ("
                            + c.getKey() + ", 1, 'Bot" + c.getKey() + "', 1, " + c.getValue() + ", '')");
                }
            }
        }
        BotService bots = new BotService(TestDatabase.database());
        // Legal edges: belt, wrists and hands one gem over their sockets, an off-hand weapon, a relic, a broken
        // helm at durability 0, a full stack, a ring without durability, and a warrior's two-hander.
        bots.replace(bot(1, List.of(bag(1, 0, POTION, 20, 0), bag(1, 1, RING, 1, 0)), List.of(
                worn(1, 0, HEAD, "", 0), worn(1, 5, BELT, "40111,40112", 40), worn(1, 8, WRISTS, "40111", 40),
                worn(1, 9, HANDS, "40111,40112", 40), worn(1, 15, TWO_HANDER, null, 110),
                worn(1, 16, OFF_HAND_WEAPON, null, 90), worn(1, 17, RELIC, null, 0))));
        bots.replace(bot(2, List.of(), List.of(worn(2, 16, SHIELD, null, 100))));
        bots.replace(bot(3, List.of(), List.of(worn(3, 16, HELD, null, 0))));
        bots.replace(bot(4, List.of(), List.of(worn(4, 16, TWO_HANDER, null, 1))));
        bots.replace(bot(5, List.of(), List.of(worn(5, 16, TWO_HANDER, null, 1))));
        bots.replace(bot(11, List.of(bag(11, 0, 999_999, 1, 0)), List.of()));
        bots.replace(bot(12, List.of(bag(12, 0, POTION, 3, 0)), List.of(worn(12, 16, TWO_HANDER, null, 50))));
        bots.replace(bot(13, List.of(), List.of(worn(13, 0, RING, null, 0))));
        bots.replace(bot(14, List.of(bag(14, 0, POTION, 21, 0)), List.of()));
        bots.replace(bot(15, List.of(), List.of(worn(15, 0, HEAD, null, 71))));
        bots.replace(bot(16, List.of(bag(16, 0, RING, 1, 1)), List.of()));
        bots.replace(bot(17, List.of(), List.of(worn(17, 5, BELT, "40111,40112,40113", 40))));
        bots.replace(bot(18, List.of(), List.of(worn(18, 0, HEAD, "40111,40112", 70))));
        return world;
    }

    private static ItemTemplate item(long entry, String name, int type, int durability, int socket1, int socket2) {
        return new ItemTemplate(entry, name, Quality.EPIC, type, 200, 80, 1, durability, socket1, socket2, 0, 0);
    }

    private static BotSnapshot bot(long guid, List<InventoryItem> bags, List<EquipmentItem> worn) {
        return new BotSnapshot(Bots.state(guid), bags, worn);
    }

    private static InventoryItem bag(long bot, int slot, long itemId, long stack, long durability) {
        return new InventoryItem(BigInteger.valueOf(bot), 19, slot, itemId, BigInteger.valueOf(bot * 1000 + slot),
                stack, null, durability, null);
    }

    private static EquipmentItem worn(long bot, int slot, long itemId, String gems, long durability) {
        return new EquipmentItem(BigInteger.valueOf(bot), slot, itemId, BigInteger.valueOf(bot * 1000 + 500 + slot),
                null, gems, durability, null);
    }

    private static Map<BigInteger, Set<String>> byBot(List<Finding> findings) {
        Map<BigInteger, Set<String>> out = new TreeMap<>();
        findings.forEach(f -> out.computeIfAbsent(f.botGuid(), g -> new TreeSet<>()).add(f.rule().id()));
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = DoctorItemRulesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Statement statement, String script) throws SQLException {
        SqlScripts.runText(statement, script);
    }
}
