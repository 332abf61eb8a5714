package pbi.dao.bulk;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.service.ChangeSet;
import pbi.dao.service.SaveOutcome;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemLookup;

/**
 * Bulk edits: choose bots, plan the edits (the dry run), and apply the plan one bot per transaction through
 * {@link BotService#save}, so every bot gets the same lock-compare-write, history and checks as a save from the
 * editor. A bot that changed after the dry run is a conflict and is left alone.
 */
public final class Bulk {

    /** Reports how far a dry run or an apply has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void at(int done, int total);
    }

    private static final int PAGE = 1_000;

    private final Database database;
    private final Limits limits;
    private final ItemCatalog items;
    private final BotService bots;

    /** @param items the realm's items, or null without world data (then durability cannot be repaired) */
    public Bulk(Database database, Limits limits, ItemCatalog items) {
        this.database = database;
        this.limits = limits;
        this.items = items;
        this.bots = new BotService(database).as("bulk");
    }

    /** What is wrong with the edits before anything is read; see {@link BulkEdits#problems}. */
    public List<String> problems(List<BulkEdit> edits) {
        boolean needsItems = edits.stream().anyMatch(e -> e instanceof BulkEdit.RepairDurability);
        boolean available = !needsItems || (items != null && items.available());
        String reason = items == null ? "no world database was given" : available ? null
                : items.unavailableReason().orElse("no world data");
        return BulkEdits.problems(edits, limits, available, reason);
    }

    /** The guids a selection names, in order; for {@link Selection.Guids}, as given (missing ones included). */
    public List<BigInteger> select(Selection selection) {
        if (selection instanceof Selection.Guids g) {
            return List.copyOf(new LinkedHashSet<>(g.guids()));
        }
        if (selection instanceof Selection.RuleFindings r) {
            Scope scope = r.mapId() == null ? Scope.wholeDatabase()
                    : r.zoneId() == null ? Scope.map(r.mapId()) : Scope.zone(r.mapId(), r.zoneId());
            Set<BigInteger> found = new TreeSet<>();
            for (Finding f : new Doctor(database, limits, items).scan(scope)) {
                if (f.rule() == r.rule()) {
                    found.add(f.botGuid());
                }
            }
            return List.copyOf(found);
        }
        BotQuery query = selection instanceof Selection.Filter f ? f.query()
                : BotQuery.zone(((Selection.Area) selection).mapId(), ((Selection.Area) selection).zoneId());
        BrowseService browse = new BrowseService(database);
        BotQuery paged = query.sortedBy(pbi.dao.domain.BotSort.GUID, false).withLimit(PAGE);
        List<BigInteger> out = new ArrayList<>();
        List<BotRow> page = browse.page(paged);
        while (!page.isEmpty()) {
            page.forEach(row -> out.add(row.botGuid()));
            if (page.size() < PAGE) {
                break;
            }
            page = browse.page(paged.after(page.get(page.size() - 1)));
        }
        return out;
    }

    /**
     * The dry run: reads every chosen bot and works out its changes and their exact SQL. Writes nothing.
     *
     * @throws IllegalArgumentException with the first problem when the edits cannot be planned
     */
    public BulkPlan plan(Selection selection, List<BulkEdit> edits, Progress progress, BooleanSupplier cancelled) {
        List<String> problems = problems(edits);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        ItemLookup lookup = items != null && items.available() ? items : entry -> Optional.empty();
        List<BigInteger> guids = select(selection);
        List<BotChange> planned = new ArrayList<>(guids.size());
        boolean stopped = false;
        for (int i = 0; i < guids.size(); i++) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            planned.add(planOne(guids.get(i), edits, lookup));
            progress.at(i + 1, guids.size());
        }
        return new BulkPlan(selection, edits, planned, stopped);
    }

    private BotChange planOne(BigInteger guid, List<BulkEdit> edits, ItemLookup lookup) {
        Optional<BotSnapshot> loaded = bots.load(guid);
        if (loaded.isEmpty()) {
            return new BotChange(guid, BotChange.Status.MISSING, null, null, List.of("not in the database"),
                    List.of());
        }
        BotSnapshot before = loaded.get();
        BulkEdits.Result result = BulkEdits.apply(before, edits, lookup);
        ChangeSet changes = bots.plan(before, result.after());
        if (changes.statements().isEmpty()) {
            return new BotChange(guid, BotChange.Status.UNCHANGED, before, before, List.of(), List.of());
        }
        return new BotChange(guid, BotChange.Status.CHANGE, before, result.after(), result.changes(),
                bots.sqlFor(changes));
    }

    /**
     * Applies the plan, one transaction per bot, in plan order. Each bot is written only if the database still
     * holds exactly what the dry run read; otherwise it is a conflict and nothing is written to it. A failure of one
     * bot does not stop the others. Cancelling stops between two bots.
     *
     * @param beforeWrite receives each bot's version just before it is replaced, inside its transaction (the
     *                    history); if it throws, that bot is not written
     * @param onEach receives each bot's outcome as it lands
     */
    public BulkResult apply(BulkPlan plan, Consumer<BotSnapshot> beforeWrite, Consumer<BulkOutcome> onEach,
            Progress progress, BooleanSupplier cancelled) {
        List<BotChange> work = plan.toChange();
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new BulkResult(outcomes, true, work.size() - i);
            }
            BulkOutcome outcome = applyOne(work.get(i), beforeWrite);
            outcomes.add(outcome);
            onEach.accept(outcome);
            progress.at(i + 1, work.size());
        }
        return new BulkResult(outcomes, false, 0);
    }

    private BulkOutcome applyOne(BotChange change, Consumer<BotSnapshot> beforeWrite) {
        BigInteger guid = change.guid();
        try {
            SaveOutcome outcome = bots.save(change.before(), change.after(), false, beforeWrite);
            if (outcome instanceof SaveOutcome.Conflict conflict) {
                List<String> differences = conflict.current() == null ? List.of("the bot was deleted")
                        : conflict.differences();
                return new BulkOutcome(guid, BulkOutcome.Status.CONFLICT, "Bot " + guid + " changed after the dry"
                        + " run; nothing was written to it. Run the dry run again to see its current values.",
                        differences);
            }
            return new BulkOutcome(guid, BulkOutcome.Status.APPLIED, null, List.of());
        } catch (DatabaseException e) {
            return new BulkOutcome(guid, BulkOutcome.Status.FAILED, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            return new BulkOutcome(guid, BulkOutcome.Status.FAILED, "Bot " + guid + " was not written: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), List.of());
        }
    }
}
