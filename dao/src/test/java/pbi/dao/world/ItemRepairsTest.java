package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;
import static pbi.dao.world.ItemChecksTest.BAG;
import static pbi.dao.world.ItemChecksTest.CHEST_3_SOCKETS;
import static pbi.dao.world.ItemChecksTest.CLOAK;
import static pbi.dao.world.ItemChecksTest.MAGE;
import static pbi.dao.world.ItemChecksTest.POTION;
import static pbi.dao.world.ItemChecksTest.SHIELD_2_SOCKETS;
import static pbi.dao.world.ItemChecksTest.TWO_HANDER;
import static pbi.dao.world.ItemChecksTest.bagged;
import static pbi.dao.world.ItemChecksTest.worn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

class ItemRepairsTest {

    private final ItemCatalog catalog = ItemCatalog.of("demo", DemoItems.all());

    @Test
    void stacksAndDurabilityAreCappedAtTheItemsOwnMaximum() {
        List<InventoryItem> bags = List.of(bagged(0, POTION, 45, 0), bagged(1, CHEST_3_SOCKETS, 1, 900));
        List<EquipmentItem> body = List.of(worn(14, CLOAK, "", 12));

        ItemRepairs.Proposal proposal = ItemRepairs.propose(bags, body, MAGE, catalog, ItemRepairs.FIXABLE);

        assertThat(proposal.inventory()).extracting(InventoryItem::stackCount).containsExactly(20L, 1L);
        assertThat(proposal.inventory()).extracting(InventoryItem::durability).containsExactly(0L, 115L);
        assertThat(proposal.equipment()).extracting(EquipmentItem::durability).containsExactly(0L);
        assertThat(proposal.changes()).extracting(ItemRepairs.Change::rule).containsExactly(
                ItemRule.INVENTORY_STACK_OVER_MAX, ItemRule.ITEM_DURABILITY_OVER_MAX,
                ItemRule.ITEM_DURABILITY_OVER_MAX);
        assertThat(proposal.changes().get(0)).isEqualTo(new ItemRepairs.Change(ItemRule.INVENTORY_STACK_OVER_MAX,
                "inventory bag 19 slot 0", "stack_count", "45", "20"));
        assertThat(ItemChecks.check(proposal.inventory(), proposal.equipment(), MAGE, catalog)).isEmpty();
    }

    @Test
    void onlyTheChosenRulesAreRepaired() {
        List<InventoryItem> bags = List.of(bagged(0, POTION, 45, 7));

        ItemRepairs.Proposal proposal = ItemRepairs.propose(bags, List.of(), MAGE, catalog,
                Set.of(ItemRule.ITEM_DURABILITY_OVER_MAX));

        assertThat(proposal.inventory()).containsExactly(bagged(0, POTION, 45, 0));
    }

    @Test
    void aWronglyWornItemMovesToTheFirstFreeSlotOfABagTheBotUses() {
        List<InventoryItem> bags = List.of(
                new InventoryItem(ItemChecksTest.bagged(0, POTION, 1, 0).botGuid(), 21, 0, POTION,
                        java.math.BigInteger.ONE, 1, "", 0, null),
                new InventoryItem(ItemChecksTest.bagged(0, POTION, 1, 0).botGuid(), 21, 1, BAG,
                        java.math.BigInteger.TWO, 1, "", 0, null));
        EquipmentItem shieldInMainHand = worn(15, SHIELD_2_SOCKETS, "", 80).withEnchantments("1952:0");

        ItemRepairs.Proposal proposal = ItemRepairs.propose(bags, List.of(shieldInMainHand), MAGE, catalog,
                ItemRepairs.FIXABLE);

        assertThat(proposal.equipment()).isEmpty();
        InventoryItem moved = proposal.inventory().get(2);
        assertThat(moved.key()).isEqualTo(new InventoryItem.SlotKey(21, 2));
        assertThat(moved.itemGuid()).isEqualTo(shieldInMainHand.itemGuid());
        assertThat(moved.enchantments()).isEqualTo("1952:0");
        assertThat(moved.durability()).isEqualTo(80);
        assertThat(moved.stackCount()).isEqualTo(1);
        assertThat(proposal.changes()).containsExactly(new ItemRepairs.Change(ItemRule.EQUIPMENT_WRONG_SLOT,
                "equipment slot 15 Main hand", "item " + SHIELD_2_SOCKETS, "worn", "moved to inventory bag 21 slot 2"));
        assertThat(proposal.unfixed()).isEmpty();
    }

    @Test
    void aWronglyWornItemWithGemsStaysAndSaysWhy() {
        EquipmentItem socketed = worn(15, SHIELD_2_SOCKETS, "40111", 0);

        ItemRepairs.Proposal proposal = ItemRepairs.propose(List.of(), List.of(socketed), MAGE, catalog,
                ItemRepairs.FIXABLE);

        assertThat(proposal.equipment()).containsExactly(socketed);
        assertThat(proposal.changesAnything()).isFalse();
        assertThat(proposal.unfixed()).singleElement().satisfies(f -> assertThat(f.detail())
                .endsWith("not moved: it carries gems \"40111\", which a bag row cannot hold"));
    }

    @Test
    void whenEveryBagIsFullTheItemStaysAndNothingIsDeleted() {
        List<InventoryItem> full = new ArrayList<>();
        for (int bag = 19; bag <= 22; bag++) {
            for (int slot = 0; slot < 36; slot++) {
                full.add(new InventoryItem(bagged(0, POTION, 1, 0).botGuid(), bag, slot, POTION,
                        java.math.BigInteger.valueOf(bag * 100L + slot), 1, "", 0, null));
            }
        }
        EquipmentItem twoHanderInOffHand = worn(16, TWO_HANDER, "", 0);

        ItemRepairs.Proposal proposal = ItemRepairs.propose(full, List.of(twoHanderInOffHand), MAGE, catalog,
                ItemRepairs.FIXABLE);

        assertThat(proposal.inventory()).hasSize(144);
        assertThat(proposal.equipment()).containsExactly(twoHanderInOffHand);
        assertThat(proposal.unfixed()).singleElement().satisfies(f -> assertThat(f.detail())
                .endsWith("not moved: every slot of bags 19-22 is taken"));
    }

    @Test
    void unknownItemsAndSurplusGemsAreLeftAlone() {
        List<InventoryItem> bags = List.of(bagged(0, 999_999, 500, 500));
        List<EquipmentItem> body = List.of(worn(17, ItemChecksTest.RELIC, "40111", 0));

        ItemRepairs.Proposal proposal = ItemRepairs.propose(bags, body, MAGE, catalog, Set.of(ItemRule.values()));

        assertThat(proposal.inventory()).isEqualTo(bags);
        assertThat(proposal.equipment()).isEqualTo(body);
        assertThat(proposal.changes()).isEmpty();
    }
}
