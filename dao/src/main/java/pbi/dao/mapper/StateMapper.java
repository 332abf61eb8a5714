package pbi.dao.mapper;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.columns.Assignment;
import pbi.dao.domain.BotState;
import pbi.dao.domain.RowStamp;

/** Statements on {@code playerbot_state}; the PBDB_*_BOT_STATE family of the server. */
public interface StateMapper {

    /** SEL_BOT_STATE. */
    default BotState selectState(BigInteger botGuid) {
        return selectState(botGuid, false);
    }

    /** SEL_BOT_STATE; with {@code lock}, FOR UPDATE: the first lock of a unit of work on a bot. */
    BotState selectState(@Param("botGuid") BigInteger botGuid, @Param("lock") boolean lock);

    /** INS_BOT_STATE. */
    int insertState(BotState state);

    /** UPD_BOT_POSITION. */
    int updatePosition(BotState state);

    /** UPD_BOT_GOLD. */
    int updateGold(@Param("botGuid") BigInteger botGuid, @Param("goldCopper") BigInteger goldCopper);

    /** UPD_BOT_FULL_STATE. */
    int updateFullState(BotState state);

    /** Writes only the columns a save changed. */
    int updateStateColumns(@Param("botGuid") BigInteger botGuid, @Param("set") List<Assignment> set);

    /** The last_updated of every row of the bot in all three tables, in one round trip. */
    List<RowStamp> selectRowStamps(BigInteger botGuid);

    /** Sets last_updated to the database's clock; the doctor's fix for a timestamp in the future. */
    int touchState(BigInteger botGuid);

    /** DEL_BOT_STATE. */
    int deleteState(BigInteger botGuid);
}
