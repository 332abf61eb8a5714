package pbi.dao.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * The column descriptions are the one list per table: they must agree with the schema the server has, and with the
 * mapper XML's fragments and result maps, so that a column added in one place and forgotten in another fails here.
 */
class ColumnsTest {

    record Case(Table<?> table, String mapper, String resultMap) {
        @Override
        public String toString() {
            return table.name();
        }
    }

    static Stream<Case> tables() {
        return Stream.of(new Case(Tables.STATE, "pbi.dao.mapper.StateMapper", "botState"),
                new Case(Tables.INVENTORY, "pbi.dao.mapper.InventoryMapper", "inventoryItem"),
                new Case(Tables.EQUIPMENT, "pbi.dao.mapper.EquipmentMapper", "equipmentItem"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void descriptionsMatchTheSchemaColumnByColumn(Case c) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT column_name, column_type FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = '" + c.table().name() + "'"
                        + " ORDER BY ordinal_position")) {
            while (r.next()) {
                schema.add(r.getString(1) + " " + r.getString(2).replaceAll("\\(\\d+\\)", "").toUpperCase(Locale.ROOT));
            }
        }
        assertThat(c.table().columns().stream().map(col -> col.name() + " " + col.type().sql()).toList())
                .isEqualTo(schema);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void mapperXmlListsTheSameColumnsInTheSameOrder(Case c) {
        Configuration configuration = TestDatabase.database().sessionFactory().getConfiguration();
        List<String> mapped = configuration.getResultMap(c.mapper() + "." + c.resultMap())
                .getConstructorResultMappings().stream().map(ResultMapping::getColumn).toList();
        String fragment = configuration.getSqlFragments().get(c.mapper() + ".writtenColumns").getStringBody();
        List<String> written = Arrays.stream(fragment.split(",")).map(String::strip).toList();

        assertThat(mapped).isEqualTo(c.table().columns().stream().map(Column::name).toList());
        assertThat(written).isEqualTo(c.table().written().stream().map(Column::name).toList());
    }

    @Test
    void rangesNameEachValueTheColumnCannotHold() {
        BotSnapshot bot = Bots.bot(7, 1, 1);
        InventoryItem item = bot.inventory().get(0).withStack(-1);
        EquipmentItem worn = bot.equipment().get(0).withDurability(1L << 32);
        BotSnapshot broken = bot.withState(bot.state().withVitals(1, 1, 256).withGold(BigInteger.ONE.negate()))
                .withInventory(List.of(item)).withEquipment(List.of(worn));

        assertThat(Ranges.problems(broken)).containsExactly(
                "gold_copper: -1 is outside 0..18446744073709551615",
                "level: 256 is outside 0..255",
                "inventory " + item.key() + " stack_count: -1 is outside 0..4294967295",
                "equipment slot " + worn.slot() + " durability: 4294967296 is outside 0..4294967295");
        assertThat(Ranges.problems(bot)).isEmpty();
    }

    @Test
    void differencesNameEveryChangedFieldAndRow() {
        BotSnapshot before = Bots.bot(1, 3, 2);
        BotSnapshot after = before.withState(before.state().withGold(BigInteger.TEN)
                        .withPosition(1.5f, -0.0f, 3, 571, 4395, 6.2f))
                .withInventory(List.of(before.inventory().get(0).withEnchantments(null),
                        before.inventory().get(2).movedTo(22, 1)))
                .withEquipment(List.of(before.equipment().get(0).withGems("1,2,3")));

        List<String> lines = Differences.between(before, after);
        assertThat(lines).anyMatch(l -> l.startsWith("gold_copper: "))
                .anyMatch(l -> l.startsWith("position_x: "))
                .anyMatch(l -> l.startsWith("map_id: "))
                .anyMatch(l -> l.startsWith("inventory ") && l.contains("enchantments"))
                .anyMatch(l -> l.startsWith("inventory bag 22 slot 1"))
                .anyMatch(l -> l.startsWith("equipment slot ") && l.contains("gems"));
    }
}
