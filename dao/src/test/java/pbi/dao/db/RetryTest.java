package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 13, point 6: one more try after a dead connection, never after a commit whose answer was lost. */
class RetryTest {

    @Test
    void workThatFailedOnADeadConnectionRunsOnceMore() {
        AtomicInteger calls = new AtomicInteger();

        String result = Retry.once(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException(new SQLNonTransientConnectionException("gone", "08003"));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCommitWhoseAnswerWasLostIsNeverRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retry.once(() -> {
            calls.incrementAndGet();
            throw new Retry.CommitOutcomeUnknown(new SQLNonTransientConnectionException("gone", "08003"));
        })).isInstanceOf(Retry.CommitOutcomeUnknown.class);

        assertThat(calls).hasValue(1);
    }

    @Test
    void anErrorOfTheStatementItselfIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retry.once(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new SQLSyntaxErrorException("bad", "42000"));
        })).isInstanceOf(IllegalStateException.class);

        assertThat(calls).hasValue(1);
    }

    @Test
    void aSecondDeadConnectionReportsTheFirstFailure() {
        IllegalStateException first = new IllegalStateException(new SQLNonTransientConnectionException("a", "08003"));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retry.once(() -> {
            if (calls.incrementAndGet() == 1) {
                throw first;
            }
            throw new IllegalStateException(new SQLNonTransientConnectionException("b", "08003"));
        })).isSameAs(first);

        assertThat(calls).hasValue(2);
    }
}
