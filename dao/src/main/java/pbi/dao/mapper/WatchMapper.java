package pbi.dao.mapper;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.domain.BotState;
import pbi.dao.domain.RowsStamp;

/** The light reads of a live watch: is a bot still as it was, and what do the table's rows hold now. */
public interface WatchMapper {

    /** Three rows (state, inventory, equipment): count, newest last_updated and a checksum of the values. */
    List<RowsStamp> selectStamps(BigInteger botGuid);

    /** The state rows of the given bots, by primary key; bots without one are left out. */
    List<BotState> selectStates(@Param("guids") List<BigInteger> guids);
}
