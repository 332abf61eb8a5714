package pbi.dao.embedded;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The demo world's deliberate corruptions, keyed by the doctor's {@link Rule}s: each rule breaks {@value #VARIANTS}
 * bots in {@value #VARIANTS} different ways, and two more bots break two rules at once. A rule without a corruption
 * here does not compile, so the demo world always shows the doctor every problem it knows.
 */
final class Corruptions {

    static final int VARIANTS = 3;
    /** Orphan rows belong to these bot guids, which have no state row. */
    static final List<BigInteger> ORPHAN_GUIDS = List.of(BigInteger.valueOf(9_000_001),
            BigInteger.valueOf(9_000_002), BigInteger.valueOf(9_000_003));

    /** One deliberate corruption: which bot, which rule, and which of the rule's variants. */
    record Corruption(BigInteger guid, Rule rule, int variant) {
    }

    /** How one rule is broken: replaces bots in {@code bots}, the world planned so far, keyed by guid. */
    @FunctionalInterface
    private interface Breaker {
        void breakBot(Map<BigInteger, DemoPlan.Bot> bots, BigInteger guid, int variant, LocalDateTime now);
    }

    static final List<Corruption> ALL = list();

    /**
     * Bot guid to the rule ids it deliberately breaks. Orphan rows are keyed by their orphan bot guid; both bots of
     * a duplicated item guid are listed. Every other demo bot is clean under the default limits.
     */
    static final Map<BigInteger, Set<String>> BY_BOT = byBot();

    private Corruptions() {
    }

    /**
     * Breaks the bot that {@code corruption} names, replacing it (and, for a duplicated item guid, its neighbour)
     * in {@code bots}. Orphan rows belong to no bot; the plan adds them.
     */
    static void apply(Map<BigInteger, DemoPlan.Bot> bots, Corruption corruption, LocalDateTime now) {
        breaker(corruption.rule()).breakBot(bots, corruption.guid(), corruption.variant(), now);
    }

    private static Breaker breaker(Rule rule) {
        return switch (rule) {
            case POSITION_OUT_OF_WORLD -> state((s, v, now) -> switch (v) {
                case 0 -> s.withPosition(20_000.5f, s.positionY(), s.positionZ(), s.mapId(), s.zoneId(),
                        s.orientation());
                case 1 -> s.withPosition(s.positionX(), -17_500f, s.positionZ(), s.mapId(), s.zoneId(),
                        s.orientation());
                default -> s.withPosition(-30_000f, s.positionY(), 12_000f, s.mapId(), s.zoneId(), s.orientation());
            });
            case ORIENTATION_OUT_OF_RANGE -> state((s, v, now) -> s.withPosition(s.positionX(), s.positionY(),
                    s.positionZ(), s.mapId(), s.zoneId(), new float[] {6.2831855f, -0.75f, 12.5f}[v]));
            case LEVEL_OUT_OF_RANGE -> state((s, v, now) -> s.withVitals(s.health(), s.mana(),
                    new int[] {0, 81, 255}[v]));
            case GOLD_OVER_CAP -> state((s, v, now) -> s.withGold(new BigInteger[] {
                BigInteger.valueOf(2_147_483_647L), BigInteger.valueOf(9_999_999_999L),
                ColumnRanges.MAX_BIGINT_UNSIGNED}[v]));
            case HEALTH_WRAPPED -> state((s, v, now) -> s.withVitals(
                    new long[] {4_294_967_196L, 2_147_483_648L, 4_294_967_295L}[v], s.mana(), s.level()));
            case MANA_WRAPPED -> state((s, v, now) -> s.withVitals(s.health(),
                    new long[] {4_294_967_246L, 2_147_483_649L, 4_294_967_295L}[v], s.level()));
            case ZONE_NOT_ON_MAP -> state((s, v, now) -> s.withPosition(s.positionX(), s.positionY(), s.positionZ(),
                    new long[] {0, 1, 571}[v], new long[] {14, 1519, 3703}[v], s.orientation()));
            case UPDATED_IN_FUTURE -> state((s, v, now) -> s.withLastUpdated(now.plusDays(40L * (v + 1))));
            case BAG_NOT_A_BAG -> bagItem(3, (i, v) -> i.movedTo(new int[] {0, 23, 118}[v], i.slot()));
            case SLOT_BEYOND_BAG -> bagItem(4, (i, v) -> i.movedTo(new int[] {19, 20, 22}[v],
                    new int[] {36, 40, 200}[v]));
            case STACK_ZERO -> bagItem(5, (i, v) -> i.withStack(0));
            case INVENTORY_ITEM_ID_ZERO -> bagItem(6, (i, v) -> new InventoryItem(i.botGuid(), i.bag(), i.slot(), 0,
                    i.itemGuid(), i.stackCount(), i.enchantments(), i.durability(), i.lastUpdated()));
            case INVENTORY_ENCHANTMENTS_MALFORMED -> bagItem(2, (i, v) -> i.withEnchantments(new String[] {
                "3225:0;;3229:3600", "3229:-60", "3225:0;".repeat(12) + "3229:3600"}[v]));
            case EQUIPMENT_SLOT_OUT_OF_RANGE -> wornItem(0, (e, v) -> e.withSlot(new int[] {19, 23, 255}[v]));
            case GEMS_MALFORMED -> wornItem(1, (e, v) -> e.withGems(new String[] {
                "41398,,40111", "40111;40112", "4l398"}[v]));
            case TOO_MANY_GEMS -> wornItem(2, (e, v) -> e.withGems(new String[] {
                "41398,40111,40112,40113", "40111,40112,40113,40114,40117", "40111,40111,40111,40111"}[v]));
            case EQUIPMENT_ENCHANTMENTS_MALFORMED -> wornItem(3, (e, v) -> e.withEnchantments(new String[] {
                "3789", "3789:0:0", ":3600"}[v]));
            case EQUIPMENT_ITEM_ID_ZERO -> wornItem(4, (e, v) -> new EquipmentItem(e.botGuid(), e.slot(), 0,
                    e.itemGuid(), e.enchantments(), e.gems(), e.durability(), e.lastUpdated()));
            case DUPLICATE_ITEM_GUID -> Corruptions::duplicateItemGuid;
            case ORPHAN_ROWS -> (bots, guid, v, now) -> {
                throw new IllegalArgumentException("Orphan rows belong to no bot; the plan adds them");
            };
            case ITEM_UNKNOWN -> whole(ItemCorruptions::unknown);
            case EQUIPMENT_WRONG_SLOT -> whole(ItemCorruptions::wrongSlot);
            case INVENTORY_STACK_OVER_MAX -> whole(ItemCorruptions::stackOverMax);
            case ITEM_DURABILITY_OVER_MAX -> whole(ItemCorruptions::durabilityOverMax);
            case EQUIPMENT_GEMS_OVER_SOCKETS -> whole(ItemCorruptions::gemsOverSockets);
        };
    }

    /** A corruption of the state row alone. */
    @FunctionalInterface
    private interface StateChange {
        BotState change(BotState state, int variant, LocalDateTime now);
    }

    /** A corruption of one row of a bot's bags or equipment. */
    @FunctionalInterface
    private interface RowChange<T> {
        T change(T row, int variant);
    }

    /** A corruption of the bot as a whole, by variant. */
    private static Breaker whole(java.util.function.BiFunction<DemoPlan.Bot, Integer, DemoPlan.Bot> change) {
        return (bots, guid, v, now) -> replace(bots, guid, bot -> change.apply(bot, v));
    }

    private static Breaker state(StateChange change) {
        return (bots, guid, v, now) -> replace(bots, guid, bot -> bot.withState(change.change(bot.state(), v, now)));
    }

    /** Changes the bot's inventory row at {@code first + variant}, so that each variant hits another item. */
    private static Breaker bagItem(int first, RowChange<InventoryItem> change) {
        return (bots, guid, v, now) -> replace(bots, guid, bot -> bot.withItem(first + v, i -> change.change(i, v)));
    }

    /** Changes the bot's equipment row at {@code first + variant}. */
    private static Breaker wornItem(int first, RowChange<EquipmentItem> change) {
        return (bots, guid, v, now) -> replace(bots, guid, bot -> bot.withWorn(first + v, e -> change.change(e, v)));
    }

    private static void replace(Map<BigInteger, DemoPlan.Bot> bots, BigInteger guid,
            UnaryOperator<DemoPlan.Bot> change) {
        DemoPlan.Bot bot = bots.get(guid);
        if (bot == null) {
            throw new IllegalStateException("The demo world has no bot " + guid + " to corrupt");
        }
        bots.put(guid, change.apply(bot));
    }

    /**
     * Variant 0 copies an item guid into the next bot's bags, 1 wears the next bot's item guid, and 2 holds one item
     * guid twice in the same bags.
     */
    private static void duplicateItemGuid(Map<BigInteger, DemoPlan.Bot> bots, BigInteger guid, int v,
            LocalDateTime now) {
        DemoPlan.Bot bot = bots.get(guid);
        BigInteger partnerGuid = guid.add(BigInteger.ONE);
        DemoPlan.Bot partner = bots.get(partnerGuid);
        if (v == 0) {
            BigInteger copied = bot.inventory().get(1).itemGuid();
            replace(bots, partnerGuid, p -> p.withItem(1, i -> withItemGuid(i, copied)));
        } else if (v == 1) {
            BigInteger copied = partner.inventory().get(2).itemGuid();
            replace(bots, guid, b -> b.withWorn(0, e -> new EquipmentItem(e.botGuid(), e.slot(), e.itemId(), copied,
                    e.enchantments(), e.gems(), e.durability(), e.lastUpdated())));
        } else {
            BigInteger copied = bot.inventory().get(2).itemGuid();
            replace(bots, guid, b -> b.withItem(7, i -> withItemGuid(i, copied)));
        }
    }

    private static InventoryItem withItemGuid(InventoryItem i, BigInteger itemGuid) {
        return new InventoryItem(i.botGuid(), i.bag(), i.slot(), i.itemId(), itemGuid, i.stackCount(),
                i.enchantments(), i.durability(), i.lastUpdated());
    }

    private static List<Corruption> list() {
        List<Corruption> list = new ArrayList<>();
        int n = 0;
        for (Rule rule : Rule.values()) {
            for (int variant = 0; variant < VARIANTS; variant++) {
                BigInteger guid = rule == Rule.ORPHAN_ROWS ? ORPHAN_GUIDS.get(variant) : corruptGuid(n);
                list.add(new Corruption(guid, rule, variant));
                n++;
            }
        }
        // Two bots with more than one thing wrong, as real corruption often has.
        list.add(new Corruption(corruptGuid(n), Rule.HEALTH_WRAPPED, 0));
        list.add(new Corruption(corruptGuid(n), Rule.MANA_WRAPPED, 0));
        n++;
        list.add(new Corruption(corruptGuid(n), Rule.STACK_ZERO, 1));
        list.add(new Corruption(corruptGuid(n), Rule.GEMS_MALFORMED, 0));
        return Collections.unmodifiableList(list);
    }

    /** Corrupted bots are spread through the guid range, 29 guids apart. */
    private static BigInteger corruptGuid(int n) {
        return BigInteger.valueOf(DemoWorld.FIRST_GUID + 23 + n * 29L);
    }

    private static Map<BigInteger, Set<String>> byBot() {
        Map<BigInteger, Set<String>> map = new TreeMap<>();
        for (Corruption c : ALL) {
            map.computeIfAbsent(c.guid(), g -> new LinkedHashSet<>()).add(c.rule().id());
            if (c.rule() == Rule.DUPLICATE_ITEM_GUID && c.variant() < 2) {
                map.computeIfAbsent(c.guid().add(BigInteger.ONE), g -> new LinkedHashSet<>()).add(c.rule().id());
            }
        }
        Map<BigInteger, Set<String>> frozen = new LinkedHashMap<>();
        map.forEach((guid, rules) -> frozen.put(guid, Collections.unmodifiableSet(rules)));
        return Collections.unmodifiableMap(frozen);
    }
}
