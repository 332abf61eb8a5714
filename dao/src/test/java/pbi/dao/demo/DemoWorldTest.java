package pbi.dao.demo;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.World;
import pbi.dao.testing.TestDatabase;

class DemoWorldTest {

    /** The rule ids of the brief's shared contract, spelled out here so that a renamed rule fails this test. */
    private static final Set<String> ALL_RULES = Set.of(
            "state.position_out_of_world", "state.orientation_out_of_range", "state.level_out_of_range",
            "state.gold_over_cap", "state.health_wrapped", "state.mana_wrapped", "state.zone_not_on_map",
            "state.updated_in_future", "inventory.bag_not_a_bag", "inventory.slot_beyond_bag",
            "inventory.stack_zero", "inventory.item_id_zero", "inventory.enchantments_malformed",
            "equipment.slot_out_of_range", "equipment.gems_malformed", "equipment.too_many_gems",
            "equipment.enchantments_malformed", "equipment.item_id_zero", "duplicate_item_guid", "orphan_rows");

    static Connection demoConnection() throws SQLException {
        ConnectionSettings settings = TestDatabase.server().settingsFor("pbi_demo");
        return DriverManager.getConnection(settings.jdbcUrl()
                + "&rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true", "root", "");
    }

    private static void ensureWorld() throws SQLException {
        try (Connection connection = demoConnection()) {
            DemoWorld.ensure(connection, line -> { });
        }
    }

    @Test
    void firstStartCreatesTheWorldAndTheNextStartKeepsIt() throws SQLException {
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + DemoWorld.MARKER_TABLE);
            List<String> progress = new ArrayList<>();

            long started = System.nanoTime();
            boolean created = DemoWorld.ensure(connection, progress::add);
            long millis = (System.nanoTime() - started) / 1_000_000;
            statement.execute("UPDATE playerbot_state SET gold_copper = 4242 WHERE bot_guid = 1001");
            boolean createdAgain = DemoWorld.ensure(connection, progress::add);

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

    @Test
    void interruptedCreationIsRedoneOnTheNextStart() throws SQLException {
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + DemoWorld.MARKER_TABLE);

            assertThatThrownBy(() -> DemoWorld.ensure(connection, line -> {
                if (line.startsWith("Demo world: 1,200")) {
                    throw new IllegalStateException("power cut");
                }
            })).hasMessage("power cut");
            assertThat(DemoWorld.isComplete(connection)).isFalse();
            boolean created = DemoWorld.ensure(connection, line -> { });

            assertThat(created).isTrue();
            assertThat(DemoWorld.isComplete(connection)).isTrue();
            assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_state")).isEqualTo(DemoWorld.BOTS);
        }
    }

    @Test
    void theWorldIsTheSameEveryTime() {
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 12, 0);

        DemoWorld.Plan first = DemoWorld.plan(now);
        DemoWorld.Plan second = DemoWorld.plan(now);

        assertThat(first.bots()).hasSize(second.bots().size());
        for (int i = 0; i < first.bots().size(); i++) {
            DemoWorld.Bot a = first.bots().get(i);
            DemoWorld.Bot b = second.bots().get(i);
            assertThat(a.state).isEqualTo(b.state);
            assertThat(a.inventory).isEqualTo(b.inventory);
            assertThat(a.equipment).isEqualTo(b.equipment);
            assertThat(a.character).isEqualTo(b.character);
        }
        assertThat(first.orphanInventory()).isEqualTo(second.orphanInventory());
        assertThat(first.orphanEquipment()).isEqualTo(second.orphanEquipment());
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
     * Reads the whole demo database and applies every rule of the shared contract with the default limits: exactly
     * the bots in CORRUPTED break a rule, and each breaks exactly the rules listed.
     */
    @Test
    void exactlyTheListedBotsBreakTheRules() throws SQLException {
        ensureWorld();
        Limits limits = Limits.wotlk();
        Map<BigInteger, Set<String>> found = new TreeMap<>();
        Set<BigInteger> stateGuids = new HashSet<>();
        Map<BigInteger, List<BigInteger>> itemGuidOwners = new HashMap<>();
        try (Connection connection = demoConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT bot_guid, position_x, position_y, position_z, map_id,"
                    + " zone_id, orientation, gold_copper, health, mana, level, last_updated > NOW()"
                    + " FROM playerbot_state")) {
                while (r.next()) {
                    BigInteger guid = r.getBigDecimal(1).toBigInteger();
                    stateGuids.add(guid);
                    float x = r.getFloat(2);
                    float y = r.getFloat(3);
                    float z = r.getFloat(4);
                    float o = r.getFloat(7);
                    flag(found, guid, "state.position_out_of_world", Math.abs(x) > limits.worldHalfExtent()
                            || Math.abs(y) > limits.worldHalfExtent() || Math.abs(z) > limits.maxAbsZ());
                    flag(found, guid, "state.orientation_out_of_range", o < 0 || o >= Limits.TWO_PI);
                    flag(found, guid, "state.level_out_of_range", r.getInt(11) < 1
                            || r.getInt(11) > limits.maxLevel());
                    flag(found, guid, "state.gold_over_cap",
                            r.getBigDecimal(8).toBigInteger().compareTo(limits.goldCap()) > 0);
                    flag(found, guid, "state.health_wrapped", r.getLong(9) >= Limits.WRAPPED_THRESHOLD);
                    flag(found, guid, "state.mana_wrapped", r.getLong(10) >= Limits.WRAPPED_THRESHOLD);
                    flag(found, guid, "state.zone_not_on_map", !World.zoneFitsMap(r.getLong(5), r.getLong(6))
                            || World.zoneName(r.getLong(6)).isEmpty());
                    flag(found, guid, "state.updated_in_future", r.getBoolean(12));
                }
            }
            List<BigInteger> childGuids = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("SELECT bot_guid, bag, slot, item_id, item_guid,"
                    + " stack_count, enchantments FROM playerbot_inventory")) {
                while (r.next()) {
                    BigInteger guid = r.getBigDecimal(1).toBigInteger();
                    childGuids.add(guid);
                    int bag = r.getInt(2);
                    int slot = r.getInt(3);
                    flag(found, guid, "inventory.bag_not_a_bag", !World.isBag(bag));
                    flag(found, guid, "inventory.slot_beyond_bag", World.isBag(bag) && (bag == World.BACKPACK
                            ? slot < World.BACKPACK_FIRST_SLOT || slot > World.BACKPACK_LAST_SLOT
                            : slot >= World.MAX_BAG_SLOTS));
                    flag(found, guid, "inventory.item_id_zero", r.getLong(4) == 0);
                    flag(found, guid, "inventory.stack_zero", r.getLong(6) == 0);
                    flag(found, guid, "inventory.enchantments_malformed",
                            !ItemStrings.parseEnchantments(r.getString(7)).valid());
                    itemGuidOwners.computeIfAbsent(r.getBigDecimal(5).toBigInteger(), k -> new ArrayList<>())
                            .add(guid);
                }
            }
            try (ResultSet r = statement.executeQuery("SELECT bot_guid, slot, item_id, item_guid, enchantments, gems"
                    + " FROM playerbot_equipment")) {
                while (r.next()) {
                    BigInteger guid = r.getBigDecimal(1).toBigInteger();
                    childGuids.add(guid);
                    flag(found, guid, "equipment.slot_out_of_range", r.getInt(2) > 18);
                    flag(found, guid, "equipment.item_id_zero", r.getLong(3) == 0);
                    flag(found, guid, "equipment.enchantments_malformed",
                            !ItemStrings.parseEnchantments(r.getString(5)).valid());
                    var gems = ItemStrings.parseGems(r.getString(6));
                    boolean tooMany = r.getString(6) != null && r.getString(6).split(",", -1).length > 3;
                    flag(found, guid, "equipment.too_many_gems", tooMany);
                    flag(found, guid, "equipment.gems_malformed", !gems.valid() && !tooMany);
                    itemGuidOwners.computeIfAbsent(r.getBigDecimal(4).toBigInteger(), k -> new ArrayList<>())
                            .add(guid);
                }
            }
            for (BigInteger guid : childGuids) {
                flag(found, guid, "orphan_rows", !stateGuids.contains(guid));
            }
            itemGuidOwners.values().stream().filter(owners -> owners.size() > 1)
                    .forEach(owners -> owners.forEach(g -> flag(found, g, "duplicate_item_guid", true)));
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

    private static void flag(Map<BigInteger, Set<String>> found, BigInteger guid, String rule, boolean broken) {
        if (broken) {
            found.computeIfAbsent(guid, g -> new TreeSet<>()).add(rule);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
