package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** New items get a guid unique in the realm, checked again when the save runs. */
class ItemGuidsTest {

    private final BotService service = new BotService(TestDatabase.database());
    private final ItemGuids guids = new ItemGuids(TestDatabase.database());

    @BeforeEach
    void twoBots() {
        TestDatabase.reset();
        TestDatabase.sql("DROP TABLE IF EXISTS item_instance");
        service.replace(Bots.bot(7, 10, 5));
        service.replace(Bots.bot(8, 10, 5));
    }

    @AfterEach
    void noItemInstance() {
        TestDatabase.sql("DROP TABLE IF EXISTS item_instance");
    }

    @Test
    void proposesAboveEveryBotsItemsNotJustTheEditedBots() {
        List<BigInteger> proposed = guids.propose(2);

        // Bot 8's items reach 8 * 1000 + 900 + 4; bot 7's own highest + 1 would be 7905, which is taken by no one
        // only by luck: the proposal must be above the realm's highest.
        assertThat(proposed).containsExactly(BigInteger.valueOf(8905), BigInteger.valueOf(8906));
    }

    @Test
    void proposesAboveItemInstanceWhenTheRealmHasIt() {
        TestDatabase.sql("CREATE TABLE item_instance (guid INT UNSIGNED NOT NULL PRIMARY KEY,"
                + " itemEntry MEDIUMINT UNSIGNED NOT NULL DEFAULT 0)", "INSERT INTO item_instance VALUES (50000, 6948)");

        assertThat(guids.propose(1)).containsExactly(BigInteger.valueOf(50001));
    }

    @Test
    void aProposedGuidTakenBeforeTheSaveIsReplacedByAFreeOne() throws Exception {
        BotSnapshot loaded = service.load(BigInteger.valueOf(7)).orElseThrow();
        BigInteger proposed = guids.propose(1).get(0);
        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        items.add(new InventoryItem(BigInteger.valueOf(7), 22, 35, 6948, proposed, 1, null, 0, null));
        BotSnapshot edited = loaded.withInventory(items);
        // Another client (the game server, another GM) takes the guid between the edit and the save.
        TestDatabase.sql("INSERT INTO playerbot_inventory (bot_guid, bag, slot, item_id, item_guid) VALUES"
                + " (8, 22, 35, 2589, " + proposed + ")");

        SaveOutcome outcome = service.save(loaded, edited, false);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        BigInteger written = ((SaveOutcome.Saved) outcome).saved().itemAt(22, 35).orElseThrow().itemGuid();
        assertThat(written).isNotEqualTo(proposed).isGreaterThan(proposed);
        assertThat(service.load(BigInteger.valueOf(7)).orElseThrow().itemAt(22, 35).orElseThrow().itemGuid())
                .isEqualTo(written);
        assertThat(duplicatedGuids()).isZero();
    }

    @Test
    void aGuidTakenInItemInstanceIsReplacedAndTwoNewItemsNeverShareOne() throws Exception {
        BotSnapshot loaded = service.load(BigInteger.valueOf(7)).orElseThrow();
        BigInteger proposed = guids.propose(1).get(0);
        TestDatabase.sql("CREATE TABLE item_instance (guid INT UNSIGNED NOT NULL PRIMARY KEY)",
                "INSERT INTO item_instance VALUES (" + proposed + ")");
        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        items.add(new InventoryItem(BigInteger.valueOf(7), 22, 35, 6948, proposed, 1, null, 0, null));
        List<EquipmentItem> worn = new ArrayList<>(loaded.equipment());
        worn.add(new EquipmentItem(BigInteger.valueOf(7), 15, 50000, proposed, null, null, 0, null));

        SaveOutcome.Saved saved = (SaveOutcome.Saved) service.save(loaded,
                loaded.withInventory(items).withEquipment(worn), false);

        BigInteger bag = saved.saved().itemAt(22, 35).orElseThrow().itemGuid();
        BigInteger hand = saved.saved().equipmentBySlot().get(15).itemGuid();
        assertThat(bag).isGreaterThan(proposed);
        assertThat(hand).isGreaterThan(proposed).isNotEqualTo(bag);
        assertThat(duplicatedGuids()).isZero();
    }

    @Test
    void movingAnItemWithinTheBotKeepsItsGuid() {
        BotSnapshot loaded = service.load(BigInteger.valueOf(7)).orElseThrow();
        InventoryItem first = loaded.inventory().get(0);
        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        items.set(0, first.movedTo(22, 35));

        SaveOutcome.Saved saved = (SaveOutcome.Saved) service.save(loaded, loaded.withInventory(items), false);

        assertThat(saved.saved().itemAt(22, 35).orElseThrow().itemGuid()).isEqualTo(first.itemGuid());
    }

    private static long duplicatedGuids() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM (SELECT item_guid FROM (SELECT item_guid"
                        + " FROM playerbot_inventory UNION ALL SELECT item_guid FROM playerbot_equipment) a"
                        + " GROUP BY item_guid HAVING COUNT(*) > 1) d")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
