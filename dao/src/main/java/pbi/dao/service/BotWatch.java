package pbi.dao.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.RowsStamp;
import pbi.dao.mapper.WatchMapper;

/**
 * Notices changes other connections make to a bot while it is open: one light query per bot per poll
 * ({@link #stamp}) and, only when that differs from the last one, a full read with its stamp ({@link #observe}).
 * Never locks and never writes.
 */
public final class BotWatch {

    /** The largest number of bots {@link #states} asks for in one statement. */
    public static final int MAX_STATES = 1_000;

    private final Database database;

    public BotWatch(Database database) {
        this.database = database;
    }

    /** A bot as the database holds it and the stamp of exactly that version (null bot: it is gone). */
    public record Observed(BotSnapshot bot, List<RowsStamp> stamp) {
    }

    /** Count, newest timestamp and checksum of the bot's rows in each table; one round trip. */
    public List<RowsStamp> stamp(BigInteger guid) {
        try (SqlSession session = database.openSession()) {
            List<RowsStamp> stamp = session.getMapper(WatchMapper.class).selectStamps(guid);
            session.commit();
            return stamp;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "checking bot " + guid + " for changes");
        }
    }

    /**
     * The bot's rows and their stamp in one transaction: InnoDB reads both from one snapshot, so the stamp belongs
     * to this version and a change made between the two reads cannot be missed.
     */
    public Observed observe(BigInteger guid) {
        try (SqlSession session = database.openSession()) {
            List<RowsStamp> stamp = session.getMapper(WatchMapper.class).selectStamps(guid);
            BotSnapshot bot = BotService.rows(session, guid, false).snapshot();
            session.commit();
            return new Observed(bot, stamp);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "reading bot " + guid);
        }
    }

    /** The state rows of the bots, for refreshing the rows a table shows; at most {@link #MAX_STATES} at a time. */
    public List<BotState> states(List<BigInteger> guids) {
        List<BotState> all = new ArrayList<>(guids.size());
        if (guids.isEmpty()) {
            return all;
        }
        try (SqlSession session = database.openSession()) {
            WatchMapper mapper = session.getMapper(WatchMapper.class);
            for (int from = 0; from < guids.size(); from += MAX_STATES) {
                all.addAll(mapper.selectStates(guids.subList(from, Math.min(guids.size(), from + MAX_STATES))));
            }
            session.commit();
            return all;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "reading the state of " + guids.size() + " bots");
        }
    }
}
