package pbi.dao.service;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.db.Retry;
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
        return read("counting bots per zone", BrowseMapper::countByMapAndZone);
    }

    /** One keyset page. Pass the last row of a page to {@link BotQuery#after} to get the next one. */
    public List<BotRow> page(BotQuery query) {
        boolean characters = withCharacters(query);
        return read("reading a page of bots",
                mapper -> mapper.selectPage(characters ? query : withoutNameSort(query), characters));
    }

    /** How many bots match the query's filters, ignoring its cursor and limit. */
    public long count(BotQuery query) {
        boolean characters = withCharacters(query);
        return read("counting bots", mapper -> mapper.countBots(query, characters));
    }

    public Optional<CharacterInfo> character(BigInteger guid) {
        if (!database.hasCharactersTable()) {
            return Optional.empty();
        }
        return Optional.ofNullable(read("reading the character of bot " + guid,
                mapper -> mapper.selectCharacter(guid)));
    }

    /** A read on a session of its own, run once more if the pool handed out a connection that had died. */
    private <T> T read(String doing, java.util.function.Function<BrowseMapper, T> work) {
        try {
            return Retry.once(() -> {
                try (SqlSession session = database.openSession()) {
                    return work.apply(session.getMapper(BrowseMapper.class));
                }
            });
        } catch (RuntimeException e) {
            throw Failures.translate(e, doing);
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
