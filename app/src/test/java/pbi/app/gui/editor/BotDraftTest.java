package pbi.app.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;

/** The edited bot and the bag grids: pure functions, no toolkit, no database. */
class BotDraftTest {

    private final BotSnapshot base = Bots.bot(7, 3, 2);
    private final InventoryItem.SlotKey first = new InventoryItem.SlotKey(19, 0);
    private final InventoryItem.SlotKey second = new InventoryItem.SlotKey(19, 1);

    @Test
    void movingOntoAnOccupiedSlotSwapsTheItems() {
        var moved = BotDraft.moved(base.inventoryBySlot(), first, second);

        assertThat(moved.get(second).itemId()).isEqualTo(base.inventoryBySlot().get(first).itemId());
        assertThat(moved.get(first).itemId()).isEqualTo(base.inventoryBySlot().get(second).itemId());
        assertThat(moved.get(second).key()).isEqualTo(second);
        assertThat(moved).hasSameSizeAs(base.inventoryBySlot());
    }

    @Test
    void changedSlotsNameOnlyTheSlotsThatDiffer() {
        Map<InventoryItem.SlotKey, InventoryItem> inventory = new TreeMap<>(base.inventoryBySlot());
        inventory.remove(second);
        Map<Integer, EquipmentItem> equipment = new TreeMap<>(base.equipmentBySlot());
        EquipmentItem worn = equipment.get(0);
        equipment.put(0, new EquipmentItem(worn.botGuid(), 0, worn.itemId(), worn.itemGuid(), worn.enchantments(),
                worn.gems(), 5, worn.lastUpdated()));

        BotDraft draft = BotDraft.of(base, base.state(), inventory, equipment);

        assertThat(draft.changedSlots()).containsExactlyInAnyOrder("inv:19:1", "eq:0");
        assertThat(draft.snapshot().inventory()).hasSize(2);
    }

    @Test
    void anInvalidStateHasNoSnapshotButItsSlotsStillCount() {
        BotDraft draft = BotDraft.of(base, null, Map.of(), base.equipmentBySlot());

        assertThat(draft.snapshot()).isNull();
        assertThat(draft.changedSlots()).containsExactlyInAnyOrder("inv:19:0", "inv:19:1", "inv:19:2");
    }

    @Test
    void theNextItemGuidIsAboveEveryItemTheBotHolds() {
        BigInteger highest = BigInteger.valueOf(7 * 1000 + 900 + 1);

        assertThat(BotDraft.nextItemGuid(base.inventory(), base.equipment())).isEqualTo(highest.add(BigInteger.ONE));
    }

    @Test
    void anEmptyBotShowsFourBagsOfSixteenSlots() {
        assertThat(BagLayout.of(java.util.List.of(), java.util.List.of()))
                .extracting(BagLayout::bag, BagLayout::firstSlot, BagLayout::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(19, 0, 16),
                        org.assertj.core.groups.Tuple.tuple(20, 0, 16), org.assertj.core.groups.Tuple.tuple(21, 0, 16),
                        org.assertj.core.groups.Tuple.tuple(22, 0, 16));
    }

    @Test
    void theBackpackComesFirstAndAPositionThatIsNoBagLast() {
        var keys = java.util.List.of(new InventoryItem.SlotKey(255, 23), new InventoryItem.SlotKey(255, 40),
                new InventoryItem.SlotKey(5, 2), new InventoryItem.SlotKey(19, 17));

        var bags = BagLayout.of(keys, java.util.List.of());

        assertThat(bags.get(0)).isEqualTo(new BagLayout(255, "Backpack (255)", 23, 18));
        assertThat(bags.get(1)).isEqualTo(new BagLayout(19, "Bag 1 (position 19)", 0, 20));
        assertThat(bags.get(bags.size() - 1)).isEqualTo(new BagLayout(5, "Position 5 (not a bag)", 2, 1));
    }
}
