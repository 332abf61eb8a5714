package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pbi.dao.world.ItemChecksTest.BAG;
import static pbi.dao.world.ItemChecksTest.BELT_2_SOCKETS;
import static pbi.dao.world.ItemChecksTest.CHEST_3_SOCKETS;
import static pbi.dao.world.ItemChecksTest.CLOAK;
import static pbi.dao.world.ItemChecksTest.HANDS_2_SOCKETS;
import static pbi.dao.world.ItemChecksTest.OFF_HAND_WEAPON;
import static pbi.dao.world.ItemChecksTest.POTION;
import static pbi.dao.world.ItemChecksTest.RELIC;
import static pbi.dao.world.ItemChecksTest.SHIELD_2_SOCKETS;
import static pbi.dao.world.ItemChecksTest.TWO_HANDER;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.TestDatabase;

/** The SQL form of the item rules, on the same server, gives exactly what the Java form gives. */
class ItemSqlTest {

    private static WorldLocation world;
    private static ItemCatalog catalog;
    private static final Map<Long, Integer> CLASSES = Map.of(1L, 1, 2L, 8);
    private static final List<InventoryItem> BAGS = new ArrayList<>();
    private static final List<EquipmentItem> WORN = new ArrayList<>();

    @BeforeAll
    static void botsAndWorld() throws SQLException {
        WorldFixtures.drop("sql_world");
        TestDatabase.reset();
        try (Connection connection = TestDatabase.connect()) {
            DemoWorldDatabase.create(connection, "sql_world");
            try (Statement statement = connection.createStatement()) {
                DemoWorldDatabase.runScript(statement, WorldFixtures.resource(WorldFixtures.TRINITYCORE_CHARACTERS));
                statement.execute("INSERT INTO characters (guid, account, name, race, class, taximask) VALUES"
                        + " (1, 1, 'Garrosh', 2, 1, ''), (2, 1, 'Jaina', 1, 8, '')");
            }
            for (long bot = 1; bot <= 3; bot++) {
                addBot(bot);
            }
            insert(connection);
        }
        world = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.named("sql_world"));
        catalog = ItemCatalog.lazy(world).load();
    }

    @AfterAll
    static void clean() {
        TestDatabase.reset();
        WorldFixtures.drop("sql_world");
    }

    /** The same rows for each bot: bot 1 is a warrior, bot 2 a mage, bot 3 has no characters row. */
    private static void addBot(long bot) {
        BigInteger guid = BigInteger.valueOf(bot);
        long[][] bags = {{POTION, 20, 0}, {POTION, 21, 0}, {BAG, 1, 0}, {999_999, 1, 0}, {CHEST_3_SOCKETS, 1, 115},
            {CHEST_3_SOCKETS, 1, 116}, {CLOAK, 1, 1}};
        for (int slot = 0; slot < bags.length; slot++) {
            BAGS.add(new InventoryItem(guid, 19, slot, bags[slot][0], BigInteger.valueOf(bot * 100 + slot),
                    bags[slot][1], "", bags[slot][2], null));
        }
        Object[][] worn = {{4, CHEST_3_SOCKETS, "40111,40111,40111", 0L}, {5, BELT_2_SOCKETS, "1,2,3", 0L},
            {9, HANDS_2_SOCKETS, "1,2,3,4", 0L}, {15, TWO_HANDER, "", 111L}, {16, TWO_HANDER, "", 0L},
            {17, RELIC, "40111", 0L}, {14, CLOAK, null, 0L}, {0, SHIELD_2_SOCKETS, "", 0L}, {1, 888_888L, "", 0L},
            {10, OFF_HAND_WEAPON, "", 0L}, {18, BAG, "", 0L}, {6, CHEST_3_SOCKETS, "1,,2", 0L}};
        for (Object[] w : worn) {
            WORN.add(new EquipmentItem(guid, (Integer) w[0], (Long) w[1], BigInteger.valueOf(bot * 100 + 50
                    + (Integer) w[0]), "", (String) w[2], (Long) w[3], null));
        }
    }

    private static void insert(Connection connection) throws SQLException {
        try (PreparedStatement bag = connection.prepareStatement("INSERT INTO playerbot_inventory (bot_guid, bag,"
                + " slot, item_id, item_guid, stack_count, enchantments, durability) VALUES (?,?,?,?,?,?,?,?)");
                PreparedStatement body = connection.prepareStatement("INSERT INTO playerbot_equipment (bot_guid,"
                        + " slot, item_id, item_guid, enchantments, gems, durability) VALUES (?,?,?,?,?,?,?)")) {
            for (InventoryItem i : BAGS) {
                bag.setObject(1, i.botGuid());
                bag.setInt(2, i.bag());
                bag.setInt(3, i.slot());
                bag.setLong(4, i.itemId());
                bag.setObject(5, i.itemGuid());
                bag.setLong(6, i.stackCount());
                bag.setString(7, i.enchantments());
                bag.setLong(8, i.durability());
                bag.executeUpdate();
            }
            for (EquipmentItem e : WORN) {
                body.setObject(1, e.botGuid());
                body.setInt(2, e.slot());
                body.setLong(3, e.itemId());
                body.setObject(4, e.itemGuid());
                body.setString(5, e.enchantments());
                body.setString(6, e.gems());
                body.setLong(7, e.durability());
                body.executeUpdate();
            }
        }
    }

    @Test
    void theQueryFindsWhatTheJavaChecksFind() throws SQLException {
        Set<String> fromSql = new HashSet<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(ItemSql.findings(world, true))) {
            while (rs.next()) {
                Object bag = rs.getObject(2);
                fromSql.add(rs.getLong(1) + " " + (bag == null ? "equipment" : "bag " + bag) + " slot "
                        + rs.getInt(3) + " " + rs.getString(4));
            }
        }
        Set<String> fromJava = new HashSet<>();
        for (long bot = 1; bot <= 3; bot++) {
            long b = bot;
            List<ItemFinding> findings = ItemChecks.check(
                    BAGS.stream().filter(i -> i.botGuid().longValue() == b).toList(),
                    WORN.stream().filter(i -> i.botGuid().longValue() == b).toList(), CLASSES.get(bot), catalog);
            findings.forEach(f -> fromJava.add(b + " " + (f.equipment() ? "equipment" : "bag " + f.bag()) + " slot "
                    + f.slot() + " " + f.rule().id()));
        }

        assertThat(fromSql).containsExactlyInAnyOrderElementsOf(fromJava);
        // Four gems in the hands are equipment.too_many_gems, a malformed string: no surplus-gem finding on top.
        assertThat(fromSql).hasSize(3 * 11 + 1)
                .contains("2 equipment slot 16 equipment.wrong_slot")
                .doesNotContain("1 equipment slot 16 equipment.wrong_slot", "3 equipment slot 16 equipment.wrong_slot",
                        "1 equipment slot 5 equipment.gems_over_sockets", "1 equipment slot 14 item.unknown",
                        "1 equipment slot 9 equipment.gems_over_sockets");
    }

    @Test
    void withoutTheCharactersTableEveryClassIsUnknown() throws SQLException {
        Set<Long> wrongOffHand = new HashSet<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(ItemSql.findings(world, false))) {
            while (rs.next()) {
                if (rs.getInt(3) == 16 && rs.getObject(2) == null) {
                    wrongOffHand.add(rs.getLong(1));
                }
            }
        }
        assertThat(wrongOffHand).isEmpty();
    }

    @Test
    void refusesAWorldDatabaseOnAnotherServer() {
        WorldLocation elsewhere = WorldLocation.found("world", TestDatabase::connect, false, "at other:3306");
        assertThatThrownBy(() -> ItemSql.findings(elsewhere, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("world at other:3306");
    }
}
