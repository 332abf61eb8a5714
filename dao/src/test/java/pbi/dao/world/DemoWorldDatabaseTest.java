package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.dao.testing.TestDatabase;

class DemoWorldDatabaseTest {

    private static final String DB = "demo_world";
    private static ItemCatalog catalog;

    @BeforeAll
    static void createDemoWorld() throws SQLException {
        WorldFixtures.drop(DB);
        try (Connection connection = TestDatabase.connect()) {
            int written = DemoWorldDatabase.create(connection, DB);
            assertThat(written).isEqualTo(DemoItems.all().size());
            assertThat(connection.getCatalog()).isEqualTo("pbi_test");
        }
        catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB)).load();
    }

    @Test
    void holdsEveryWearableOfTheDataFileAndTheCarriedExtras() {
        assertThat(catalog.size()).isEqualTo(8043 + 16 + 366);
        assertThat(catalog.find(19019)).map(ItemTemplate::name)
                .contains("Thunderfury, Blessed Blade of the Windseeker");
    }

    @Test
    void usesTrinityCoresRealTable() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = '" + DB + "' AND TABLE_NAME = 'item_template'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(139);
        }
    }

    @Test
    void stackSizesAreTheGames() {
        assertThat(catalog.find(DemoItems.HEARTHSTONE).orElseThrow().maxStack()).isEqualTo(1);
        assertThat(catalog.find(33447).orElseThrow().maxStack()).isEqualTo(20);
        assertThat(catalog.find(33470).orElseThrow().maxStack()).isEqualTo(20);
        assertThat(catalog.find(41398).orElseThrow().maxStack()).isEqualTo(20);
        ItemTemplate bag = catalog.find(41599).orElseThrow();
        assertThat(bag.maxStack()).isEqualTo(1);
        assertThat(bag.containerSlots()).isEqualTo(20);
        assertThat(bag.kind()).isEqualTo("Bag");
    }

    @Test
    void armourAndWeaponsWearDownWhileJewelleryCloaksAndRelicsDoNot() {
        assertThat(catalog.find(23565).orElseThrow().maxDurability()).isEqualTo(115);
        assertThat(catalog.find(9449).orElseThrow().maxDurability()).isEqualTo(110);
        assertThat(catalog.find(45877).orElseThrow().maxDurability()).isEqualTo(100);
        for (long noWear : new long[] {43249, 11815, 34241, 33920, 47742, 32257}) {
            assertThat(catalog.find(noWear).orElseThrow().hasDurability()).as("item %d", noWear).isFalse();
        }
    }

    @Test
    void socketsComeFromTheDataFile() {
        ItemTemplate chest = catalog.find(23565).orElseThrow();
        assertThat(chest.socketColors()).containsExactly(2, 4, 8);
        assertThat(chest.quality()).isEqualTo(Quality.EPIC);
        assertThat(chest.itemLevel()).isEqualTo(146);
    }

    @Test
    void everyDemoWearableFitsTheSlotsItIsOfferedFor() {
        for (int slot = 0; slot <= 18; slot++) {
            for (ItemTemplate item : DemoItems.wearablesFor(slot)) {
                assertThat(item.fits(slot, 8)).isTrue();
            }
        }
        assertThat(DemoItems.wearablesFor(4)).isNotEmpty();
        assertThat(DemoItems.carried()).extracting(ItemTemplate::entry).contains(DemoItems.HEARTHSTONE, 41599L);
    }
}
