package pbi.dao.doctor;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.SafeText;
import pbi.dao.domain.World;

/**
 * The repairs, as pure functions: a bot and the rules it breaks in, the repaired bot and the list of changes out.
 * Nothing here reads or writes the database; {@link Fixer} turns the difference into statements and applies them
 * through the one lock-compare-write path of {@code BotService}.
 */
public final class Repairs {

    /** Where a bot on a known map is moved when its position is outside the world: the map's capital. */
    public record SafePoint(float x, float y, float z, long zoneId) {
    }

    public static final Map<Long, SafePoint> SAFE_POINTS = Map.of(
            0L, new SafePoint(-8833.38f, 628.628f, 94.0066f, 1519),
            1L, new SafePoint(1629.36f, -4373.39f, 31.2564f, 1637),
            530L, new SafePoint(-1838.16f, 5301.79f, -12.428f, 3703),
            571L, new SafePoint(5804.15f, 624.771f, 647.767f, 4395),
            609L, new SafePoint(2355.84f, -5664.77f, 426.028f, 4298));

    static final String DELETED = "deleted";
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    /**
     * A repaired bot.
     *
     * @param touch whether last_updated must be set to the database's clock, which only the database can do
     */
    public record Repair(BotSnapshot after, List<Change> changes, boolean touch) {
        public Repair {
            changes = List.copyOf(changes);
        }
    }

    /** The repair of one state rule: the state in, the repaired state out, its change added to {@code changes}. */
    interface StateRepair {
        BotState apply(BotState s, Limits limits, List<Change> changes);
    }

    /** The state rules' repairs, in the order they apply (a safe point may move the zone before its check). */
    private static final List<Map.Entry<Rule, StateRepair>> STATE_REPAIRS = List.of(
            Map.entry(Rule.POSITION_OUT_OF_WORLD, Repairs::moveIntoWorld),
            Map.entry(Rule.ORIENTATION_OUT_OF_RANGE, Repairs::wrapFacing),
            Map.entry(Rule.ZONE_NOT_ON_MAP, Repairs::zoneOfMap),
            Map.entry(Rule.LEVEL_OUT_OF_RANGE, Repairs::clampLevel),
            Map.entry(Rule.GOLD_OVER_CAP, Repairs::capGold),
            Map.entry(Rule.HEALTH_WRAPPED, Repairs::resetHealth),
            Map.entry(Rule.MANA_WRAPPED, Repairs::resetMana));

    private Repairs() {
    }

    /**
     * The bot with the fixes of {@code rules} applied to every value that breaks them.
     *
     * @param removals the copies of duplicated item guids this bot must give up
     * @param now the database's clock, for the rules that compare with it
     */
    public static Repair repair(BotSnapshot bot, Set<Rule> rules, Set<Place> removals, LocalDateTime now,
            Limits limits) {
        List<Change> changes = new ArrayList<>();
        BotState original = bot.state();
        Set<Rule> broken = Checks.state(original, limits, now).stream().map(Finding::rule)
                .filter(rules::contains).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        BotState state = original;
        for (Map.Entry<Rule, StateRepair> r : STATE_REPAIRS) {
            if (broken.contains(r.getKey())) {
                state = r.getValue().apply(state, limits, changes);
            }
        }
        List<InventoryItem> kept = new ArrayList<>();
        List<InventoryItem> homeless = new ArrayList<>();
        for (InventoryItem i : bot.inventory()) {
            inventoryItem(i, rules, removals, changes, kept, homeless);
        }
        List<EquipmentItem> worn = new ArrayList<>();
        for (EquipmentItem e : bot.equipment()) {
            equipmentItem(e, rules, removals, changes, worn, homeless);
        }
        rehouse(kept, homeless, changes);
        boolean touch = rules.contains(Rule.UPDATED_IN_FUTURE) && original.lastUpdated() != null
                && original.lastUpdated().isAfter(now);
        if (touch) {
            changes.add(new Change(Place.state("last_updated"), original.lastUpdated().toString(), "NOW()"));
        }
        return new Repair(new BotSnapshot(state, kept, worn), changes, touch);
    }

    static BotState moveIntoWorld(BotState s, Limits limits, List<Change> changes) {
        SafePoint safe = SAFE_POINTS.get(s.mapId());
        float x;
        float y;
        float z;
        long zone = s.zoneId();
        if (safe != null) {
            x = safe.x();
            y = safe.y();
            z = safe.z();
            zone = safe.zoneId();
        } else {
            x = clampXy(s.positionX(), limits);
            y = clampXy(s.positionY(), limits);
            float z0 = s.positionZ();
            z = Float.isFinite(z0) ? (float) Math.max(-limits.maxAbsZ(), Math.min(limits.maxAbsZ(), z0)) : 0f;
        }
        changes.add(new Change(Place.state("position"), position(s.positionX(), s.positionY(), s.positionZ(),
                s.zoneId()), position(x, y, z, zone) + (safe != null ? " (safe point of "
                + World.mapLabel(s.mapId()) + ")" : " (clamped)")));
        return s.withPosition(x, y, z, s.mapId(), zone, s.orientation());
    }

    static BotState wrapFacing(BotState s, Limits limits, List<Change> changes) {
        float facing = wrapOrientation(s.orientation());
        changes.add(new Change(Place.state("orientation"), Float.toString(s.orientation()), Float.toString(facing)));
        return s.withPosition(s.positionX(), s.positionY(), s.positionZ(), s.mapId(), s.zoneId(), facing);
    }

    /** The map is kept, since the coordinates belong to it; a safe point may already have fixed the zone. */
    static BotState zoneOfMap(BotState s, Limits limits, List<Change> changes) {
        if (World.zoneFitsMap(s.mapId(), s.zoneId())) {
            return s;
        }
        long zone = SAFE_POINTS.containsKey(s.mapId()) ? SAFE_POINTS.get(s.mapId()).zoneId()
                : World.zonesOf(s.mapId()).keySet().iterator().next();
        changes.add(new Change(Place.state("zone_id"), World.zoneLabel(s.zoneId()), World.zoneLabel(zone)));
        return s.withPosition(s.positionX(), s.positionY(), s.positionZ(), s.mapId(), zone, s.orientation());
    }

    static BotState clampLevel(BotState s, Limits limits, List<Change> changes) {
        int level = Math.max(1, Math.min(limits.maxLevel(), s.level()));
        changes.add(new Change(Place.state("level"), String.valueOf(s.level()), String.valueOf(level)));
        return s.withVitals(s.health(), s.mana(), level);
    }

    static BotState capGold(BotState s, Limits limits, List<Change> changes) {
        BigInteger gold = limits.goldCap();
        changes.add(new Change(Place.state("gold_copper"), s.goldCopper().toString(), gold.toString()));
        return s.withGold(gold);
    }

    static BotState resetHealth(BotState s, Limits limits, List<Change> changes) {
        changes.add(new Change(Place.state("health"), String.valueOf(s.health()), "1"));
        return s.withVitals(1, s.mana(), s.level());
    }

    static BotState resetMana(BotState s, Limits limits, List<Change> changes) {
        changes.add(new Change(Place.state("mana"), String.valueOf(s.mana()), "0"));
        return s.withVitals(s.health(), 0, s.level());
    }

    private static void inventoryItem(InventoryItem i, Set<Rule> rules, Set<Place> removals, List<Change> changes,
            List<InventoryItem> kept, List<InventoryItem> homeless) {
        Place where = Place.inventory(i.bag(), i.slot(), null);
        if (removals.contains(Place.inventory(i.bag(), i.slot(), "item_guid"))) {
            changes.add(new Change(where, "item " + i.itemId() + " (guid " + i.itemGuid() + ", a duplicate)",
                    DELETED));
            return;
        }
        Set<Rule> wrong = rulesOf(Checks.inventory(i), rules);
        if (wrong.contains(Rule.INVENTORY_ITEM_ID_ZERO)) {
            changes.add(new Change(where, "item 0", DELETED));
            return;
        }
        InventoryItem fixed = i;
        if (wrong.contains(Rule.STACK_ZERO)) {
            fixed = fixed.withStack(1);
            changes.add(new Change(Place.inventory(i.bag(), i.slot(), "stack_count"), "0", "1"));
        }
        if (wrong.contains(Rule.INVENTORY_ENCHANTMENTS_MALFORMED)) {
            fixed = fixed.withEnchantments(repairEnchantments(i.enchantments()));
            changes.add(new Change(Place.inventory(i.bag(), i.slot(), "enchantments"),
                    quoted(i.enchantments()), quoted(fixed.enchantments())));
        }
        if (wrong.contains(Rule.BAG_NOT_A_BAG) || wrong.contains(Rule.SLOT_BEYOND_BAG)) {
            homeless.add(fixed);
        } else {
            kept.add(fixed);
        }
    }

    private static void equipmentItem(EquipmentItem e, Set<Rule> rules, Set<Place> removals, List<Change> changes,
            List<EquipmentItem> worn, List<InventoryItem> homeless) {
        Place where = Place.equipment(e.slot(), null);
        if (removals.contains(Place.equipment(e.slot(), "item_guid"))) {
            changes.add(new Change(where, "item " + e.itemId() + " (guid " + e.itemGuid() + ", a duplicate)",
                    DELETED));
            return;
        }
        Set<Rule> wrong = rulesOf(Checks.equipment(e), rules);
        if (wrong.contains(Rule.EQUIPMENT_ITEM_ID_ZERO)) {
            changes.add(new Change(where, "item 0", DELETED));
            return;
        }
        EquipmentItem fixed = e;
        if (wrong.contains(Rule.GEMS_MALFORMED) || wrong.contains(Rule.TOO_MANY_GEMS)) {
            fixed = fixed.withGems(repairGems(e.gems()));
            changes.add(new Change(Place.equipment(e.slot(), "gems"), quoted(e.gems()), quoted(fixed.gems())));
        }
        if (wrong.contains(Rule.EQUIPMENT_ENCHANTMENTS_MALFORMED)) {
            fixed = fixed.withEnchantments(repairEnchantments(e.enchantments()));
            changes.add(new Change(Place.equipment(e.slot(), "enchantments"), quoted(e.enchantments()),
                    quoted(fixed.enchantments())));
        }
        if (wrong.contains(Rule.EQUIPMENT_SLOT_OUT_OF_RANGE)) {
            // Unequipped into the bags, as the game does with an item that cannot be worn; bag -1 marks its origin.
            homeless.add(new InventoryItem(fixed.botGuid(), -1, fixed.slot(), fixed.itemId(), fixed.itemGuid(), 1,
                    fixed.enchantments(), fixed.durability(), null));
        } else {
            worn.add(fixed);
        }
    }

    /** Moves items without a valid place into the first free bag slots; deletes them when every bag is full. */
    private static void rehouse(List<InventoryItem> kept, List<InventoryItem> homeless, List<Change> changes) {
        Set<InventoryItem.SlotKey> taken = kept.stream().map(InventoryItem::key).collect(Collectors.toSet());
        List<Integer> bags = new ArrayList<>(new TreeSet<>(kept.stream().map(InventoryItem::bag)
                .filter(World.BAG_POSITIONS::contains).toList()));
        World.BAG_POSITIONS.stream().filter(b -> !bags.contains(b)).forEach(bags::add);
        for (InventoryItem item : homeless) {
            Place from = item.bag() < 0 ? Place.equipment(item.slot(), null) : Place.inventory(item.bag(),
                    item.slot(), null);
            InventoryItem.SlotKey free = freeSlot(bags, taken);
            if (free == null) {
                changes.add(new Change(from, "item " + item.itemId(), DELETED + " (every bag is full)"));
                continue;
            }
            taken.add(free);
            kept.add(item.movedTo(free.bag(), free.slot()));
            changes.add(new Change(from, "item " + item.itemId(), "moved to inventory " + free));
        }
    }

    private static InventoryItem.SlotKey freeSlot(List<Integer> bags, Set<InventoryItem.SlotKey> taken) {
        for (int bag : bags) {
            for (int slot = 0; slot < World.MAX_BAG_SLOTS; slot++) {
                InventoryItem.SlotKey key = new InventoryItem.SlotKey(bag, slot);
                if (!taken.contains(key)) {
                    return key;
                }
            }
        }
        return null;
    }

    private static Set<Rule> rulesOf(List<Finding> findings, Set<Rule> wanted) {
        Set<Rule> out = EnumSet.noneOf(Rule.class);
        findings.stream().map(Finding::rule).filter(wanted::contains).forEach(out::add);
        return out;
    }

    /** The well-formed entries, at most 12, in their order; "" when none is left. */
    static String repairEnchantments(String raw) {
        List<Enchantment> valid = ItemStrings.parseEnchantments(raw).values().stream()
                .filter(e -> e.enchantId() >= 1 && e.enchantId() <= MAX_UINT32 && e.durationSeconds() >= 0)
                .limit(ItemStrings.MAX_ENCHANTMENTS).toList();
        return ItemStrings.formatEnchantments(valid);
    }

    /** The well-formed gems, at most 3, in their order; "" when none is left. */
    static String repairGems(String raw) {
        return ItemStrings.formatGems(ItemStrings.parseGems(raw).values().stream().limit(ItemStrings.MAX_GEMS)
                .toList());
    }

    /** Into [0, 2π); a value that would round up to 2π as a float becomes 0. */
    static float wrapOrientation(float value) {
        if (!Float.isFinite(value)) {
            return 0f;
        }
        double wrapped = value % Limits.TWO_PI;
        if (wrapped < 0) {
            wrapped += Limits.TWO_PI;
        }
        float result = (float) wrapped;
        return result >= 0 && (double) result < Limits.TWO_PI ? result : 0f;
    }

    private static float clampXy(float v, Limits limits) {
        if (!Float.isFinite(v)) {
            return 0f;
        }
        float bound = (float) limits.worldHalfExtent();
        while (Checks.beyond(bound, limits.worldHalfExtent())) {
            bound = Math.nextDown(bound);
        }
        return Math.max(-bound, Math.min(bound, v));
    }

    private static String position(float x, float y, float z, long zone) {
        return "(" + x + ", " + y + ", " + z + ") in " + World.zoneLabel(zone);
    }

    private static String quoted(String raw) {
        return SafeText.quoted(raw);
    }
}
