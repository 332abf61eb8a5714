package pbi.dao.doctor;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.SafeText;
import pbi.dao.domain.World;
import pbi.dao.mapper.DoctorMapper;
import pbi.dao.mapper.EquipmentMapper;
import pbi.dao.mapper.InventoryMapper;
import pbi.dao.mapper.StateMapper;
import pbi.dao.service.BotService;
import pbi.dao.service.ChangeSet;
import pbi.dao.service.PlannedStatement;

/**
 * Plans and applies repairs. {@link #plan} reads the affected bots and computes, per bot, the exact statements with
 * their values before and after; {@link #apply} runs each bot's statements in one transaction of its own, after
 * checking under row locks that the bot is still as planned, and checks the bot again before committing.
 */
public final class Fixer {

    /** Where a bot on a known map is moved when its position is outside the world: the map's capital. */
    public record SafePoint(float x, float y, float z, long zoneId) {
    }

    public static final Map<Long, SafePoint> SAFE_POINTS = Map.of(
            0L, new SafePoint(-8833.38f, 628.628f, 94.0066f, 1519),
            1L, new SafePoint(1629.36f, -4373.39f, 31.2564f, 1637),
            530L, new SafePoint(-1838.16f, 5301.79f, -12.428f, 3703),
            571L, new SafePoint(5804.15f, 624.771f, 647.767f, 4395),
            609L, new SafePoint(2355.84f, -5664.77f, 426.028f, 4298));

    private static final String STATE = "pbi.dao.mapper.StateMapper.";
    private static final String INVENTORY = "pbi.dao.mapper.InventoryMapper.";
    private static final String EQUIPMENT = "pbi.dao.mapper.EquipmentMapper.";
    private static final String DOCTOR = "pbi.dao.mapper.DoctorMapper.";
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;
    private static final String DELETED = "deleted";

    private final Database database;
    private final Limits limits;
    private final BotService bots;

    Fixer(Database database, Doctor doctor) {
        this.database = database;
        this.limits = doctor.limits();
        this.bots = new BotService(database);
    }

    /**
     * The repairs of {@code findings}: for each bot, only the fixes of the rules it was found breaking. For a
     * duplicated item guid, every copy but the first is removed, whichever bot holds it.
     */
    public FixPlan plan(Collection<Finding> findings) {
        Map<BigInteger, Set<Rule>> rulesByBot = new TreeMap<>();
        Set<BigInteger> duplicated = new TreeSet<>();
        for (Finding f : findings) {
            rulesByBot.computeIfAbsent(f.botGuid(), g -> EnumSet.noneOf(Rule.class)).add(f.rule());
            if (f.rule() == Rule.DUPLICATE_ITEM_GUID) {
                duplicated.add(new BigInteger(f.value()));
            }
        }
        List<BotFix> planned = new ArrayList<>();
        try (SqlSession session = database.openSession()) {
            Map<BigInteger, Set<Place>> removals = duplicateRemovals(session, duplicated);
            removals.keySet().forEach(g -> rulesByBot.computeIfAbsent(g, x -> EnumSet.noneOf(Rule.class))
                    .add(Rule.DUPLICATE_ITEM_GUID));
            LocalDateTime now = session.getMapper(DoctorMapper.class).databaseNow();
            for (Map.Entry<BigInteger, Set<Rule>> e : rulesByBot.entrySet()) {
                BotFix fix = planBot(session, e.getKey(), e.getValue(), removals.getOrDefault(e.getKey(), Set.of()),
                        now);
                if (fix != null) {
                    planned.add(fix);
                }
            }
            session.rollback(true);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "planning the repairs");
        }
        return new FixPlan(planned);
    }

    /** Applies the plan; see {@link #apply(FixPlan, Consumer, Consumer)}. */
    public List<FixOutcome> apply(FixPlan plan, Consumer<BotSnapshot> beforeFix) {
        return apply(plan, beforeFix, o -> { });
    }

    /**
     * Applies each bot's fix in one transaction of its own. A bot that changed since the plan was made is left
     * alone. Failures of one bot do not stop the others.
     *
     * @param beforeFix receives each bot's version from just before its fix, inside the transaction; if it throws,
     *                  that bot's fix is rolled back (this is where the JSON history is written)
     * @param onEach receives each bot's outcome as it lands
     */
    public List<FixOutcome> apply(FixPlan plan, Consumer<BotSnapshot> beforeFix, Consumer<FixOutcome> onEach) {
        List<FixOutcome> outcomes = new ArrayList<>();
        Set<BigInteger> duplicatedGuids = new TreeSet<>();
        for (BotFix fix : plan.bots()) {
            if (fix.rules().contains(Rule.DUPLICATE_ITEM_GUID) && fix.before() != null) {
                fix.changes().stream().filter(c -> DELETED.equals(c.after()))
                        .forEach(c -> duplicatedGuids.addAll(guidsAt(fix.before(), c.place())));
            }
            FixOutcome outcome = applyOne(fix, beforeFix);
            outcomes.add(outcome);
            onEach.accept(outcome);
        }
        Map<BigInteger, List<Finding>> stillDuplicated = recheckDuplicates(duplicatedGuids).stream()
                .collect(Collectors.groupingBy(Finding::botGuid));
        if (stillDuplicated.isEmpty()) {
            return outcomes;
        }
        return outcomes.stream().map(o -> {
            List<Finding> more = stillDuplicated.getOrDefault(o.botGuid(), List.of());
            if (more.isEmpty() || o.status() != FixOutcome.Status.FIXED) {
                return o;
            }
            List<Finding> remaining = new ArrayList<>(o.remaining());
            more.stream().filter(f -> !remaining.contains(f)).forEach(remaining::add);
            return new FixOutcome(o.botGuid(), o.status(), o.sql(), o.changes(), remaining, o.message());
        }).toList();
    }

    /**
     * Duplicates across bots are checked once after all bots, since the item guid column has no index and each
     * check reads the whole tables.
     *
     * @return the findings of that check, per bot
     */
    public List<Finding> recheckDuplicates(Collection<BigInteger> itemGuids) {
        if (itemGuids.isEmpty()) {
            return List.of();
        }
        try (SqlSession session = database.openSession()) {
            List<Finding> out = new ArrayList<>();
            Map<BigInteger, List<Holder>> byGuid = holders(session, itemGuids);
            byGuid.forEach((guid, holders) -> {
                if (holders.size() > 1) {
                    holders.forEach(h -> out.add(Checks.duplicate(h.botGuid(), h.place(), guid,
                            holders.stream().filter(o -> o != h).map(Holder::describe).toList())));
                }
            });
            session.rollback(true);
            return out;
        }
    }

    private FixOutcome applyOne(BotFix fix, Consumer<BotSnapshot> beforeFix) {
        BigInteger guid = fix.botGuid();
        try (SqlSession session = database.openSession()) {
            BotState state = session.getMapper(StateMapper.class).selectStateForUpdate(guid);
            List<InventoryItem> inventory = session.getMapper(InventoryMapper.class).selectInventoryForUpdate(guid);
            List<EquipmentItem> equipment = session.getMapper(EquipmentMapper.class).selectEquipmentForUpdate(guid);
            BotSnapshot current = state == null ? null : new BotSnapshot(state, inventory, equipment);
            boolean unchanged = fix.orphan()
                    ? state == null && sameInventory(inventory, fix.orphanInventory())
                            && sameEquipment(equipment, fix.orphanEquipment())
                    : fix.before().sameValues(current);
            if (!unchanged) {
                session.rollback(true);
                return new FixOutcome(guid, FixOutcome.Status.CHANGED_SINCE_PLAN, fix.sql(), fix.changes(),
                        List.of(), "Bot " + guid + " changed after the repair was planned; nothing was written."
                                + " Scan again to see its current problems.");
            }
            if (current != null) {
                beforeFix.accept(current);
            }
            for (PlannedStatement statement : fix.statements()) {
                session.update(statement.statementId(), statement.parameter());
            }
            List<Finding> remaining = check(session, guid);
            session.commit(true);
            return new FixOutcome(guid, FixOutcome.Status.FIXED, fix.sql(), fix.changes(), remaining, null);
        } catch (RuntimeException e) {
            return new FixOutcome(guid, FixOutcome.Status.FAILED, fix.sql(), fix.changes(), List.of(),
                    Failures.translate(e, "repairing bot " + guid).getMessage());
        }
    }

    /** Every rule one bot can be checked against on its own, inside the caller's transaction. */
    List<Finding> check(SqlSession session, BigInteger guid) {
        DoctorMapper doctor = session.getMapper(DoctorMapper.class);
        BotState state = session.getMapper(StateMapper.class).selectState(guid);
        if (state == null) {
            return doctor.orphans(guid).stream().map(Scan::orphan).toList();
        }
        BotSnapshot bot = new BotSnapshot(state, session.getMapper(InventoryMapper.class).selectInventory(guid),
                session.getMapper(EquipmentMapper.class).selectEquipment(guid));
        return Checks.bot(bot, limits, doctor.databaseNow());
    }

    private BotFix planBot(SqlSession session, BigInteger guid, Set<Rule> rules, Set<Place> removals,
            LocalDateTime now) {
        BotState state = session.getMapper(StateMapper.class).selectState(guid);
        List<InventoryItem> inventory = session.getMapper(InventoryMapper.class).selectInventory(guid);
        List<EquipmentItem> equipment = session.getMapper(EquipmentMapper.class).selectEquipment(guid);
        List<Change> changes = new ArrayList<>();
        List<PlannedStatement> statements = new ArrayList<>();
        if (state == null) {
            if (!rules.contains(Rule.ORPHAN_ROWS) || (inventory.isEmpty() && equipment.isEmpty())) {
                return null;
            }
            if (!inventory.isEmpty()) {
                statements.add(new PlannedStatement(INVENTORY + "deleteInventory", guid,
                        "remove the " + inventory.size() + " orphan inventory row(s) of bot " + guid));
                inventory.forEach(i -> changes.add(new Change(Place.inventory(i.bag(), i.slot(), null),
                        "item " + i.itemId(), DELETED)));
            }
            if (!equipment.isEmpty()) {
                statements.add(new PlannedStatement(EQUIPMENT + "deleteEquipment", guid,
                        "remove the " + equipment.size() + " orphan equipment row(s) of bot " + guid));
                equipment.forEach(e -> changes.add(new Change(Place.equipment(e.slot(), null),
                        "item " + e.itemId(), DELETED)));
            }
            return new BotFix(guid, rules, null, inventory, equipment, statements, bots.sqlFor(statements), changes);
        }
        BotSnapshot before = new BotSnapshot(state, inventory, equipment);
        BotSnapshot after = repair(before, rules, removals, now, changes);
        statements.addAll(ChangeSet.between(before, after).statements());
        if (rules.contains(Rule.UPDATED_IN_FUTURE) && state.lastUpdated() != null
                && state.lastUpdated().isAfter(now)) {
            statements.add(new PlannedStatement(DOCTOR + "touchState", guid,
                    "set last_updated of bot " + guid + " to the database's current time"));
            changes.add(new Change(Place.state("last_updated"), state.lastUpdated().toString(), "NOW()"));
        }
        if (statements.isEmpty()) {
            return null;
        }
        return new BotFix(guid, rules, before, List.of(), List.of(), statements, bots.sqlFor(statements), changes);
    }

    /** The bot with the fixes of {@code rules} applied to every value that breaks them. */
    BotSnapshot repair(BotSnapshot bot, Set<Rule> rules, Set<Place> removals, LocalDateTime now,
            List<Change> changes) {
        BotState s = bot.state();
        Set<Rule> broken = Checks.state(s, limits, now).stream().map(Finding::rule)
                .filter(rules::contains).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        float x = s.positionX();
        float y = s.positionY();
        float z = s.positionZ();
        long zone = s.zoneId();
        float facing = s.orientation();
        if (broken.contains(Rule.POSITION_OUT_OF_WORLD)) {
            SafePoint safe = SAFE_POINTS.get(s.mapId());
            if (safe != null) {
                x = safe.x();
                y = safe.y();
                z = safe.z();
                zone = safe.zoneId();
            } else {
                x = clampXy(x);
                y = clampXy(y);
                z = Float.isFinite(z) ? (float) Math.max(-limits.maxAbsZ(), Math.min(limits.maxAbsZ(), z)) : 0f;
            }
            changes.add(new Change(Place.state("position"), position(s.positionX(), s.positionY(), s.positionZ(),
                    s.zoneId()), position(x, y, z, zone) + (safe != null ? " (safe point of "
                    + World.mapLabel(s.mapId()) + ")" : " (clamped)")));
        }
        if (broken.contains(Rule.ORIENTATION_OUT_OF_RANGE)) {
            facing = wrapOrientation(facing);
            changes.add(new Change(Place.state("orientation"), Float.toString(s.orientation()),
                    Float.toString(facing)));
        }
        if (broken.contains(Rule.ZONE_NOT_ON_MAP) && !World.zoneFitsMap(s.mapId(), zone)) {
            long newZone = SAFE_POINTS.containsKey(s.mapId()) ? SAFE_POINTS.get(s.mapId()).zoneId()
                    : World.zonesOf(s.mapId()).keySet().iterator().next();
            changes.add(new Change(Place.state("zone_id"), World.zoneLabel(zone), World.zoneLabel(newZone)));
            zone = newZone;
        }
        int level = s.level();
        if (broken.contains(Rule.LEVEL_OUT_OF_RANGE)) {
            level = Math.max(1, Math.min(limits.maxLevel(), level));
            changes.add(new Change(Place.state("level"), String.valueOf(s.level()), String.valueOf(level)));
        }
        BigInteger gold = s.goldCopper();
        if (broken.contains(Rule.GOLD_OVER_CAP)) {
            gold = limits.goldCap();
            changes.add(new Change(Place.state("gold_copper"), s.goldCopper().toString(), gold.toString()));
        }
        long health = s.health();
        if (broken.contains(Rule.HEALTH_WRAPPED)) {
            health = 1;
            changes.add(new Change(Place.state("health"), String.valueOf(s.health()), "1"));
        }
        long mana = s.mana();
        if (broken.contains(Rule.MANA_WRAPPED)) {
            mana = 0;
            changes.add(new Change(Place.state("mana"), String.valueOf(s.mana()), "0"));
        }
        BotState state = s.withPosition(x, y, z, s.mapId(), zone, facing).withGold(gold)
                .withVitals(health, mana, level);

        List<InventoryItem> kept = new ArrayList<>();
        List<InventoryItem> homeless = new ArrayList<>();
        for (InventoryItem i : bot.inventory()) {
            Place where = Place.inventory(i.bag(), i.slot(), null);
            if (removals.contains(Place.inventory(i.bag(), i.slot(), "item_guid"))) {
                changes.add(new Change(where, "item " + i.itemId() + " (guid " + i.itemGuid() + ", a duplicate)",
                        DELETED));
                continue;
            }
            Set<Rule> wrong = rulesOf(Checks.inventory(i), rules);
            if (wrong.contains(Rule.INVENTORY_ITEM_ID_ZERO)) {
                changes.add(new Change(where, "item 0", DELETED));
                continue;
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
        List<EquipmentItem> worn = new ArrayList<>();
        for (EquipmentItem e : bot.equipment()) {
            Place where = Place.equipment(e.slot(), null);
            if (removals.contains(Place.equipment(e.slot(), "item_guid"))) {
                changes.add(new Change(where, "item " + e.itemId() + " (guid " + e.itemGuid() + ", a duplicate)",
                        DELETED));
                continue;
            }
            Set<Rule> wrong = rulesOf(Checks.equipment(e), rules);
            if (wrong.contains(Rule.EQUIPMENT_ITEM_ID_ZERO)) {
                changes.add(new Change(where, "item 0", DELETED));
                continue;
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
                // Unequipped into the bags, as the game does with an item that cannot be worn.
                homeless.add(new InventoryItem(fixed.botGuid(), -1, fixed.slot(), fixed.itemId(), fixed.itemGuid(), 1,
                        fixed.enchantments(), fixed.durability(), null));
            } else {
                worn.add(fixed);
            }
        }
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
        return new BotSnapshot(state, kept, worn);
    }

    private Map<BigInteger, Set<Place>> duplicateRemovals(SqlSession session, Set<BigInteger> duplicated) {
        Map<BigInteger, Set<Place>> removals = new HashMap<>();
        if (duplicated.isEmpty()) {
            return removals;
        }
        holders(session, duplicated).forEach((itemGuid, holders) -> {
            List<Holder> ordered = holders.stream().sorted(KEEP_FIRST).toList();
            for (Holder h : ordered.subList(1, ordered.size())) {
                removals.computeIfAbsent(h.botGuid(), g -> new HashSet<>()).add(h.place());
            }
        });
        return removals;
    }

    /** The copy that stays: an equipped one first, then the lowest bot guid, bag and slot. */
    static final Comparator<Holder> KEEP_FIRST = Comparator.comparing((Holder h) -> !h.equipped())
            .thenComparing(Holder::botGuid)
            .thenComparing(h -> h.bag() == null ? -1 : h.bag())
            .thenComparingInt(Holder::slot);

    private static Map<BigInteger, List<Holder>> holders(SqlSession session, Collection<BigInteger> itemGuids) {
        List<BigInteger> all = new ArrayList<>(itemGuids);
        Map<BigInteger, List<Holder>> byGuid = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i += 1000) {
            for (Holder h : session.getMapper(DoctorMapper.class).holders(all.subList(i, Math.min(all.size(),
                    i + 1000)))) {
                byGuid.computeIfAbsent(h.itemGuid(), g -> new ArrayList<>()).add(h);
            }
        }
        return byGuid;
    }

    private static Set<BigInteger> guidsAt(BotSnapshot bot, Place place) {
        Set<BigInteger> out = new LinkedHashSet<>();
        if (place.table() == Place.Table.INVENTORY) {
            bot.itemAt(place.bag(), place.slot()).ifPresent(i -> out.add(i.itemGuid()));
        } else if (place.table() == Place.Table.EQUIPMENT) {
            bot.equippedAt(place.slot()).ifPresent(e -> out.add(e.itemGuid()));
        }
        return out;
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

    private float clampXy(float v) {
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

    private static boolean sameInventory(List<InventoryItem> a, List<InventoryItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameValues(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEquipment(List<EquipmentItem> a, List<EquipmentItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameValues(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
