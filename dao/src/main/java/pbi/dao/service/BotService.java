package pbi.dao.service;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.db.Retry;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.columns.Differences;
import pbi.dao.columns.Ranges;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.RowStamp;
import pbi.dao.mapper.DoctorMapper;
import pbi.dao.mapper.StateMapper;

/**
 * Loads, saves and deletes whole bots. Every public method is one unit of work: it opens a session, commits or
 * rolls back, and closes it. Any failure rolls the unit back and surfaces as a {@link DatabaseException}.
 */
public final class BotService {

    private final Database database;
    /** What the audit calls this service's writes; null: by method ("save", "delete"…). */
    private final String action;

    public BotService(Database database) {
        this(database, null);
    }

    private BotService(Database database, String action) {
        this.database = database;
        this.action = action;
    }

    /** The same service, whose writes the audit records as {@code action} ("restore", "doctor fix", "bulk"). */
    public BotService as(String action) {
        return new BotService(database, action);
    }

    /** The rows as the audit sees them: orphan child rows (the doctor removes them) as a bot without state. */
    private static BotSnapshot seen(BotRows rows) {
        return rows == null || rows.isEmpty() ? null : rows.state() != null ? rows.snapshot()
                : new BotSnapshot(null, rows.inventory(), rows.equipment());
    }

    private void audited(String byMethod, BigInteger guid, BotSnapshot before, BotSnapshot after) {
        database.committed(action == null ? byMethod : action, guid, before, after, null);
    }

    /** The bot's state, inventory and equipment, read in one transaction so the three agree. */
    public Optional<BotSnapshot> load(BigInteger botGuid) {
        try {
            return Retry.once(() -> {
                try (SqlSession session = database.openSession()) {
                    BotSnapshot bot = rows(session, botGuid, false).snapshot();
                    session.commit();
                    return Optional.ofNullable(bot);
                }
            });
        } catch (RuntimeException e) {
            throw Failures.translate(e, "loading bot " + botGuid);
        }
    }

    /**
     * Saves an edited bot in one transaction, writing only what changed since {@code loaded}.
     *
     * <p>The bot's rows are locked and compared with {@code loaded}, column by column, before anything is written.
     * If another client or the game server changed any of them, even a child row within the same second, nothing is
     * written and the differences are returned. With {@code overwrite}, the edit is applied against whatever the
     * database holds now.
     *
     * @param loaded the version the edit started from, or null for a bot that should not exist yet
     */
    public SaveOutcome save(BotSnapshot loaded, BotSnapshot edited, boolean overwrite) {
        return save(loaded, edited, overwrite, replaced -> { });
    }

    /**
     * The same, handing {@code beforeWrite} the version about to be replaced (null for a new bot) while its rows are
     * locked, just before anything is written: what a history of saves must keep. If it throws, nothing is written.
     */
    public SaveOutcome save(BotSnapshot loaded, BotSnapshot edited, boolean overwrite,
            Consumer<BotSnapshot> beforeWrite) {
        requireStorable(edited);
        BigInteger guid = edited.guid();
        // New items get realm-unique guids under the lock: a proposed guid may have been taken since the edit began.
        BotSnapshot[] written = {edited};
        LockedWrite result = writeIfUnchanged(guid,
                rows -> overwrite || (loaded == null ? rows.state() == null : loaded.sameValues(rows.snapshot())),
                (session, rows) -> ChangeSet.between(rows.snapshot(),
                        written[0] = ItemGuids.assign(session, rows, edited).bot()).statements(),
                beforeWrite, LockedWrite.ReadBack.STAMPS, "saving bot " + guid);
        BotSnapshot current = result.current().snapshot();
        if (!result.written()) {
            return new SaveOutcome.Conflict(current, Differences.between(loaded, current));
        }
        // The rows were still locked, so their values are exactly the edit's; only the timestamps the server set
        // were read back (one light query instead of re-reading the whole bot, which cost a third of a save).
        BotSnapshot saved = result.statements() == 0 ? current : stamped(written[0], result.stamps());
        if (result.statements() > 0) {
            audited("save", guid, current, saved);
        }
        return new SaveOutcome.Saved(saved, result.statements());
    }

    /**
     * "Apply my changes on top": writes, onto what the database holds now, only the fields and rows the edit changed
     * since {@code loaded} (a three-way {@link Merge}), with {@code choices} answering every place both sides
     * changed. Under the same lock-compare-write as {@link #save}: if the database no longer holds {@code theirs},
     * the version the choices were made against, nothing is written and the new conflict is returned.
     *
     * @param theirs the bot as the conflict showed it (null when it was deleted)
     */
    public SaveOutcome saveMerged(BotSnapshot loaded, BotSnapshot edited, BotSnapshot theirs,
            Map<String, Merge.Side> choices, Consumer<BotSnapshot> beforeWrite) {
        BotSnapshot merged = Merge.of(loaded, edited, theirs).result(choices);
        if (merged != null) {
            requireStorable(merged);
        }
        BigInteger guid = edited.guid();
        LockedWrite result = writeIfUnchanged(guid,
                rows -> theirs == null ? rows.state() == null : theirs.sameValues(rows.snapshot()),
                rows -> merged == null ? List.of() : rows.state() == null ? ChangeSet.replace(merged).statements()
                        : ChangeSet.between(rows.snapshot(), merged).statements(),
                beforeWrite, LockedWrite.ReadBack.STAMPS, "saving bot " + guid);
        BotSnapshot current = result.current().snapshot();
        if (!result.written()) {
            return new SaveOutcome.Conflict(current, Differences.between(theirs, current));
        }
        BotSnapshot saved = result.statements() == 0 ? current : stamped(merged, result.stamps());
        if (result.statements() > 0) {
            audited("save", guid, current, saved);
        }
        return new SaveOutcome.Saved(saved, result.statements());
    }

    /**
     * The one lock-compare-write path: in one transaction, locks every row of the bot (state, then inventory, then
     * equipment), and only if {@code expected} holds for them, hands {@code beforeWrite} the version about to be
     * replaced, runs the statements {@code plan} makes from them, reads back what {@code readBack} asks, and
     * commits. Saves and the doctor's repairs both write through here.
     *
     * @param beforeWrite receives the bot before the write (null when it has no state row) when there is anything
     *                    to write; if it throws, nothing is written
     * @param doing what is being done, for the error message: "saving bot 42"
     */
    public LockedWrite writeIfUnchanged(BigInteger guid, Predicate<BotRows> expected,
            Function<BotRows, List<PlannedStatement>> plan, Consumer<BotSnapshot> beforeWrite,
            LockedWrite.ReadBack readBack, String doing) {
        LockedWrite result = writeIfUnchanged(guid, expected, (session, rows) -> plan.apply(rows), beforeWrite,
                readBack, doing);
        if (result.written() && result.statements() > 0) {
            audited("write", guid, seen(result.current()), seen(result.after()));
        }
        return result;
    }

    /** The same, with a plan that may read within the transaction (a save checks its new item guids there). */
    LockedWrite writeIfUnchanged(BigInteger guid, Predicate<BotRows> expected,
            BiFunction<SqlSession, BotRows, List<PlannedStatement>> plan, Consumer<BotSnapshot> beforeWrite,
            LockedWrite.ReadBack readBack, String doing) {
        try {
            return Retry.once(() -> lockCompareWrite(guid, expected, plan, beforeWrite, readBack));
        } catch (Retry.CommitOutcomeUnknown e) {
            throw new DatabaseException(DatabaseException.Kind.CONNECTION, "The connection to the server was lost"
                    + " while " + doing + ", just as it was being committed: it may or may not have been written."
                    + " Reload the bot to see which; it is either all old or all new.", e);
        } catch (RuntimeException e) {
            throw Failures.translate(e, doing);
        }
    }

    private LockedWrite lockCompareWrite(BigInteger guid, Predicate<BotRows> expected,
            BiFunction<SqlSession, BotRows, List<PlannedStatement>> plan, Consumer<BotSnapshot> beforeWrite,
            LockedWrite.ReadBack readBack) {
        try (SqlSession session = database.openBatchSession()) {
            BotRows current = rows(session, guid, true);
            if (!expected.test(current)) {
                session.rollback(true);
                return new LockedWrite(current, false, 0, List.of(), null, null);
            }
            List<PlannedStatement> statements = plan.apply(session, current);
            if (!statements.isEmpty()) {
                beforeWrite.accept(current.snapshot());
            }
            run(session, statements);
            List<RowStamp> stamps = List.of();
            BotRows after = null;
            LocalDateTime now = null;
            if (readBack == LockedWrite.ReadBack.ROWS) {
                after = rows(session, guid, false);
                now = session.getMapper(DoctorMapper.class).databaseNow();
            } else if (!statements.isEmpty()) {
                stamps = session.getMapper(StateMapper.class).selectRowStamps(guid);
            }
            commit(session);
            return new LockedWrite(current, true, statements.size(), stamps, after, now);
        }
    }

    /** A commit whose answer is lost is not "nothing was written": it may have been. */
    private static void commit(SqlSession session) {
        try {
            session.commit(true);
        } catch (RuntimeException e) {
            if (Retry.answerLost(e)) {
                throw new Retry.CommitOutcomeUnknown(e);
            }
            throw e;
        }
    }

    /** What {@link #save} would run if the database still held {@code loaded}. */
    public ChangeSet plan(BotSnapshot loaded, BotSnapshot edited) {
        return ChangeSet.between(loaded, edited);
    }

    /** Replaces every row of the bot with {@code bot}, or creates it, in one transaction. */
    public void replace(BotSnapshot bot) {
        requireStorable(bot);
        try (SqlSession session = database.openBatchSession()) {
            run(session, ChangeSet.replace(bot).statements());
            session.commit(true);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "writing bot " + bot.guid());
        }
        audited("replace", bot.guid(), null, bot);
    }

    /**
     * Deletes the bot from all three tables in one transaction, taking the locks in the order every unit of work
     * takes them (state, inventory, equipment), so that it cannot deadlock with a save of the same bot.
     *
     * @return false when there was nothing to delete
     */
    public boolean delete(BigInteger botGuid) {
        try {
            return Retry.once(() -> {
                try (SqlSession session = database.openSession()) {
                    BotRows before = rows(session, botGuid, true);
                    int rows = 0;
                    for (PlannedStatement delete : ChangeSet.deleteAll(botGuid)) {
                        rows += delete.write().run(session, delete.parameter());
                    }
                    commit(session);
                    if (rows > 0) {
                        audited("delete", botGuid, seen(before), null);
                    }
                    return rows > 0;
                }
            });
        } catch (Retry.CommitOutcomeUnknown e) {
            throw new DatabaseException(DatabaseException.Kind.CONNECTION, "The connection to the server was lost"
                    + " while deleting bot " + botGuid + ", just as it was being committed: it may or may not be"
                    + " deleted. Reload to see which.", e);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "deleting bot " + botGuid);
        }
    }

    /** UPD_BOT_GOLD on its own. */
    public boolean updateGold(BigInteger botGuid, BigInteger goldCopper) {
        if (goldCopper.signum() < 0 || goldCopper.compareTo(ColumnRanges.MAX_BIGINT_UNSIGNED) > 0) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "Gold " + goldCopper + " copper does not fit the gold_copper column");
        }
        try (SqlSession session = database.openSession()) {
            BotRows before = rows(session, botGuid, true);
            int rows = session.getMapper(StateMapper.class).updateGold(botGuid, goldCopper);
            BotRows after = rows(session, botGuid, false);
            session.commit(true);
            if (rows > 0) {
                audited("set gold", botGuid, before.snapshot(), after.snapshot());
            }
            return rows > 0;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "updating the gold of bot " + botGuid);
        }
    }

    /** UPD_BOT_POSITION on its own: x, y, z, map, zone and orientation of {@code state}. */
    public boolean updatePosition(BotState state) {
        try (SqlSession session = database.openSession()) {
            BotRows before = rows(session, state.botGuid(), true);
            int rows = session.getMapper(StateMapper.class).updatePosition(state);
            BotRows after = rows(session, state.botGuid(), false);
            session.commit(true);
            if (rows > 0) {
                audited("move", state.botGuid(), before.snapshot(), after.snapshot());
            }
            return rows > 0;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "updating the position of bot " + state.botGuid());
        }
    }

    /** The exact SQL each planned statement runs, with its values written in, for review before a save. */
    public List<String> sqlFor(ChangeSet changes) {
        return sqlFor(changes.statements());
    }

    /** The exact SQL of any planned statements, with their values written in. */
    public List<String> sqlFor(List<PlannedStatement> statements) {
        Configuration configuration = database.sessionFactory().getConfiguration();
        List<String> lines = new ArrayList<>();
        for (PlannedStatement planned : statements) {
            MappedStatement statement = configuration.getMappedStatement(planned.statementId());
            Object parameter = planned.write().boundParameter(planned.parameter());
            lines.add(inline(configuration, statement.getBoundSql(parameter), parameter));
        }
        return lines;
    }

    private static String inline(Configuration configuration, BoundSql bound, Object parameter) {
        String sql = bound.getSql().replaceAll("\\s+", " ").trim();
        MetaObject meta = parameter == null ? null : configuration.newMetaObject(parameter);
        boolean simple = parameter != null
                && configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass());
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (ParameterMapping mapping : bound.getParameterMappings()) {
            int mark = sql.indexOf('?', next);
            String property = mapping.getProperty();
            Object value;
            if (bound.hasAdditionalParameter(property)) {
                value = bound.getAdditionalParameter(property);
            } else if (simple) {
                value = parameter;
            } else {
                value = meta.getValue(property);
            }
            out.append(sql, next, mark).append(literal(value));
            next = mark + 1;
        }
        return out.append(sql.substring(next)).append(';').toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof TemporalAccessor) {
            return "'" + value + "'";
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static void run(SqlSession session, List<PlannedStatement> statements) {
        for (PlannedStatement planned : statements) {
            planned.write().run(session, planned.parameter());
        }
        session.flushStatements();
    }

    /** Every row of the bot; with {@code lock}, locked in the one order: state, inventory, equipment. */
    static BotRows rows(SqlSession session, BigInteger guid, boolean lock) {
        return RowReader.rows(session, guid, lock);
    }

    /** {@code bot} with each row's last_updated as the database holds it. */
    static BotSnapshot stamped(BotSnapshot bot, List<RowStamp> stamps) {
        Map<Long, LocalDateTime> byKey = new HashMap<>();
        for (RowStamp s : stamps) {
            byKey.put(stampKey(s.part(), s.bag(), s.slot()), s.lastUpdated());
        }
        BotState state = bot.state().withLastUpdated(byKey.get(stampKey(RowStamp.STATE, 0, 0)));
        List<InventoryItem> items = new ArrayList<>(bot.inventory().size());
        for (InventoryItem i : bot.inventory()) {
            items.add(i.withLastUpdated(byKey.get(stampKey(RowStamp.INVENTORY, i.bag(), i.slot()))));
        }
        List<EquipmentItem> worn = new ArrayList<>(bot.equipment().size());
        for (EquipmentItem e : bot.equipment()) {
            worn.add(e.withLastUpdated(byKey.get(stampKey(RowStamp.EQUIPMENT, 0, e.slot()))));
        }
        return new BotSnapshot(state, items, worn);
    }

    private static long stampKey(int part, int bag, int slot) {
        return ((long) part << 16) | ((long) bag << 8) | slot;
    }

    private static void requireStorable(BotSnapshot bot) {
        List<String> problems = Ranges.problems(bot);
        if (!problems.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "Bot " + bot.guid() + " has values its columns cannot hold: " + String.join("; ", problems));
        }
    }

    /** The lowest item guid above every item in the realm now: a starting point for new items (checked again on save). */
    public BigInteger firstFreeItemGuid() {
        return new ItemGuids(database).propose(1).get(0);
    }
}
