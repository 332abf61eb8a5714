package pbi.dao.mapper;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import pbi.dao.doctor.Holder;
import pbi.dao.doctor.ItemDigest;
import pbi.dao.doctor.Orphan;
import pbi.dao.doctor.Prefilter;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotState;

/** The doctor's read-only scan queries, plus the one write a fix needs that the other mappers lack. */
public interface DoctorMapper {

    LocalDateTime databaseNow();

    long connectionId();

    /** Lets a bot's folded rows exceed MariaDB's 1 MB default; a truncated fold is detected anyway. */
    void allowLongConcat();

    /** Stops the statement running on another connection of ours; how a scan is cancelled. */
    void killQuery(@Param("connectionId") long connectionId);

    long countBots(@Param("scope") Scope scope);

    /** State rows that may break a state rule, streamed. */
    void scanStates(@Param("scope") Scope scope, @Param("pre") Prefilter prefilter, ResultHandler<BotState> handler);

    void inventoryDigests(@Param("scope") Scope scope, ResultHandler<ItemDigest> handler);

    void equipmentDigests(@Param("scope") Scope scope, ResultHandler<ItemDigest> handler);

    /** Every inventory and equipment row holding one of the item guids. */
    List<Holder> holders(@Param("itemGuids") Collection<BigInteger> itemGuids);

    void stateGuids(ResultHandler<BigInteger> handler);

    List<Orphan> orphans(@Param("botGuid") BigInteger botGuid);

    /** The fix for a {@code last_updated} in the future. */
    int touchState(BigInteger botGuid);
}
