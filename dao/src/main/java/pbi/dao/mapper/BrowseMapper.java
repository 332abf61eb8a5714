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

    List<BotRow> selectPage(@Param("query") BotQuery query, @Param("withCharacters") boolean withCharacters);

    long countBots(@Param("query") BotQuery query, @Param("withCharacters") boolean withCharacters);

    /** 1 when the database has TrinityCore's {@code characters} table with the columns we read, else 0. */
    int charactersTableExists();

    /** How many of the three playerbot tables exist in the current database. */
    int playerbotTableCount();

    CharacterInfo selectCharacter(BigInteger guid);
}
