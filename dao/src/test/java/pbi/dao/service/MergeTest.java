package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;

class MergeTest {

    private final BotSnapshot base = Bots.bot(7, 4, 2);

    private BotSnapshot gold(BotSnapshot bot, long copper) {
        return bot.withState(bot.state().withGold(BigInteger.valueOf(copper)));
    }

    private BotSnapshot level(BotSnapshot bot, int level) {
        return bot.withState(bot.state().withVitals(bot.state().health(), bot.state().mana(), level));
    }

    private BotSnapshot stack(BotSnapshot bot, int index, long count) {
        List<InventoryItem> items = new ArrayList<>(bot.inventory());
        items.set(index, items.get(index).withStack(count));
        return bot.withInventory(items);
    }

    @Test
    void fieldsOnlyOneSideChangedComeFromThatSide() {
        BotSnapshot mine = gold(base, 999);
        BotSnapshot theirs = stack(level(base, 25), 1, 17);

        Merge merge = Merge.of(base, mine, theirs);

        assertThat(merge.conflicts()).isEmpty();
        BotSnapshot merged = merge.result(Map.of());
        assertThat(merged.sameValues(stack(level(gold(base, 999), 25), 1, 17))).isTrue();
        assertThat(merge.revertedByOverwrite()).containsExactly("level: 25 (theirs) → 20",
                "inventory bag 19 slot 1: item_id 2001, item_guid 7761, stack_count 17, enchantments \"3225:0\","
                        + " durability 50 (theirs) → item_id 2001, item_guid 7761, stack_count 1,"
                        + " enchantments \"3225:0\", durability 50");
    }

    @Test
    void bothChangingOneFieldIsAConflictAnsweredEitherWay() {
        BotSnapshot mine = gold(level(base, 30), 5);
        BotSnapshot theirs = level(base, 25);

        Merge merge = Merge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(new Merge.Conflict("state.level", "level", "20", "25", "30"));
        assertThatThrownBy(() -> merge.result(Map.of())).hasMessageContaining("level");
        assertThat(merge.result(Map.of("state.level", Merge.Side.THEIRS)).state().level()).isEqualTo(25);
        BotSnapshot mineWins = merge.result(Map.of("state.level", Merge.Side.MINE));
        assertThat(mineWins.state().level()).isEqualTo(30);
        assertThat(mineWins.state().goldCopper()).isEqualTo(BigInteger.valueOf(5));
    }

    @Test
    void differentFieldsOfOneItemMergeAndTheSameFieldConflicts() {
        List<InventoryItem> mineItems = new ArrayList<>(base.inventory());
        mineItems.set(0, mineItems.get(0).withDurability(9));
        BotSnapshot mine = base.withInventory(mineItems);
        BotSnapshot theirs = stack(base, 0, 12);

        BotSnapshot merged = Merge.of(base, mine, theirs).result(Map.of());

        assertThat(merged.inventory().get(0).durability()).isEqualTo(9);
        assertThat(merged.inventory().get(0).stackCount()).isEqualTo(12);

        Merge both = Merge.of(base, stack(base, 0, 3), theirs);
        assertThat(both.conflicts()).extracting(Merge.Conflict::key).containsExactly("inv:19:0.stack_count");
    }

    @Test
    void rowRemovedOnOneSideAndChangedOnTheOtherIsARowConflict() {
        List<InventoryItem> fewer = new ArrayList<>(base.inventory());
        fewer.remove(2);
        BotSnapshot mine = base.withInventory(fewer);
        BotSnapshot theirs = stack(base, 2, 40);

        Merge merge = Merge.of(base, mine, theirs);

        assertThat(merge.conflicts()).extracting(Merge.Conflict::key, Merge.Conflict::mine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inv:19:2", "(empty)"));
        assertThat(merge.result(Map.of("inv:19:2", Merge.Side.MINE)).itemAt(19, 2)).isEmpty();
        assertThat(merge.result(Map.of("inv:19:2", Merge.Side.THEIRS)).itemAt(19, 2).orElseThrow().stackCount())
                .isEqualTo(40);
    }

    @Test
    void rowsAddedOrRemovedOnlyByTheDatabaseStay() {
        List<InventoryItem> theirItems = new ArrayList<>(base.inventory());
        theirItems.remove(3);
        theirItems.add(Bots.item(7, 20, 0, 6948));
        BotSnapshot theirs = base.withInventory(theirItems);

        BotSnapshot merged = Merge.of(base, gold(base, 1), theirs).result(Map.of());

        assertThat(merged.itemAt(19, 3)).isEmpty();
        assertThat(merged.itemAt(20, 0)).isPresent();
        assertThat(merged.state().goldCopper()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void aBotDeletedInTheDatabaseIsOneChoice() {
        Merge merge = Merge.of(base, gold(base, 1), null);

        assertThat(merge.conflicts()).extracting(Merge.Conflict::key).containsExactly("bot");
        assertThat(merge.result(Map.of("bot", Merge.Side.THEIRS))).isNull();
        assertThat(merge.result(Map.of("bot", Merge.Side.MINE)).state().goldCopper()).isEqualTo(BigInteger.ONE);
    }
}
