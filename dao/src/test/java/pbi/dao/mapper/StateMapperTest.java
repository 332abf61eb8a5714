package pbi.dao.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class StateMapperTest {

    private static final BigInteger GUID = BigInteger.valueOf(42);
    private SqlSession session;
    private StateMapper mapper;

    @BeforeEach
    void openSession() {
        TestDatabase.reset();
        session = TestDatabase.database().openSession();
        mapper = session.getMapper(StateMapper.class);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void insertedStateReadsBackWithEveryColumnAndATimestamp() {
        BotState state = Bots.state(42);

        int inserted = mapper.insertState(state);
        BotState read = mapper.selectState(GUID);

        assertThat(inserted).isEqualTo(1);
        assertThat(read.sameValues(state)).isTrue();
        assertThat(read.lastUpdated()).isNotNull();
    }

    @Test
    void selectForUpdateReadsTheSameRow() {
        mapper.insertState(Bots.state(42));

        BotState locked = mapper.selectState(GUID, true);

        assertThat(locked).isEqualTo(mapper.selectState(GUID));
    }

    @Test
    void missingBotReadsAsNullAndUpdatesNothing() {
        assertThat(mapper.selectState(GUID)).isNull();
        assertThat(mapper.updateGold(GUID, BigInteger.TEN)).isZero();
        assertThat(mapper.deleteState(GUID)).isZero();
    }

    @Test
    void updatePositionChangesOnlyThePositionColumns() {
        BotState state = Bots.state(42);
        mapper.insertState(state);
        BotState moved = state.withPosition(1, 2, 3, 571, 4395, 0.5f).withGold(BigInteger.ONE);

        mapper.updatePosition(moved);

        assertThat(mapper.selectState(GUID).sameValues(moved.withGold(state.goldCopper()))).isTrue();
    }

    @Test
    void updateGoldChangesOnlyGoldAndHoldsTheLargestUnsignedValue() {
        BotState state = Bots.state(42);
        mapper.insertState(state);

        mapper.updateGold(GUID, ColumnRanges.MAX_BIGINT_UNSIGNED);

        assertThat(mapper.selectState(GUID).sameValues(state.withGold(ColumnRanges.MAX_BIGINT_UNSIGNED))).isTrue();
    }

    @Test
    void updateFullStateWritesEveryValueColumn() {
        mapper.insertState(Bots.state(42));
        BotState changed = Bots.state(42).withPosition(-1.5f, 2.25f, -300.125f, 1, 1637, 3.14159f)
                .withGold(BigInteger.valueOf(77)).withVitals(4_294_967_295L, 0, 80);

        mapper.updateFullState(changed);

        assertThat(mapper.selectState(GUID).sameValues(changed)).isTrue();
    }

    @Test
    void updateStateColumnsWritesOnlyThePatchedColumns() {
        BotState state = Bots.state(42);
        mapper.insertState(state);
        session.commit(true);
        BotState edited = state.withVitals(state.health(), state.mana(), 61);
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 42");

        int rows = mapper.updateStateColumns(GUID, Tables.STATE.changes(state, edited));

        assertThat(rows).isEqualTo(1);
        assertThat(mapper.selectState(GUID).sameValues(state.withVitals(state.health(), 1, 61)))
                .as("the other connection's mana survives a level-only patch").isTrue();
    }

    @Test
    void deleteStateRemovesTheRow() {
        mapper.insertState(Bots.state(42));
        mapper.insertState(Bots.state(43));

        int deleted = mapper.deleteState(GUID);

        assertThat(deleted).isEqualTo(1);
        assertThat(mapper.selectState(GUID)).isNull();
        assertThat(mapper.selectState(BigInteger.valueOf(43))).isNotNull();
    }
}
