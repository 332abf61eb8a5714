package pbi.dao.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.EquipmentSummary;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class EquipmentMapperTest {

    private static final BigInteger GUID = BigInteger.valueOf(42);
    private SqlSession session;
    private EquipmentMapper mapper;

    @BeforeEach
    void openSession() {
        TestDatabase.reset();
        session = TestDatabase.database().openSession();
        mapper = session.getMapper(EquipmentMapper.class);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void equipmentReadsBackOrderedBySlotWithGemsAndEnchantmentsAsStored() {
        EquipmentItem head = Bots.worn(42, 0, 40000).withGems("41398,40111");
        EquipmentItem ring = Bots.worn(42, 10, 40010).withEnchantments(null).withGems(null);
        EquipmentItem tabard = Bots.worn(42, 18, 40018).withEnchantments("").withGems("");
        mapper.insertEquipmentItem(tabard);
        mapper.insertEquipmentItem(head);
        mapper.insertEquipmentItem(ring);
        mapper.insertEquipmentItem(Bots.worn(43, 0, 1));

        List<EquipmentItem> worn = mapper.selectEquipment(GUID);

        assertThat(worn).extracting(EquipmentItem::slot).containsExactly(0, 10, 18);
        assertThat(worn.get(0).sameValues(head)).isTrue();
        assertThat(worn.get(1).enchantments()).isNull();
        assertThat(worn.get(1).gems()).isNull();
        assertThat(worn.get(2).enchantments()).isEmpty();
        assertThat(worn.get(2).gems()).isEmpty();
        assertThat(mapper.selectEquipment(GUID, true)).isEqualTo(worn);
    }

    @Test
    void slotSelectFindsOneItemOrNothing() {
        EquipmentItem item = Bots.worn(42, 15, 40015);
        mapper.insertEquipmentItem(item);

        assertThat(mapper.selectEquipmentSlot(GUID, 15).sameValues(item)).isTrue();
        assertThat(mapper.selectEquipmentSlot(GUID, 16)).isNull();
    }

    @Test
    void updateRewritesTheValuesOfTheSlot() {
        mapper.insertEquipmentItem(Bots.worn(42, 4, 40004));
        EquipmentItem changed = new EquipmentItem(GUID, 4, 4_294_967_295L, ColumnRanges.MAX_BIGINT_UNSIGNED,
                "3832:0", "40111,40111,40111", 4_294_967_295L, null);

        int rows = mapper.updateEquipmentItem(changed);

        assertThat(rows).isEqualTo(1);
        assertThat(mapper.selectEquipmentSlot(GUID, 4).sameValues(changed)).isTrue();
    }

    @Test
    void deleteItemRemovesOneSlotAndDeleteEquipmentRemovesTheBotsRows() {
        mapper.insertEquipmentItem(Bots.worn(42, 0, 1));
        mapper.insertEquipmentItem(Bots.worn(42, 1, 2));
        mapper.insertEquipmentItem(Bots.worn(43, 0, 3));

        int one = mapper.deleteEquipmentItem(GUID, 1);
        List<EquipmentItem> afterOne = mapper.selectEquipment(GUID);
        int rest = mapper.deleteEquipment(GUID);

        assertThat(one).isEqualTo(1);
        assertThat(afterOne).extracting(EquipmentItem::slot).containsExactly(0);
        assertThat(rest).isEqualTo(1);
        assertThat(mapper.selectEquipment(GUID)).isEmpty();
        assertThat(mapper.selectEquipment(BigInteger.valueOf(43))).hasSize(1);
    }

    @Test
    void summaryListsSlotItemAndDurability() {
        mapper.insertEquipmentItem(Bots.worn(42, 15, 40015).withDurability(4_294_967_295L));
        mapper.insertEquipmentItem(Bots.worn(42, 0, 40000).withDurability(0));

        List<EquipmentSummary> summary = mapper.selectEquipmentSummary(GUID);

        assertThat(summary).containsExactly(new EquipmentSummary(0, 40000, 0),
                new EquipmentSummary(15, 40015, 4_294_967_295L));
    }
}
