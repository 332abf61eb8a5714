package pbi.dao.mapper;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Holder;
import pbi.dao.domain.ItemDigest;
import pbi.dao.domain.Orphan;
import pbi.dao.domain.Prefilter;
import pbi.dao.domain.ScanArea;

/** The doctor's read-only scan queries. */
public interface DoctorMapper {

    LocalDateTime databaseNow();

    long connectionId();

    /** Lets a bot's folded rows exceed MariaDB's 1 MB default; a truncated fold is detected anyway. */
    void allowLongConcat();

    /** Stops the statement running on another connection of ours; how a scan is cancelled. */
    void killQuery(@Param("connectionId") long connectionId);

    long countBots(@Param("scope") ScanArea scope);

    /** State rows that may break a state rule, streamed. */
    void scanStates(@Param("scope") ScanArea scope, @Param("pre") Prefilter prefilter, ResultHandler<BotState> handler);

    /** The bot guid at this position in guid order, to split a scan into two parallel halves. */
    BigInteger guidAt(@Param("scope") ScanArea scope, @Param("offset") long offset);

    /** Each bot's inventory folded into one row, for bot guids in [from, to) (null: unbounded), streamed. */
    void inventoryDigests(@Param("scope") ScanArea scope, @Param("from") BigInteger from, @Param("to") BigInteger to,
            ResultHandler<ItemDigest> handler);

    void equipmentDigests(@Param("scope") ScanArea scope, @Param("from") BigInteger from, @Param("to") BigInteger to,
            ResultHandler<ItemDigest> handler);

    /** Every inventory and equipment row holding one of the item guids. */
    List<Holder> holders(@Param("itemGuids") Collection<BigInteger> itemGuids);

    void stateGuids(ResultHandler<BigInteger> handler);

    List<Orphan> orphans(@Param("botGuid") BigInteger botGuid);
}
