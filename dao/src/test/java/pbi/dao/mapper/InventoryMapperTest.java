package pbi.dao.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.InventorySummary;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class InventoryMapperTest {

    private static final BigInteger GUID = BigInteger.valueOf(42);
    private SqlSession session;
    private InventoryMapper mapper;

    @BeforeEach
    void openSession() {
        TestDatabase.reset();
        session = TestDatabase.database().openSession();
        mapper = session.getMapper(InventoryMapper.class);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void inventoryReadsBackOrderedByBagAndSlotKeepingNullAndEmptyEnchantmentsApart() {
        InventoryItem empty = Bots.item(42, 22, 0, 6948).withEnchantments("");
        InventoryItem none = Bots.item(42, 19, 7, 2589).withEnchantments(null).withStack(20);
        InventoryItem enchanted = Bots.item(42, 19, 1, 40000).withEnchantments("3225:0;3229:3600");
        mapper.insertInventoryItem(empty);
        mapper.insertInventoryItem(none);
        mapper.insertInventoryItem(enchanted);
        mapper.insertInventoryItem(Bots.item(43, 19, 0, 1));

        List<InventoryItem> items = mapper.selectInventory(GUID);

        assertThat(items).extracting(InventoryItem::key).containsExactly(enchanted.key(), none.key(), empty.key());
        assertThat(items.get(0).sameValues(enchanted)).isTrue();
        assertThat(items.get(1).enchantments()).isNull();
        assertThat(items.get(2).enchantments()).isEmpty();
        assertThat(mapper.selectInventory(GUID, true)).isEqualTo(items);
    }

    @Test
    void slotSelectFindsOneItemOrNothing() {
        InventoryItem item = Bots.item(42, 20, 35, 6948);
        mapper.insertInventoryItem(item);

        assertThat(mapper.selectInventorySlot(GUID, 20, 35).sameValues(item)).isTrue();
        assertThat(mapper.selectInventorySlot(GUID, 20, 34)).isNull();
    }

    @Test
    void updateRewritesTheValuesOfTheRowAtItsBagAndSlot() {
        mapper.insertInventoryItem(Bots.item(42, 19, 3, 6948));
        InventoryItem changed = new InventoryItem(GUID, 19, 3, 4_294_967_295L, ColumnRanges.MAX_BIGINT_UNSIGNED,
                4_294_967_295L, null, 4_294_967_295L, null);

        int rows = mapper.updateInventoryItem(changed);

        assertThat(rows).isEqualTo(1);
        assertThat(mapper.selectInventorySlot(GUID, 19, 3).sameValues(changed)).isTrue();
    }

    @Test
    void deleteItemRemovesOneRowAndDeleteInventoryRemovesTheBotsRows() {
        mapper.insertInventoryItem(Bots.item(42, 19, 0, 1));
        mapper.insertInventoryItem(Bots.item(42, 19, 1, 2));
        mapper.insertInventoryItem(Bots.item(42, 20, 0, 3));
        mapper.insertInventoryItem(Bots.item(43, 19, 0, 4));

        int one = mapper.deleteInventoryItem(GUID, 19, 1);
        List<InventoryItem> afterOne = mapper.selectInventory(GUID);
        int rest = mapper.deleteInventory(GUID);

        assertThat(one).isEqualTo(1);
        assertThat(afterOne).extracting(InventoryItem::itemId).containsExactly(1L, 3L);
        assertThat(rest).isEqualTo(2);
        assertThat(mapper.selectInventory(GUID)).isEmpty();
        assertThat(mapper.selectInventory(BigInteger.valueOf(43))).hasSize(1);
    }

    @Test
    void summaryCountsRowsAndAddsStacksBeyondTheIntRange() {
        mapper.insertInventoryItem(Bots.item(42, 19, 0, 1).withStack(4_294_967_295L));
        mapper.insertInventoryItem(Bots.item(42, 19, 1, 2).withStack(4_294_967_295L));
        mapper.insertInventoryItem(Bots.item(42, 19, 2, 3).withStack(2));

        InventorySummary summary = mapper.selectInventorySummary(GUID);
        InventorySummary nothing = mapper.selectInventorySummary(BigInteger.ONE);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.totalStack()).isEqualTo(BigInteger.valueOf(8_589_934_592L));
        assertThat(nothing.rows()).isZero();
        assertThat(nothing.totalStack()).isEqualTo(BigInteger.ZERO);
    }
}
