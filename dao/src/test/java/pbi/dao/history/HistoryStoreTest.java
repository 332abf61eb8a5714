package pbi.dao.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.testing.Bots;

class HistoryStoreTest {

    @TempDir
    Path dir;

    @Test
    void versionsAreListedNewestFirstAndReadBackExactly() {
        HistoryStore store = new HistoryStore(dir);
        BotSnapshot first = Bots.bot(7, 3, 2).withState(Bots.state(7).withGold(ColumnRanges.MAX_BIGINT_UNSIGNED)
                .withPosition(Float.MIN_VALUE, -0.0f, Float.MAX_VALUE, 0, 12, 6.2831855f));
        BotSnapshot second = Bots.bot(7, 1, 0);

        HistoryEntry older = store.write(first, "before save");
        HistoryEntry newer = store.write(second, "before fix state.gold_over_cap");

        assertThat(store.list(BigInteger.valueOf(7))).containsExactly(newer, older);
        assertThat(older.file()).startsWith(dir.resolve("7")).hasExtension("json");
        assertThat(store.read(older).sameValues(first)).isTrue();
        assertThat(store.read(newer).sameValues(second)).isTrue();
        assertThat(store.list(BigInteger.valueOf(8))).isEmpty();
    }

    @Test
    void aDamagedEntryIsStillListedByItsFileTime() throws Exception {
        HistoryStore store = new HistoryStore(dir);
        Files.createDirectories(dir.resolve("9"));
        Files.writeString(dir.resolve("9/20260101T000000.000Z.json"), "{ not json");

        assertThat(store.list(BigInteger.valueOf(9))).singleElement()
                .satisfies(e -> assertThat(e.reason()).isNull());
    }

    @Test
    void aStoreInADataHomeKeepsItsEntriesUnderHistory() {
        HistoryStore store = HistoryStore.inDataHome(dir);

        HistoryEntry entry = store.write(Bots.bot(5, 1, 1), "before save");

        assertThat(store.directory()).isEqualTo(dir.resolve("history"));
        assertThat(entry.file()).startsWith(dir.resolve("history").resolve("5"));
        assertThat(store.list(BigInteger.valueOf(5))).containsExactly(entry);
    }
}
