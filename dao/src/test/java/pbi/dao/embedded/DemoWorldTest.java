package pbi.dao.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.columns.Differences;
import pbi.dao.domain.World;
import pbi.dao.service.BotService;
import pbi.dao.testing.TestDatabase;

class DemoWorldTest {

    /** The rule ids of the brief's shared contract, spelled out here so that a renamed rule fails this test. */
    private static final Set<String> ALL_RULES = Set.of(
            "state.position_out_of_world", "state.orientation_out_of_range", "state.level_out_of_range",
            "state.gold_over_cap", "state.health_wrapped", "state.mana_wrapped", "state.zone_not_on_map",
            "state.updated_in_future", "inventory.bag_not_a_bag", "inventory.slot_beyond_bag",
            "inventory.stack_zero", "inventory.item_id_zero", "inventory.enchantments_malformed",
            "equipment.slot_out_of_range", "equipment.gems_malformed", "equipment.too_many_gems",
            "equipment.enchantments_malformed", "equipment.item_id_zero", "duplicate_item_guid", "orphan_rows",
            "item.unknown", "equipment.wrong_slot", "inventory.stack_over_max", "item.durability_over_max",
            "equipment.gems_over_sockets");
    /** The demo's world database on the shared test server, named apart from the other tests' world databases. */
    static final String WORLD = "pbi_demo_world";

    static Connection demoConnection() throws SQLException {
        ConnectionSettings settings = TestDatabase.server().settingsFor("pbi_demo");
        return DriverManager.getConnection(settings.jdbcUrl()
                + "&rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true", settings.user(),
                settings.password());
    }

    private static void ensureWorld() throws SQLException {
        try (Connection connection = demoConnection()) {
            DemoWorld.ensure(connection, WORLD, line -> { });
        }
    }

    @Test
    void firstStartCreatesTheWorldAndTheNextStartKeepsIt() throws SQLException {
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + DemoWorld.MARKER_TABLE);
            List<String> progress = new ArrayList<>();

            long started = System.nanoTime();
            boolean created = DemoWorld.ensure(connection, WORLD, progress::add);
            long millis = (System.nanoTime() - started) / 1_000_000;
            statement.execute("UPDATE playerbot_state SET gold_copper = 4242 WHERE bot_guid = 1001");
            boolean createdAgain = DemoWorld.ensure(connection, WORLD, progress::add);

            System.out.printf("MEASURE demo world creation: %d ms%n", millis);
            assertThat(created).isTrue();
            assertThat(createdAgain).isFalse();
            assertThat(progress).first().asString().contains("Creating the demo world");
            assertThat(progress).anyMatch(l -> l.startsWith("Demo world: 1,200 of 2,400 bots"));
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_state")).isEqualTo(DemoWorld.BOTS);
            assertThat(count(statement, "SELECT gold_copper FROM playerbot_state WHERE bot_guid = 1001"))
                    .as("the second start keeps the user's edits").isEqualTo(4242);
        }
    }

    /** A data directory from before the world database: its marker is version 1 and there is no item_template. */
    @Test
    void aDemoMadeBeforeTheWorldDatabaseGetsItOnTheNextStart() throws SQLException {
        ensureWorld();
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + WORLD);
            statement.execute("UPDATE " + DemoWorld.MARKER_TABLE + " SET version = 1");
            statement.execute("UPDATE playerbot_state SET gold_copper = 4343 WHERE bot_guid = 1002");
            assertThat(DemoWorld.isComplete(connection, WORLD)).isFalse();

            boolean created = DemoWorld.ensure(connection, WORLD, line -> { });

            assertThat(created).as("the bots are kept, only the world database is added").isFalse();
            assertThat(count(statement, "SELECT gold_copper FROM playerbot_state WHERE bot_guid = 1002"))
                    .as("the user's edit survives the upgrade").isEqualTo(4343);
            assertThat(DemoWorld.isComplete(connection, WORLD)).isTrue();
            assertThat(count(statement, "SELECT COUNT(*) FROM " + WORLD + ".item_template")).isGreaterThan(5000);
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_inventory i LEFT JOIN " + WORLD
                    + ".item_template t ON t.entry = i.item_id WHERE t.entry IS NULL AND i.item_id > 0"))
                    .as("only the item.unknown corruptions carry ids the world does not know")
                    .isEqualTo(2);
        }
    }

    @Test
    void interruptedCreationIsRedoneOnTheNextStart() throws SQLException {
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + DemoWorld.MARKER_TABLE);

            assertThatThrownBy(() -> DemoWorld.ensure(connection, WORLD, line -> {
                if (line.startsWith("Demo world: 1,200")) {
                    throw new IllegalStateException("power cut");
                }
            })).hasMessage("power cut");
            assertThat(DemoWorld.isComplete(connection, WORLD)).isFalse();
            boolean created = DemoWorld.ensure(connection, WORLD, line -> { });

            assertThat(created).isTrue();
            assertThat(DemoWorld.isComplete(connection, WORLD)).isTrue();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_state")).isEqualTo(DemoWorld.BOTS);
        }
    }

    @Test
    void theWorldIsTheSameEveryTime() {
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 12, 0);

        DemoPlan first = DemoPlan.make(now);
        DemoPlan second = DemoPlan.make(now);

        assertThat(first.bots()).hasSize(second.bots().size());
        for (int i = 0; i < first.bots().size(); i++) {
            DemoPlan.Bot a = first.bots().get(i);
            DemoPlan.Bot b = second.bots().get(i);
            assertThat(a.state()).isEqualTo(b.state());
            assertThat(a.inventory()).isEqualTo(b.inventory());
            assertThat(a.equipment()).isEqualTo(b.equipment());
            assertThat(a.character()).isEqualTo(b.character());
        }
        assertThat(first.orphanInventory()).isEqualTo(second.orphanInventory());
        assertThat(first.orphanEquipment()).isEqualTo(second.orphanEquipment());
    }

    @Test
    void storedBotsHoldExactlyThePlannedValues() throws SQLException {
        ensureWorld();
        DemoPlan plan = DemoPlan.make(LocalDateTime.now());
        try (Database database = Database.open(TestDatabase.server().settingsFor("pbi_demo"))) {
            BotService bots = new BotService(database);
            for (int i = 0; i < plan.bots().size(); i++) {
                DemoPlan.Bot planned = plan.bots().get(i);
                if (i % 40 != 0 && !DemoWorld.CORRUPTED.containsKey(planned.state().botGuid())) {
                    continue;
                }
                BotSnapshot expected = new BotSnapshot(planned.state(), planned.inventory(), planned.equipment());

                BotSnapshot stored = bots.load(planned.state().botGuid()).orElseThrow();

                assertThat(stored.sameValues(expected)).as("bot %s: %s", expected.guid(),
                        Differences.between(expected, stored)).isTrue();
            }
        }
    }

    @Test
    void corruptionListCoversEveryRuleSeveralTimes() {
        Map<String, Integer> bots = new HashMap<>();
        DemoWorld.CORRUPTED.values().forEach(rules -> rules.forEach(r -> bots.merge(r, 1, Integer::sum)));

        assertThat(bots.keySet()).isEqualTo(ALL_RULES);
        assertThat(bots.values()).allMatch(n -> n >= 3);
        assertThat(DemoWorld.CORRUPTED.size()).isBetween(24, 99);
    }

    /**
     * Applies every rule of the shared contract with the default limits to the whole demo database: exactly the
     * bots in CORRUPTED break a rule, and each breaks exactly the rules listed.
     */
    @Test
    void exactlyTheListedBotsBreakTheRules() throws SQLException {
        ensureWorld();
        Map<BigInteger, Set<String>> found;
        try (Connection connection = demoConnection()) {
            found = RuleCheck.broken(connection, WORLD);
        }

        assertThat(found).isEqualTo(new TreeMap<>(DemoWorld.CORRUPTED));
    }

    @Test
    void botsAreSpreadOverEveryZoneWithFullBagsAndNamedCharacters() throws SQLException {
        ensureWorld();
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            Set<String> zonesWithBots = new TreeSet<>();
            try (ResultSet r = statement.executeQuery("SELECT DISTINCT map_id, zone_id FROM playerbot_state")) {
                while (r.next()) {
                    zonesWithBots.add(r.getLong(1) + "/" + r.getLong(2));
                }
            }
            Set<String> known = new TreeSet<>();
            World.maps().keySet().forEach(m -> World.zonesOf(m).keySet().forEach(z -> known.add(m + "/" + z)));
            assertThat(zonesWithBots).containsAll(known);

            assertThat(count(statement, "SELECT COUNT(*) FROM (SELECT s.bot_guid FROM playerbot_state s"
                    + " JOIN playerbot_inventory i ON i.bot_guid = s.bot_guid GROUP BY s.bot_guid"
                    + " HAVING COUNT(*) NOT BETWEEN 20 AND 100) x")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM (SELECT s.bot_guid FROM playerbot_state s"
                    + " JOIN playerbot_equipment e ON e.bot_guid = s.bot_guid GROUP BY s.bot_guid"
                    + " HAVING COUNT(*) NOT BETWEEN 10 AND 19) x")).isZero();
            assertThat(count(statement, "SELECT COUNT(DISTINCT bot_guid) FROM playerbot_inventory"
                    + " WHERE bot_guid < 9000000")).isEqualTo(DemoWorld.BOTS);
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_inventory WHERE enchantments IS NULL"))
                    .isPositive();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_inventory WHERE enchantments = ''"))
                    .isPositive();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_equipment WHERE enchantments IS NULL"))
                    .isPositive();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_equipment WHERE enchantments = ''"))
                    .isPositive();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_equipment WHERE gems LIKE '%,%,%'"))
                    .isPositive();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_inventory WHERE enchantments LIKE '%:%;%:%'"))
                    .isPositive();

            assertThat(count(statement, "SELECT COUNT(*) FROM characters")).isEqualTo(DemoWorld.BOTS);
            assertThat(count(statement, "SELECT COUNT(DISTINCT name) FROM characters")).isEqualTo(DemoWorld.BOTS);
            assertThat(count(statement, "SELECT COUNT(*) FROM characters c JOIN playerbot_state s"
                    + " ON s.bot_guid = c.guid WHERE c.level <> s.level OR c.map <> s.map_id OR c.zone <> s.zone_id"))
                    .isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM characters WHERE online = 1")).isBetween(3L, 12L);
            assertThat(count(statement, "SELECT COUNT(*) FROM characters WHERE name NOT REGEXP"
                    + " '^[A-Z][a-z]{1,11}$'")).isZero();
            // WotLK's race/class table: no tauren mages, no gnome hunters, death knights from level 55.
            assertThat(count(statement, "SELECT COUNT(*) FROM characters WHERE (race = 6 AND class = 8)"
                    + " OR (race = 7 AND class = 3) OR (class = 6 AND level BETWEEN 1 AND 54)")).isZero();
        }
    }

    @Test
    void everyKnownZoneHasARoughArea() {
        Set<String> areas = new TreeSet<>();
        Zones.ALL.forEach(z -> areas.add(z.map() + "/" + z.zone()));
        Set<String> known = new TreeSet<>();
        World.maps().keySet().forEach(m -> World.zonesOf(m).keySet().forEach(z -> known.add(m + "/" + z)));

        assertThat(areas).isEqualTo(known);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
