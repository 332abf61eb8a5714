package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class BotServiceTest {

    private final BotService service = new BotService(TestDatabase.database());

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void savedEditOfGoldPositionAndItemsReadsBackExactly() {
        BotSnapshot original = Bots.bot(42, 40, 12);
        service.replace(original);
        BotSnapshot loaded = service.load(BigInteger.valueOf(42)).orElseThrow();

        List<InventoryItem> items = new ArrayList<>(loaded.inventory());
        InventoryItem moved = items.remove(0).movedTo(22, 35);
        items.add(moved);
        items.add(Bots.item(42, 21, 20, 6948).withStack(20));
        items.removeIf(i -> i.bag() == 19 && i.slot() == 5);
        List<EquipmentItem> worn = new ArrayList<>(loaded.equipment());
        worn.set(0, worn.get(0).withGems("41398"));
        worn.remove(1);
        BotSnapshot edited = loaded
                .withState(loaded.state().withGold(BigInteger.valueOf(999_999))
                        .withPosition(1.25f, -2.5f, 3.75f, 1, 14, 6.2f))
                .withInventory(items).withEquipment(worn);

        SaveOutcome outcome = service.save(loaded, edited, false);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        BotSnapshot reread = service.load(BigInteger.valueOf(42)).orElseThrow();
        assertThat(reread.sameValues(edited)).isTrue();
        assertThat(reread.itemAt(22, 35)).contains(moved.withLastUpdated(reread.itemAt(22, 35).get().lastUpdated()));
        assertThat(reread.itemAt(19, 0)).isEmpty();
        assertThat(reread.equippedAt(1)).isEmpty();
    }

    @Test
    void unsignedExtremesAndFloatBitsSurviveSaveAndLoad() {
        BigInteger max64 = ColumnRanges.MAX_BIGINT_UNSIGNED;
        BotSnapshot bot = Bots.bot(1, 1, 1).withGuid(max64);
        bot = bot.withState(bot.state().withGold(max64).withVitals(4_294_967_295L, 2_147_483_648L, 255)
                .withPosition(Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, 4_294_967_295L, 4_294_967_295L,
                        Math.nextDown(6.2831855f)));
        InventoryItem item = new InventoryItem(max64, 255, 255, 4_294_967_295L, max64, 4_294_967_295L, "", 0, null);
        bot = bot.withInventory(List.of(item));

        service.replace(bot);
        BotSnapshot back = service.load(max64).orElseThrow();

        assertThat(back.sameValues(bot)).as("%s", pbi.dao.columns.Differences.between(bot, back)).isTrue();
        assertThat(Float.floatToRawIntBits(back.state().positionZ())).isEqualTo(Float.floatToRawIntBits(
                Float.MIN_VALUE));
        assertThat(back.inventory().get(0).enchantments()).isEmpty();
    }

    @Test
    void valuesTheColumnsCannotHoldAreRefusedBeforeWriting() {
        BotSnapshot bot = Bots.bot(7, 0, 0);
        BotSnapshot tooRich = bot.withState(bot.state().withGold(ColumnRanges.MAX_BIGINT_UNSIGNED.add(
                BigInteger.ONE)));

        assertThatThrownBy(() -> service.replace(tooRich))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("gold_copper");
        assertThat(service.load(BigInteger.valueOf(7))).isEmpty();
    }
}
