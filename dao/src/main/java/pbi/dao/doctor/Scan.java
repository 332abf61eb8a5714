package pbi.dao.doctor;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.ibatis.session.ResultContext;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.mapper.DoctorMapper;
import pbi.dao.mapper.EquipmentMapper;
import pbi.dao.mapper.InventoryMapper;

/**
 * One scan, run once with {@link #call()} on a background thread and cancellable from any other thread. It reads
 * in one read-only transaction, so it never writes and sees one consistent snapshot of the three tables.
 *
 * <p>The passes: suspicious state rows (SQL WHERE), then inventory and equipment each read once and folded per
 * bot by the server, then the bots whose folds looked wrong are read row by row and judged by {@link Checks}, then
 * the duplicate item guids are located.
 */
public final class Scan implements Callable<ScanSummary> {

    private static final Logger LOG = LoggerFactory.getLogger(Scan.class);
    private static final int IN_LIST_CHUNK = 1000;

    private final Database database;
    private final Limits limits;
    private final Scope scope;
    private final ScanListener listener;
    private final Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
    private final Set<BigInteger> flaggedBots = new HashSet<>();
    private volatile boolean cancelled;
    private volatile long connectionId = -1;

    Scan(Database database, Limits limits, Scope scope, ScanListener listener) {
        this.database = database;
        this.limits = limits;
        this.scope = scope;
        this.listener = listener;
    }

    /** Stops the scan soon: the running query is killed on the server and {@link #call()} returns, cancelled. */
    public void cancel() {
        cancelled = true;
        long id = connectionId;
        if (id > 0) {
            try (SqlSession session = database.openSession()) {
                session.getMapper(DoctorMapper.class).killQuery(id);
            } catch (RuntimeException e) {
                LOG.debug("Could not kill the scan's query on connection {}", id, e);
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public ScanSummary call() {
        long start = System.nanoTime();
        try (SqlSession session = database.openSession()) {
            Connection connection = session.getConnection();
            connection.setReadOnly(true);
            try {
                run(session);
            } finally {
                connectionId = -1;
                session.rollback(true);
                connection.setReadOnly(false);
            }
        } catch (RuntimeException | SQLException e) {
            if (!cancelled) {
                throw Failures.translate(e, "scanning " + scope.describe());
            }
            LOG.debug("Scan cancelled", e);
        }
        return new ScanSummary(scope, counts, flaggedBots.size(), cancelled,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void run(SqlSession session) {
        DoctorMapper doctor = session.getMapper(DoctorMapper.class);
        connectionId = doctor.connectionId();
        doctor.allowLongConcat();
        LocalDateTime now = doctor.databaseNow();
        listener.progress(0, "Checking positions, levels, gold and vitals");
        doctor.scanStates(scope, Prefilter.of(limits), ctx -> {
            stopIfCancelled(ctx);
            Checks.state(ctx.getResultObject(), limits, now).forEach(this::emit);
        });
        if (cancelled) {
            return;
        }
        long bots = Math.max(1, doctor.countBots(scope));
        Set<BigInteger> stateGuids = null;
        if (scope.whole()) {
            Set<BigInteger> guids = new HashSet<>();
            doctor.stateGuids(ctx -> guids.add(ctx.getResultObject()));
            stateGuids = guids;
        }
        GuidCollector itemGuids = new GuidCollector();
        Set<BigInteger> inventorySuspects = new LinkedHashSet<>();
        Set<BigInteger> equipmentSuspects = new LinkedHashSet<>();
        Set<BigInteger> guidsMissing = new HashSet<>();
        Set<BigInteger> equipmentGuidsMissing = new HashSet<>();
        Map<BigInteger, long[]> orphanRows = new TreeMap<>();
        Set<BigInteger> known = stateGuids;
        long[] seen = {0};
        listener.progress(0.05, "Checking inventories");
        doctor.inventoryDigests(scope, ctx -> {
            stopIfCancelled(ctx);
            ItemDigest d = ctx.getResultObject();
            if (known != null && !known.contains(d.botGuid())) {
                orphanRows.computeIfAbsent(d.botGuid(), g -> new long[2])[0] = d.rows();
            }
            boolean guidsRead = Folded.readGuids(d.itemGuids(), d.rows(), itemGuids);
            if (!guidsRead) {
                guidsMissing.add(d.botGuid());
            }
            if (!guidsRead || d.badRows() > 0 || !Folded.plainEnchantments(d.enchantments(), d.enchantmentCount())) {
                inventorySuspects.add(d.botGuid());
            }
            if (++seen[0] % 2000 == 0) {
                listener.progress(0.05 + 0.75 * Math.min(1, seen[0] / (double) bots), "Checking inventories");
            }
        });
        if (cancelled) {
            return;
        }
        listener.progress(0.8, "Checking equipment");
        doctor.equipmentDigests(scope, ctx -> {
            stopIfCancelled(ctx);
            ItemDigest d = ctx.getResultObject();
            if (known != null && !known.contains(d.botGuid())) {
                orphanRows.computeIfAbsent(d.botGuid(), g -> new long[2])[1] = d.rows();
            }
            boolean guidsRead = Folded.readGuids(d.itemGuids(), d.rows(), itemGuids);
            if (!guidsRead) {
                equipmentGuidsMissing.add(d.botGuid());
            }
            if (!guidsRead || d.badRows() > 0 || !Folded.plainEnchantments(d.enchantments(), d.enchantmentCount())
                    || !Folded.plainGems(d.gems(), d.gemCount())) {
                equipmentSuspects.add(d.botGuid());
            }
        });
        if (cancelled) {
            return;
        }
        listener.progress(0.92, "Checking suspicious items");
        InventoryMapper inventory = session.getMapper(InventoryMapper.class);
        for (BigInteger guid : inventorySuspects) {
            if (cancelled) {
                return;
            }
            List<InventoryItem> rows = inventory.selectInventory(guid);
            rows.forEach(i -> Checks.inventory(i).forEach(this::emit));
            if (guidsMissing.contains(guid)) {
                // The fold's guids could not be read (truncated by the server); take them from the rows.
                rows.forEach(i -> itemGuids.add(i.itemGuid().longValue()));
            }
        }
        EquipmentMapper equipment = session.getMapper(EquipmentMapper.class);
        for (BigInteger guid : equipmentSuspects) {
            if (cancelled) {
                return;
            }
            List<EquipmentItem> rows = equipment.selectEquipment(guid);
            rows.forEach(e -> Checks.equipment(e).forEach(this::emit));
            if (equipmentGuidsMissing.contains(guid)) {
                rows.forEach(e -> itemGuids.add(e.itemGuid().longValue()));
            }
        }
        listener.progress(0.95, "Looking for duplicated items");
        List<BigInteger> duplicated = itemGuids.duplicates();
        if (!duplicated.isEmpty()) {
            emitDuplicates(doctor, duplicated);
        }
        if (scope.whole()) {
            orphanRows.forEach((guid, rows) -> emit(orphan(new Orphan(guid, rows[0], rows[1]))));
        } else if (scope.botGuid() != null) {
            doctor.orphans(scope.botGuid()).forEach(o -> emit(orphan(o)));
        }
        listener.progress(1, "Done");
    }

    private void emitDuplicates(DoctorMapper doctor, List<BigInteger> duplicated) {
        Map<BigInteger, List<Holder>> byGuid = new LinkedHashMap<>();
        for (int i = 0; i < duplicated.size(); i += IN_LIST_CHUNK) {
            for (Holder h : doctor.holders(duplicated.subList(i, Math.min(duplicated.size(), i + IN_LIST_CHUNK)))) {
                byGuid.computeIfAbsent(h.itemGuid(), g -> new ArrayList<>()).add(h);
            }
        }
        byGuid.forEach((itemGuid, holders) -> {
            if (holders.size() < 2) {
                return;
            }
            for (Holder h : holders) {
                List<String> others = holders.stream().filter(o -> o != h).map(o -> o.botGuid().equals(h.botGuid())
                        ? "this bot's " + o.place().describe().replace(" (item_guid)", "") : o.describe()).toList();
                emit(Checks.duplicate(h.botGuid(), h.place(), itemGuid, others));
            }
        });
    }

    static Finding orphan(Orphan o) {
        return new Finding(o.botGuid(), Rule.ORPHAN_ROWS, Place.state(null),
                "no state row, but " + o.inventoryRows() + " inventory row(s) and " + o.equipmentRows()
                        + " equipment row(s)", o.inventoryRows() + " inventory, " + o.equipmentRows() + " equipment");
    }

    private void emit(Finding finding) {
        counts.merge(finding.rule(), 1, Integer::sum);
        flaggedBots.add(finding.botGuid());
        listener.finding(finding);
    }

    private void stopIfCancelled(ResultContext<?> ctx) {
        if (cancelled) {
            ctx.stop();
        }
    }
}
