package pbi.dao.mapper;

import java.math.BigInteger;
import org.apache.ibatis.annotations.Param;
import java.util.List;
import pbi.dao.domain.BotState;
import pbi.dao.domain.RowStamp;
import pbi.dao.domain.StatePatch;

/** Statements on {@code playerbot_state}; the PBDB_*_BOT_STATE family of the server. */
public interface StateMapper {

    /** SEL_BOT_STATE. */
    BotState selectState(BigInteger botGuid);

    /** SEL_BOT_STATE with a row lock, for the conflict check inside a save. */
    BotState selectStateForUpdate(BigInteger botGuid);

    /** INS_BOT_STATE. */
    int insertState(BotState state);

    /** UPD_BOT_POSITION. */
    int updatePosition(BotState state);

    /** UPD_BOT_GOLD. */
    int updateGold(@Param("botGuid") BigInteger botGuid, @Param("goldCopper") BigInteger goldCopper);

    /** UPD_BOT_FULL_STATE. */
    int updateFullState(BotState state);

    /** Writes only the columns a save changed. */
    int updateStateColumns(@Param("botGuid") BigInteger botGuid, @Param("patch") StatePatch patch);

    /** The last_updated of every row of the bot in all three tables, in one round trip. */
    List<RowStamp> selectRowStamps(BigInteger botGuid);

    /** DEL_BOT_STATE. */
    int deleteState(BigInteger botGuid);
}
