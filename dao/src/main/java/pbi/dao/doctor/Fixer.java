package pbi.dao.doctor;

import java.math.BigInteger;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.db.Retry;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Orphan;
import pbi.dao.mapper.DoctorMapper;
import pbi.dao.mapper.EquipmentMapper;
import pbi.dao.mapper.InventoryMapper;
import pbi.dao.mapper.StateMapper;
import pbi.dao.service.BotRows;
import pbi.dao.service.BotService;
import pbi.dao.service.ChangeSet;
import pbi.dao.service.LockedWrite;
import pbi.dao.service.PlannedStatement;
import pbi.dao.service.Write;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemChecks;

/**
 * Plans and applies repairs. {@link #plan} reads the affected bots and computes, per bot, the repaired bot
 * ({@link Repairs}, pure) and the exact statements with their values before and after; {@link #apply} writes each
 * bot's statements through {@link BotService#writeIfUnchanged}, the same lock-compare-write as a save, in one
 * transaction per bot, and checks the bot again before committing.
 */
public final class Fixer {

    private final Database database;
    private final Limits limits;
    private final BotService bots;
    private final ItemCatalog items;

    Fixer(Database database, Doctor doctor) {
        this.database = database;
        this.limits = doctor.limits();
        this.bots = new BotService(database).as("doctor fix");
        this.items = doctor.items() != null && doctor.items().available() ? doctor.items() : null;
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
            Map<BigInteger, Set<Place>> removals = Duplicates.removals(session, duplicated);
            removals.keySet().forEach(g -> rulesByBot.computeIfAbsent(g, x -> EnumSet.noneOf(Rule.class))
                    .add(Rule.DUPLICATE_ITEM_GUID));
            LocalDateTime now = session.getMapper(DoctorMapper.class).databaseNow();
            boolean characters = items != null && ItemScan.hasCharacters(session.getConnection());
            for (Map.Entry<BigInteger, Set<Rule>> e : rulesByBot.entrySet()) {
                BigInteger guid = e.getKey();
                BotRows rows = new BotRows(guid, session.getMapper(StateMapper.class).selectState(guid),
                        session.getMapper(InventoryMapper.class).selectInventory(guid),
                        session.getMapper(EquipmentMapper.class).selectEquipment(guid));
                Integer classId = characters ? ItemScan.classOf(session.getConnection(), guid) : null;
                BotFix fix = planBot(rows, e.getValue(), removals.getOrDefault(guid, Set.of()), now, classId);
                if (fix != null) {
                    planned.add(fix);
                }
            }
            session.rollback(true);
        } catch (RuntimeException | SQLException e) {
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
     * alone. Failures of one bot do not stop the others, except a lost connection: it has been retried once, so
     * the server is gone, and every later bot would wait for it in vain; they are reported {@code NOT_TRIED}.
     *
     * @param beforeFix receives each bot's version from just before its fix, inside the transaction; if it throws,
     *                  that bot's fix is rolled back (this is where the JSON history is written)
     * @param onEach receives each bot's outcome as it lands
     */
    public List<FixOutcome> apply(FixPlan plan, Consumer<BotSnapshot> beforeFix, Consumer<FixOutcome> onEach) {
        List<FixOutcome> outcomes = new ArrayList<>();
        Set<BigInteger> duplicatedGuids = new TreeSet<>();
        FixOutcome stoppedBy = null;
        for (BotFix fix : plan.bots()) {
            if (fix.rules().contains(Rule.DUPLICATE_ITEM_GUID) && fix.before() != null) {
                fix.changes().stream().filter(c -> Repairs.DELETED.equals(c.after()))
                        .forEach(c -> duplicatedGuids.addAll(Duplicates.guidsAt(fix.before(), c.place())));
            }
            FixOutcome outcome;
            if (stoppedBy == null) {
                Attempt attempt = applyOne(fix, beforeFix);
                outcome = attempt.outcome();
                stoppedBy = attempt.connectionLost() ? outcome : null;
            } else {
                outcome = notTried(fix, stoppedBy);
            }
            outcomes.add(outcome);
            onEach.accept(outcome);
        }
        if (stoppedBy != null) {
            // The re-check of duplicates needs the server; the outcomes already say what was written.
            return outcomes;
        }
        Map<BigInteger, List<Finding>> stillDuplicated;
        try {
            stillDuplicated = recheckDuplicates(duplicatedGuids).stream()
                    .collect(Collectors.groupingBy(Finding::botGuid));
        } catch (RuntimeException e) {
            // Everything is committed by now: a failed re-check must not lose what the outcomes say was written.
            return outcomes;
        }
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
            List<Finding> out = Duplicates.findings(session, itemGuids);
            session.rollback(true);
            return out;
        }
    }

    private Attempt applyOne(BotFix fix, Consumer<BotSnapshot> beforeFix) {
        BigInteger guid = fix.botGuid();
        try {
            LockedWrite result = bots.writeIfUnchanged(guid, rows -> stillAsPlanned(fix, rows),
                    rows -> fix.statements(), before -> {
                        if (before != null) {
                            beforeFix.accept(before);
                        }
                    }, LockedWrite.ReadBack.ROWS, "repairing bot " + guid);
            if (!result.written()) {
                return new Attempt(new FixOutcome(guid, FixOutcome.Status.CHANGED_SINCE_PLAN, fix.sql(),
                        fix.changes(), List.of(), "Bot " + guid + " changed after the repair was planned; nothing"
                                + " was written. Scan again to see its current problems."), false);
            }
            return new Attempt(fixed(fix, result), false);
        } catch (RuntimeException e) {
            DatabaseException failure = Failures.translate(e, "repairing bot " + guid);
            FixOutcome.Status status = failure.getCause() instanceof Retry.CommitOutcomeUnknown
                    ? FixOutcome.Status.OUTCOME_UNKNOWN : FixOutcome.Status.FAILED;
            return new Attempt(new FixOutcome(guid, status, fix.sql(), fix.changes(), List.of(),
                    failure.getMessage()), failure.kind() == DatabaseException.Kind.CONNECTION);
        }
    }

    /** Committed: the re-check reads the class again, and losing the server then does not undo "repaired". */
    private FixOutcome fixed(BotFix fix, LockedWrite result) {
        try {
            return new FixOutcome(fix.botGuid(), FixOutcome.Status.FIXED, fix.sql(), fix.changes(),
                    check(result.after(), result.databaseNow()), null);
        } catch (RuntimeException e) {
            return new FixOutcome(fix.botGuid(), FixOutcome.Status.FIXED, fix.sql(), fix.changes(), List.of(),
                    "Bot " + fix.botGuid() + " was repaired, but checking it again failed: "
                            + Failures.translate(e, "checking bot " + fix.botGuid()).getMessage());
        }
    }

    /** One bot's outcome, and whether it failed because the server could not be reached or was lost. */
    private record Attempt(FixOutcome outcome, boolean connectionLost) {
    }

    private static FixOutcome notTried(BotFix fix, FixOutcome stoppedBy) {
        return new FixOutcome(fix.botGuid(), FixOutcome.Status.NOT_TRIED, fix.sql(), fix.changes(), List.of(),
                "Bot " + fix.botGuid() + " was not tried: the connection to the server was lost while repairing bot "
                        + stoppedBy.botGuid() + ". Nothing was written for it; run the same repair again to finish.");
    }

    private static boolean stillAsPlanned(BotFix fix, BotRows rows) {
        if (fix.orphan()) {
            return rows.state() == null && sameInventory(rows.inventory(), fix.orphanInventory())
                    && sameEquipment(rows.equipment(), fix.orphanEquipment());
        }
        return fix.before().sameValues(rows.snapshot());
    }

    /** Every rule one bot can be checked against on its own. */
    private List<Finding> check(BotRows rows, LocalDateTime now) {
        if (rows.state() == null) {
            return rows.isEmpty() ? List.of() : List.of(Scan.orphan(new Orphan(rows.guid(),
                    rows.inventory().size(), rows.equipment().size())));
        }
        List<Finding> findings = new ArrayList<>(Checks.bot(rows.snapshot(), limits, now));
        if (items != null) {
            Integer classId = classOf(rows.guid());
            ItemChecks.check(rows.inventory(), rows.equipment(), classId, items)
                    .forEach(f -> findings.add(ItemScan.finding(rows.guid(), f)));
        }
        return findings;
    }

    private Integer classOf(BigInteger guid) {
        try (SqlSession session = database.openSession()) {
            Integer classId = ItemScan.hasCharacters(session.getConnection())
                    ? ItemScan.classOf(session.getConnection(), guid) : null;
            session.rollback(true);
            return classId;
        } catch (SQLException e) {
            throw Failures.translate(e, "reading the class of bot " + guid);
        }
    }

    private BotFix planBot(BotRows rows, Set<Rule> rules, Set<Place> removals, LocalDateTime now,
            Integer classId) {
        BigInteger guid = rows.guid();
        if (rows.state() == null) {
            return rules.contains(Rule.ORPHAN_ROWS) && !rows.isEmpty() ? planOrphan(rows, rules) : null;
        }
        BotSnapshot before = rows.snapshot();
        Repairs.Repair repair = Repairs.repair(before, rules, removals, now, limits);
        ItemFixes.Result itemFix = ItemFixes.apply(repair.after(), rules, classId, items);
        List<Change> changes = new ArrayList<>(repair.changes());
        changes.addAll(itemFix.changes());
        List<PlannedStatement> statements = new ArrayList<>(ChangeSet.between(before, itemFix.after())
                .statements());
        if (repair.touch()) {
            statements.add(new PlannedStatement(Write.TOUCH_STATE, guid,
                    "set last_updated of bot " + guid + " to the database's current time"));
        }
        if (statements.isEmpty()) {
            return null;
        }
        return new BotFix(guid, rules, before, List.of(), List.of(), statements, bots.sqlFor(statements), changes);
    }

    private BotFix planOrphan(BotRows rows, Set<Rule> rules) {
        BigInteger guid = rows.guid();
        List<Change> changes = new ArrayList<>();
        List<PlannedStatement> statements = new ArrayList<>();
        if (!rows.inventory().isEmpty()) {
            statements.add(new PlannedStatement(Write.DELETE_INVENTORY, guid,
                    "remove the " + rows.inventory().size() + " orphan inventory row(s) of bot " + guid));
            rows.inventory().forEach(i -> changes.add(new Change(Place.inventory(i.bag(), i.slot(), null),
                    "item " + i.itemId(), Repairs.DELETED)));
        }
        if (!rows.equipment().isEmpty()) {
            statements.add(new PlannedStatement(Write.DELETE_EQUIPMENT, guid,
                    "remove the " + rows.equipment().size() + " orphan equipment row(s) of bot " + guid));
            rows.equipment().forEach(e -> changes.add(new Change(Place.equipment(e.slot(), null),
                    "item " + e.itemId(), Repairs.DELETED)));
        }
        return new BotFix(guid, rules, null, rows.inventory(), rows.equipment(), statements,
                bots.sqlFor(statements), changes);
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
