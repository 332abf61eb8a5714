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
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.session.ResultContext;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.Holder;
import pbi.dao.domain.ItemDigest;
import pbi.dao.domain.Orphan;
import pbi.dao.domain.Prefilter;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.mapper.DoctorMapper;
import pbi.dao.mapper.EquipmentMapper;
import pbi.dao.mapper.InventoryMapper;
import pbi.dao.world.ItemCatalog;

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
    /** Below this many bots one stream is quick enough, and a second connection costs more than it saves. */
    static long parallelMinBots = 5_000;

    private final Database database;
    private final Limits limits;
    private final Scope scope;
    private final ScanListener listener;
    private final ItemCatalog items;
    private volatile String itemRulesSkipped;
    private final Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
    private final Set<BigInteger> flaggedBots = new HashSet<>();
    private volatile boolean cancelled;
    private volatile long connectionId = -1;
    private volatile long helperConnectionId = -1;
    private volatile Thread scanThread;

    Scan(Database database, Limits limits, Scope scope, ScanListener listener, ItemCatalog items) {
        this.database = database;
        this.limits = limits;
        this.scope = scope;
        this.listener = listener;
        this.items = items;
    }

    /** Stops the scan soon: the running query is killed on the server and {@link #call()} returns, cancelled. */
    public void cancel() {
        cancelled = true;
        for (long id : new long[] {connectionId, helperConnectionId}) {
            if (id > 0) {
                try (SqlSession session = database.openSession()) {
                    session.getMapper(DoctorMapper.class).killQuery(id);
                } catch (RuntimeException e) {
                    LOG.debug("Could not kill the scan's query on connection {}", id, e);
                }
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public ScanSummary call() {
        long start = System.nanoTime();
        scanThread = Thread.currentThread();
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
                Duration.ofNanos(System.nanoTime() - start), itemRulesSkipped);
    }

    private void run(SqlSession session) {
        DoctorMapper doctor = session.getMapper(DoctorMapper.class);
        connectionId = doctor.connectionId();
        doctor.allowLongConcat();
        LocalDateTime now = doctor.databaseNow();
        listener.progress(0, "Checking positions, levels, gold and vitals");
        doctor.scanStates(scope.area(), Prefilter.of(limits), ctx -> {
            stopIfCancelled(ctx);
            Checks.state(ctx.getResultObject(), limits, now).forEach(this::emit);
        });
        if (cancelled) {
            return;
        }
        long bots = Math.max(1, doctor.countBots(scope.area()));
        Set<BigInteger> stateGuids;
        if (scope.whole()) {
            Set<BigInteger> guids = new HashSet<>();
            doctor.stateGuids(ctx -> guids.add(ctx.getResultObject()));
            stateGuids = guids;
        } else {
            stateGuids = null;
        }
        Part first = new Part();
        Part second = new Part();
        AtomicLong seen = new AtomicLong();
        Runnable tick = () -> {
            long n = seen.incrementAndGet();
            if (n % 2000 == 0 && Thread.currentThread() == scanThread) {
                listener.progress(0.05 + 0.85 * Math.min(1, n / (2.0 * bots)), "Checking inventories and equipment");
            }
        };
        listener.progress(0.05, "Checking inventories and equipment");
        // The server folds one stream per connection with one thread; two halves of the guid range use two.
        BigInteger split = bots >= parallelMinBots && scope.botGuid() == null ? doctor.guidAt(scope.area(), bots / 2)
                : null;
        Thread helper = null;
        Throwable[] helperFailure = new Throwable[1];
        if (split != null) {
            helper = new Thread(() -> {
                try {
                    readSecondHalf(second, split, stateGuids, tick);
                } catch (Throwable t) {
                    helperFailure[0] = t;
                }
            }, "pbi-doctor-scan");
            helper.setDaemon(true);
            helper.start();
        }
        first.read(doctor, null, split, stateGuids, tick);
        if (helper != null) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                return;
            }
            if (helperFailure[0] instanceof RuntimeException e) {
                throw e;
            } else if (helperFailure[0] != null) {
                throw new IllegalStateException(helperFailure[0]);
            }
        }
        if (cancelled) {
            return;
        }
        GuidCollector itemGuids = first.itemGuids;
        itemGuids.addAll(second.itemGuids);
        Set<BigInteger> inventorySuspects = new LinkedHashSet<>(first.inventorySuspects);
        inventorySuspects.addAll(second.inventorySuspects);
        Set<BigInteger> equipmentSuspects = new LinkedHashSet<>(first.equipmentSuspects);
        equipmentSuspects.addAll(second.equipmentSuspects);
        Set<BigInteger> guidsMissing = new HashSet<>(first.inventoryGuidsMissing);
        guidsMissing.addAll(second.inventoryGuidsMissing);
        Set<BigInteger> equipmentGuidsMissing = new HashSet<>(first.equipmentGuidsMissing);
        equipmentGuidsMissing.addAll(second.equipmentGuidsMissing);
        Map<BigInteger, long[]> orphanRows = new TreeMap<>(first.orphanRows);
        second.orphanRows.forEach((g, rows) -> orphanRows.merge(g, rows, (x, y) -> new long[] {x[0] + y[0],
            x[1] + y[1]}));
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
        listener.progress(0.97, "Checking items against the world database");
        try {
            itemRulesSkipped = ItemScan.run(session.getConnection(), scope, items, guid -> new ItemScan.BotItems(
                    inventory.selectInventory(guid), equipment.selectEquipment(guid)), this::emit, () -> cancelled)
                    .orElse(null);
        } catch (SQLException e) {
            throw Failures.translate(e, "checking the items of " + scope.describe());
        }
        listener.progress(1, "Done");
    }

    /** The upper half of the guid range, on a connection and read-only transaction of its own. */
    private void readSecondHalf(Part part, BigInteger from, Set<BigInteger> stateGuids, Runnable tick)
            throws SQLException {
        try (SqlSession session = database.openSession()) {
            Connection connection = session.getConnection();
            connection.setReadOnly(true);
            try {
                DoctorMapper doctor = session.getMapper(DoctorMapper.class);
                helperConnectionId = doctor.connectionId();
                doctor.allowLongConcat();
                if (!cancelled) {
                    part.read(doctor, from, null, stateGuids, tick);
                }
            } finally {
                helperConnectionId = -1;
                session.rollback(true);
                connection.setReadOnly(false);
            }
        }
    }

    /** What one stream of folded rows found. */
    private final class Part {
        final GuidCollector itemGuids = new GuidCollector();
        final Set<BigInteger> inventorySuspects = new LinkedHashSet<>();
        final Set<BigInteger> equipmentSuspects = new LinkedHashSet<>();
        final Set<BigInteger> inventoryGuidsMissing = new HashSet<>();
        final Set<BigInteger> equipmentGuidsMissing = new HashSet<>();
        final Map<BigInteger, long[]> orphanRows = new TreeMap<>();

        void read(DoctorMapper doctor, BigInteger from, BigInteger to, Set<BigInteger> known, Runnable tick) {
            doctor.inventoryDigests(scope.area(), from, to, ctx -> {
                stopIfCancelled(ctx);
                ItemDigest d = ctx.getResultObject();
                if (known != null && !known.contains(d.botGuid())) {
                    orphanRows.computeIfAbsent(d.botGuid(), g -> new long[2])[0] = d.rows();
                }
                boolean guidsRead = Folded.readGuids(d.itemGuids(), d.rows(), itemGuids);
                if (!guidsRead) {
                    inventoryGuidsMissing.add(d.botGuid());
                }
                if (!guidsRead || d.badRows() > 0
                        || !Folded.plainEnchantments(d.enchantments(), d.enchantmentCount())) {
                    inventorySuspects.add(d.botGuid());
                }
                tick.run();
            });
            if (cancelled) {
                return;
            }
            doctor.equipmentDigests(scope.area(), from, to, ctx -> {
                stopIfCancelled(ctx);
                ItemDigest d = ctx.getResultObject();
                if (known != null && !known.contains(d.botGuid())) {
                    orphanRows.computeIfAbsent(d.botGuid(), g -> new long[2])[1] = d.rows();
                }
                boolean guidsRead = Folded.readGuids(d.itemGuids(), d.rows(), itemGuids);
                if (!guidsRead) {
                    equipmentGuidsMissing.add(d.botGuid());
                }
                if (!guidsRead || d.badRows() > 0
                        || !Folded.plainEnchantments(d.enchantments(), d.enchantmentCount())
                        || !Folded.plainGems(d.gems(), d.gemCount())) {
                    equipmentSuspects.add(d.botGuid());
                }
                tick.run();
            });
        }
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
                        ? "this bot's " + Place.of(o).describe().replace(" (item_guid)", "") : Place.describe(o)).toList();
                emit(Checks.duplicate(h.botGuid(), Place.of(h), itemGuid, others));
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
