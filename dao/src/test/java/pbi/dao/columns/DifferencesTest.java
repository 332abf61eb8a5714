package pbi.dao.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;

class DifferencesTest {

    @Test
    void wholeNumbersAreListedExactlyEvenWhenAFloatCouldNotTellThemApart() {
        BotSnapshot before = Bots.bot(1, 1, 1);
        InventoryItem item = before.inventory().get(0);
        BotSnapshot after = before
                .withState(before.state().withVitals(4_294_967_295L, 16_777_217L, 80))
                .withInventory(List.of(new InventoryItem(item.botGuid(), item.bag(), item.slot(), 16_777_217L,
                        item.itemGuid(), item.stackCount(), item.enchantments(), item.durability(), null)));
        BotSnapshot base = before.withState(before.state().withVitals(4_294_967_294L, 16_777_216L, 79))
                .withInventory(List.of(new InventoryItem(item.botGuid(), item.bag(), item.slot(), 16_777_216L,
                        item.itemGuid(), item.stackCount(), item.enchantments(), item.durability(), null)));

        List<String> lines = Differences.between(base, after);

        assertThat(lines).containsExactly("health: 4294967294 → 4294967295", "mana: 16777216 → 16777217",
                "level: 79 → 80", "inventory bag 19 slot 0 item_id: 16777216 → 16777217");
    }
}
