package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class SaveAndDeleteTest {

    private static final BigInteger GUID = BigInteger.valueOf(42);
    private final BotService service = new BotService(TestDatabase.database());

    @BeforeEach
    void oneFullBotAndANeighbour() {
        TestDatabase.reset();
        service.replace(Bots.bot(42, 100, 19));
        service.replace(Bots.bot(43, 20, 10));
    }

    @AfterEach
    void dropTestTriggers() {
        TestDatabase.sql("DROP TRIGGER IF EXISTS fail_state_delete");
    }

    /** Gold, position, an item added, one moved, one removed, and an equipment change, in one save. */
    private static BotSnapshot edit(BotSnapshot loaded) {
        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        InventoryItem moved = loaded.itemAt(19, 0).orElseThrow();
        items.remove(moved);
        items.add(moved.movedTo(22, 35));
        items.removeIf(i -> i.bag() == 19 && i.slot() == 5);
        items.add(Bots.item(42, 21, 33, 6948).withStack(20).withEnchantments(null));
        List<EquipmentItem> worn = new ArrayList<>(loaded.equipment());
        worn.set(15, worn.get(15).withEnchantments("3789:0").withGems("40111").withDurability(7));
        return loaded.withState(loaded.state().withGold(BigInteger.valueOf(31_337))
                        .withPosition(5800.5f, 630.25f, 650.75f, 571, 4395, 1.25f))
                .withInventory(items).withEquipment(worn);
    }

    @Test
    void editedBotIsSavedAndReadsBackExactly() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        BotSnapshot edited = edit(loaded);

        SaveOutcome outcome = service.save(loaded, edited, false);
        BotSnapshot reread = service.load(GUID).orElseThrow();

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(((SaveOutcome.Saved) outcome).statements()).as("state, 2 deletes, 1 update, 2 inserts")
                .isEqualTo(6);
        assertThat(reread.sameValues(edited)).isTrue();
        assertThat(reread.itemAt(19, 0)).isEmpty();
        assertThat(reread.itemAt(22, 35).orElseThrow().itemGuid()).isEqualTo(loaded.itemAt(19, 0).orElseThrow()
                .itemGuid());
        assertThat(reread.itemAt(21, 33).orElseThrow().enchantments()).isNull();
        assertThat(reread.equippedAt(15).orElseThrow().gems()).isEqualTo("40111");
        assertThat(service.load(BigInteger.valueOf(43)).orElseThrow().sameValues(Bots.bot(43, 20, 10))).isTrue();
    }

    @Test
    void saveRollsBackEverythingWhenTheEquipmentInsertFails() throws SQLException {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        List<EquipmentItem> worn = new ArrayList<>(loaded.equipment());
        worn.remove(18);
        BotSnapshot withoutTabard = loaded.withEquipment(worn);
        service.save(loaded, withoutTabard, false);
        BotSnapshot before = service.load(GUID).orElseThrow();
        String rowsBefore = allRows();
        List<EquipmentItem> reequipped = new ArrayList<>(before.equipment());
        reequipped.add(Bots.worn(42, 18, 5976));
        BotSnapshot edited = edit(before).withEquipment(reequipped);
        TestDatabase.sql("CREATE TRIGGER fail_equipment_insert BEFORE INSERT ON playerbot_equipment FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'");

        assertThatThrownBy(() -> service.save(before, edited, false))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("saving bot 42")
                .hasMessageContaining("Nothing was written")
                .hasMessageContaining("injected failure");

        assertThat(allRows()).as("every row, timestamps included").isEqualTo(rowsBefore);
    }

    @Test
    void childRowChangedByAnotherConnectionInTheSameSecondIsAConflictAndNothingIsWritten() throws SQLException {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(5)));
        // Another client changes one child row and keeps its timestamp: last_updated cannot tell.
        TestDatabase.sql("UPDATE playerbot_inventory SET durability = durability + 1, last_updated = last_updated"
                + " WHERE bot_guid = 42 AND bag = 19 AND slot = 3");
        String rowsAfterTheOtherClient = allRows();

        SaveOutcome outcome = service.save(loaded, edited, false);

        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) outcome;
        assertThat(conflict.differences()).containsExactly("inventory bag 19 slot 3 durability: 50 → 51");
        assertThat(conflict.current().itemAt(19, 3).orElseThrow().durability()).isEqualTo(51);
        assertThat(allRows()).isEqualTo(rowsAfterTheOtherClient);
    }

    @Test
    void overwriteAfterAConflictAppliesTheEdit() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        BotSnapshot edited = edit(loaded);
        TestDatabase.sql("UPDATE playerbot_equipment SET gems = '40112' WHERE bot_guid = 42 AND slot = 2",
                "UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 42");
        assertThat(service.save(loaded, edited, false)).isInstanceOf(SaveOutcome.Conflict.class);

        SaveOutcome outcome = service.save(loaded, edited, true);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(service.load(GUID).orElseThrow().sameValues(edited)).isTrue();
    }

    @Test
    void botDeletedByAnotherClientIsAConflict() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        service.delete(GUID);

        SaveOutcome outcome = service.save(loaded, edit(loaded), false);

        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(((SaveOutcome.Conflict) outcome).current()).isNull();
        assertThat(((SaveOutcome.Conflict) outcome).differences()).containsExactly("bot 42: deleted");
        assertThat(service.load(GUID)).isEmpty();
    }

    @Test
    void deleteRemovesTheBotFromAllThreeTablesOnly() throws SQLException {
        boolean deleted = service.delete(GUID);
        boolean again = service.delete(GUID);

        assertThat(deleted).isTrue();
        assertThat(again).isFalse();
        assertThat(count("SELECT COUNT(*) FROM playerbot_state WHERE bot_guid = 42")).isZero();
        assertThat(count("SELECT COUNT(*) FROM playerbot_inventory WHERE bot_guid = 42")).isZero();
        assertThat(count("SELECT COUNT(*) FROM playerbot_equipment WHERE bot_guid = 42")).isZero();
        assertThat(service.load(BigInteger.valueOf(43))).isPresent();
    }

    @Test
    void deleteIsOneTransaction() throws SQLException {
        String rowsBefore = allRows();
        TestDatabase.sql("CREATE TRIGGER fail_state_delete BEFORE DELETE ON playerbot_state FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'");

        assertThatThrownBy(() -> service.delete(GUID)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("deleting bot 42");

        assertThat(allRows()).as("the inventory and equipment deletes were rolled back").isEqualTo(rowsBefore);
    }

    @Test
    void quickGoldAndPositionUpdatesTouchOnlyTheirColumns() {
        BotSnapshot before = service.load(GUID).orElseThrow();

        service.updateGold(GUID, BigInteger.valueOf(2_147_483_646L));
        service.updatePosition(before.state().withPosition(-1, -2, -3, 1, 1637, 2).withGold(BigInteger.ZERO));

        BotSnapshot after = service.load(GUID).orElseThrow();
        assertThat(after.sameValues(before.withState(before.state().withGold(BigInteger.valueOf(2_147_483_646L))
                .withPosition(-1, -2, -3, 1, 1637, 2)))).isTrue();
        assertThat(service.updateGold(BigInteger.valueOf(999), BigInteger.ONE)).isFalse();
    }

    @Test
    void injectionTextIsStoredAsPlainText() {
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        String attack = "' OR 1=1 --";
        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        items.set(0, items.get(0).withEnchantments(attack));
        BotSnapshot edited = loaded.withInventory(items);

        service.save(loaded, edited, false);

        assertThat(service.load(GUID).orElseThrow().inventory().get(0).enchantments()).isEqualTo(attack);
        assertThat(service.load(BigInteger.valueOf(43)).orElseThrow().inventory()).hasSize(20);
    }

    /** Every row of the three tables, in key order, as text: the exact database content to compare. */
    private static String allRows() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            for (String sql : List.of("SELECT * FROM playerbot_state ORDER BY bot_guid",
                    "SELECT * FROM playerbot_inventory ORDER BY bot_guid, bag, slot",
                    "SELECT * FROM playerbot_equipment ORDER BY bot_guid, slot")) {
                try (ResultSet r = statement.executeQuery(sql)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            all.append(r.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
