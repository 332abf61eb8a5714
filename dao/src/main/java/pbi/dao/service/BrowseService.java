package pbi.dao.service;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.CharacterInfo;
import pbi.dao.domain.ZoneCount;
import pbi.dao.mapper.BrowseMapper;

/** Read-only queries for browsing bots by map and zone. */
public final class BrowseService {

    private final Database database;

    public BrowseService(Database database) {
        this.database = database;
    }

    /** Bot counts for every (map, zone) pair that has bots. */
    public List<ZoneCount> zoneCounts() {
        try (SqlSession session = database.openSession()) {
            return session.getMapper(BrowseMapper.class).countByMapAndZone();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "counting bots per zone");
        }
    }

    /** One keyset page. Pass the last row of a page to {@link BotQuery#after} to get the next one. */
    public List<BotRow> page(BotQuery query) {
        try (SqlSession session = database.openSession()) {
            boolean characters = withCharacters(query);
            return session.getMapper(BrowseMapper.class).selectPage(characters ? query : withoutNameSort(query),
                    characters);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "reading a page of bots");
        }
    }

    /** How many bots match the query's filters, ignoring its cursor and limit. */
    public long count(BotQuery query) {
        try (SqlSession session = database.openSession()) {
            return session.getMapper(BrowseMapper.class).countBots(query, withCharacters(query));
        } catch (RuntimeException e) {
            throw Failures.translate(e, "counting bots");
        }
    }

    public Optional<CharacterInfo> character(BigInteger guid) {
        if (!database.hasCharactersTable()) {
            return Optional.empty();
        }
        try (SqlSession session = database.openSession()) {
            return Optional.ofNullable(session.getMapper(BrowseMapper.class).selectCharacter(guid));
        } catch (RuntimeException e) {
            throw Failures.translate(e, "reading the character of bot " + guid);
        }
    }

    public boolean hasCharacters() {
        return database.hasCharactersTable();
    }

    /** Without a characters table every name is missing, so a name sort is a guid sort. */
    private static BotQuery withoutNameSort(BotQuery query) {
        if (!query.sort().needsCharacters()) {
            return query;
        }
        return new BotQuery(query.mapId(), query.zoneId(), query.guid(), query.namePrefix(), query.minLevel(),
                query.maxLevel(), query.minGold(), query.maxGold(), query.updatedSince(), BotSort.GUID,
                query.descending(), query.after(), query.limit());
    }

    private boolean withCharacters(BotQuery query) {
        return database.hasCharactersTable();
    }
}
