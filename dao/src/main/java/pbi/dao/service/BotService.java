package pbi.dao.service;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.Differences;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.RowStamp;
import pbi.dao.mapper.EquipmentMapper;
import pbi.dao.mapper.InventoryMapper;
import pbi.dao.mapper.StateMapper;

/**
 * Loads, saves and deletes whole bots. Every public method is one unit of work: it opens a session, commits or
 * rolls back, and closes it. Any failure rolls the unit back and surfaces as a {@link DatabaseException}.
 */
public final class BotService {

    private final Database database;

    public BotService(Database database) {
        this.database = database;
    }

    /** The bot's state, inventory and equipment, read in one transaction so the three agree. */
    public Optional<BotSnapshot> load(BigInteger botGuid) {
        try (SqlSession session = database.openSession()) {
            BotSnapshot bot = read(session, botGuid, false);
            session.commit();
            return Optional.ofNullable(bot);
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
        try (SqlSession session = database.openBatchSession()) {
            BotSnapshot current = read(session, guid, true);
            boolean unchanged = loaded == null ? current == null : loaded.sameValues(current);
            if (!unchanged && !overwrite) {
                session.rollback(true);
                return new SaveOutcome.Conflict(current, Differences.between(loaded, current));
            }
            ChangeSet changes = ChangeSet.between(current, edited);
            if (!changes.isEmpty()) {
                beforeWrite.accept(current);
            }
            run(session, changes);
            // The rows are still locked, so their values are exactly the edit's; only the timestamps the server set
            // are read back (one light query instead of re-reading the whole bot, which cost a third of a save).
            BotSnapshot saved = changes.isEmpty() ? current
                    : stamped(edited, session.getMapper(StateMapper.class).selectRowStamps(guid));
            session.commit(true);
            return new SaveOutcome.Saved(saved, changes.statements().size());
        } catch (RuntimeException e) {
            throw Failures.translate(e, "saving bot " + guid);
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
            run(session, ChangeSet.replace(bot));
            session.commit(true);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "writing bot " + bot.guid());
        }
    }

    /**
     * Deletes the bot from all three tables in one transaction.
     *
     * @return false when there was nothing to delete
     */
    public boolean delete(BigInteger botGuid) {
        try (SqlSession session = database.openSession()) {
            int rows = session.getMapper(InventoryMapper.class).deleteInventory(botGuid)
                    + session.getMapper(EquipmentMapper.class).deleteEquipment(botGuid)
                    + session.getMapper(StateMapper.class).deleteState(botGuid);
            session.commit(true);
            return rows > 0;
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
            int rows = session.getMapper(StateMapper.class).updateGold(botGuid, goldCopper);
            session.commit(true);
            return rows > 0;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "updating the gold of bot " + botGuid);
        }
    }

    /** UPD_BOT_POSITION on its own: x, y, z, map, zone and orientation of {@code state}. */
    public boolean updatePosition(BotState state) {
        try (SqlSession session = database.openSession()) {
            int rows = session.getMapper(StateMapper.class).updatePosition(state);
            session.commit(true);
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
            BoundSql bound = statement.getBoundSql(planned.parameter());
            lines.add(inline(configuration, bound, planned.parameter()));
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

    static void run(SqlSession session, ChangeSet changes) {
        for (PlannedStatement planned : changes.statements()) {
            session.update(planned.statementId(), planned.parameter());
        }
        session.flushStatements();
    }

    static BotSnapshot read(SqlSession session, BigInteger guid, boolean lock) {
        StateMapper states = session.getMapper(StateMapper.class);
        InventoryMapper inventory = session.getMapper(InventoryMapper.class);
        EquipmentMapper equipment = session.getMapper(EquipmentMapper.class);
        BotState state = lock ? states.selectStateForUpdate(guid) : states.selectState(guid);
        // Child rows are read (and locked) even without a state row, so that orphans count as "the bot exists".
        var items = lock ? inventory.selectInventoryForUpdate(guid) : inventory.selectInventory(guid);
        var worn = lock ? equipment.selectEquipmentForUpdate(guid) : equipment.selectEquipment(guid);
        if (state == null) {
            return null;
        }
        return new BotSnapshot(state, items, worn);
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
        List<String> problems = ColumnRanges.problems(bot);
        if (!problems.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "Bot " + bot.guid() + " has values its columns cannot hold: " + String.join("; ", problems));
        }
    }
}
