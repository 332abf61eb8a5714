package pbi.dao.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.testing.TestDatabase;

class GeneratorTest {

    private static Database fresh(String name) throws SQLException {
        Database database = Database.open(TestDatabase.server().settingsFor(name));
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM playerbot_inventory");
            statement.execute("DELETE FROM playerbot_equipment");
            statement.execute("DELETE FROM playerbot_state");
        }
        return database;
    }

    @Test
    void generatesCleanBotsWithTheAskedNumberOfRows() throws SQLException {
        try (Database database = fresh("pbi_gen_a")) {
            Generator.Result result = Generator.generate(database.dataSource(), 1_200, 100, 19, 7);

            System.out.printf("MEASURE generator small: %s%n", result);
            assertThat(result.rows()).isEqualTo(1_200L * (1 + 100 + 19));
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_state")).isEqualTo(1_200);
                assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_inventory")).isEqualTo(120_000);
                assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_equipment")).isEqualTo(22_800);
                assertThat(count(statement, "SELECT MIN(bot_guid) FROM playerbot_state")).isEqualTo(1);
                assertThat(RuleCheck.broken(connection)).isEmpty();
            }
        }
    }

    @Test
    void sameSeedGivesTheSameRowsWhateverTheNumberOfConnections() throws SQLException {
        try (Database one = fresh("pbi_gen_b"); Database other = fresh("pbi_gen_c")) {
            Generator.generate(one.dataSource(), 1_100, 12, 7, 99, 1, line -> { });
            Generator.generate(other.dataSource(), 1_100, 12, 7, 99, 3, line -> { });

            assertThat(fingerprint(one)).isEqualTo(fingerprint(other)).doesNotContain("null");
        }
    }

    @Test
    void aSecondRunAddsBotsAfterTheExistingOnesWithoutReusingItemGuids() throws SQLException {
        try (Database database = fresh("pbi_gen_d")) {
            Generator.generate(database.dataSource(), 300, 20, 10, 1);

            Generator.Result second = Generator.generate(database.dataSource(), 300, 20, 10, 1);

            assertThat(second.firstGuid()).isEqualTo(BigInteger.valueOf(301));
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_state")).isEqualTo(600);
                assertThat(RuleCheck.broken(connection)).isEmpty();
            }
        }
    }

    @Test
    void stateOnlyBotsHaveNoChildRows() throws SQLException {
        try (Database database = fresh("pbi_gen_e")) {
            Generator.Result result = Generator.generate(database.dataSource(), 5_000, 0, 0, 3);

            System.out.printf("MEASURE generator state-only small: %s%n", result);
            assertThat(result.rows()).isEqualTo(5_000);
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM playerbot_inventory")).isZero();
                assertThat(count(statement, "SELECT COUNT(DISTINCT zone_id) FROM playerbot_state")).isEqualTo(
                        Zones.ALL.size());
            }
        }
    }

    @Test
    void impossibleBagContentsAreRefused() {
        assertThatThrownBy(() -> Generator.generate(TestDatabase.database().dataSource(), 1, 145, 19, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("items per bot 0 to 144");
    }

    private static String fingerprint(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            return one(statement, "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', bot_guid, position_x, position_y,"
                    + " position_z, map_id, zone_id, orientation, gold_copper, health, mana, level)))"
                    + " FROM playerbot_state")
                    + one(statement, "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', bot_guid, bag, slot, item_id, item_guid,"
                    + " stack_count, COALESCE(enchantments, 'NULL'), durability))) FROM playerbot_inventory")
                    + one(statement, "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', bot_guid, slot, item_id, item_guid,"
                    + " COALESCE(enchantments, 'NULL'), COALESCE(gems, 'NULL'), durability)))"
                    + " FROM playerbot_equipment");
        }
    }

    private static String one(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getString(1) + "/" + r.getString(2) + ";";
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
