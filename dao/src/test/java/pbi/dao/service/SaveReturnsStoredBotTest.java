package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** A save returns the bot exactly as a fresh load reads it, timestamps included, without reading it all back. */
class SaveReturnsStoredBotTest {

    private final BotService service = new BotService(TestDatabase.database());

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void savedSnapshotEqualsAFreshLoadIncludingLastUpdated() {
        service.replace(Bots.bot(7, 30, 10));
        TestDatabase.sql("UPDATE playerbot_inventory SET last_updated = '2020-01-02 03:04:05' WHERE bot_guid = 7",
                "UPDATE playerbot_equipment SET last_updated = '2020-01-02 03:04:05' WHERE bot_guid = 7");
        BotSnapshot loaded = service.load(BigInteger.valueOf(7)).orElseThrow();
        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        items.set(3, items.get(3).withStack(items.get(3).stackCount() + 5));
        items.remove(0);
        items.add(Bots.item(7, 22, 30, 6948));
        List<EquipmentItem> worn = new ArrayList<>(loaded.equipment());
        worn.set(2, worn.get(2).withDurability(worn.get(2).durability() + 1));
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(12_345)))
                .withInventory(items).withEquipment(worn);

        SaveOutcome outcome = service.save(loaded, edited, false);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        BotSnapshot saved = ((SaveOutcome.Saved) outcome).saved();
        assertThat(saved).isEqualTo(service.load(BigInteger.valueOf(7)).orElseThrow());
        assertThat(saved.inventory().get(5).lastUpdated()).hasYear(2020);
        assertThat(saved.itemAt(22, 30).orElseThrow().lastUpdated()).isNotNull();
    }
}
