package pbi.dao.mapper;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.CharacterInfo;
import pbi.dao.domain.ZoneCount;

/** The queries behind browsing: counts per zone, keyset pages, totals. */
public interface BrowseMapper {

    List<ZoneCount> countByMapAndZone();

    // MyBatis reads only the components of a record, not its other getters, so the derived cursor value and LIKE
    // pattern are passed as parameters of their own.
    default List<BotRow> selectPage(BotQuery query, boolean withCharacters) {
        return selectPage(query, withCharacters, query.getCursorValue(), query.getNameLike());
    }

    List<BotRow> selectPage(@Param("query") BotQuery query, @Param("withCharacters") boolean withCharacters,
            @Param("cursorValue") Object cursorValue, @Param("nameLike") String nameLike);

    default long countBots(BotQuery query, boolean withCharacters) {
        return countBots(query, withCharacters, query.getNameLike());
    }

    long countBots(@Param("query") BotQuery query, @Param("withCharacters") boolean withCharacters,
            @Param("nameLike") String nameLike);

    /** 1 when the database has TrinityCore's {@code characters} table with the columns we read, else 0. */
    int charactersTableExists();

    /** How many of the three playerbot tables exist in the current database. */
    int playerbotTableCount();

    CharacterInfo selectCharacter(BigInteger guid);
}
