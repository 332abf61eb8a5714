package pbi.dao.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.testing.Bots;

/** The repairs are pure: a bot in, the repaired bot and its changes out, no database. */
class RepairsTest {

    private static final Limits LIMITS = Limits.wotlk();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 1, 12, 0);

    @Test
    void eachBrokenRuleIsRepairedAndOnlyTheChosenRules() {
        BotSnapshot bot = Bots.bot(5, 2, 1);
        InventoryItem empty = bot.inventory().get(1).withStack(0);
        BotSnapshot broken = bot.withState(bot.state().withVitals(bot.state().health(), bot.state().mana(), 0)
                        .withGold(LIMITS.goldCap().add(BigInteger.ONE)).withLastUpdated(NOW.plusDays(1)))
                .withInventory(List.of(bot.inventory().get(0), empty));

        Repairs.Repair repair = Repairs.repair(broken, EnumSet.of(Rule.LEVEL_OUT_OF_RANGE, Rule.STACK_ZERO,
                Rule.UPDATED_IN_FUTURE), Set.of(), NOW, LIMITS);

        assertThat(repair.after().state().level()).isEqualTo(1);
        assertThat(repair.after().state().goldCopper()).as("gold was not chosen").isEqualTo(
                LIMITS.goldCap().add(BigInteger.ONE));
        assertThat(repair.after().itemAt(empty.bag(), empty.slot()).orElseThrow().stackCount()).isEqualTo(1);
        assertThat(repair.touch()).isTrue();
        assertThat(repair.changes()).extracting(Change::toString).containsExactly(
                "state (level): 0 → 1",
                "inventory bag " + empty.bag() + " slot " + empty.slot() + " (stack_count): 0 → 1",
                "state (last_updated): " + NOW.plusDays(1) + " → NOW()");
        assertThat(broken.state().level()).as("the input is left as it was").isZero();
    }

    @Test
    void aDuplicateCopyIsRemovedAndAHealthyBotIsLeftAlone() {
        BotSnapshot bot = Bots.bot(6, 2, 1);
        InventoryItem copy = bot.inventory().get(1);

        Repairs.Repair repair = Repairs.repair(bot, EnumSet.allOf(Rule.class),
                Set.of(Place.inventory(copy.bag(), copy.slot(), "item_guid")), NOW, LIMITS);

        assertThat(repair.after().inventory()).containsExactly(bot.inventory().get(0));
        assertThat(repair.after().state()).isEqualTo(bot.state());
        assertThat(repair.changes()).singleElement().extracting(Change::after).isEqualTo("deleted");
        assertThat(Repairs.repair(bot, EnumSet.allOf(Rule.class), Set.of(), NOW, LIMITS).changes()).isEmpty();
    }

    @Test
    void orientationWrapsIntoZeroToTwoPi() {
        assertThat(Repairs.wrapOrientation(-0.5f)).isBetween(5.78f, 5.79f);
        assertThat(Repairs.wrapOrientation(Float.NaN)).isZero();
        assertThat((double) Repairs.wrapOrientation(Math.nextDown((float) Limits.TWO_PI))).isLessThan(Limits.TWO_PI);
    }
}
