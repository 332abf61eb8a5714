package pbi.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sliding window over keyset pages, on a plain list of numbers; no toolkit, no database. */
class KeysetWindowTest {

    private static final int ROWS = 1_000;
    private static final int PAGE = 50;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final KeysetWindow<Integer> window = new KeysetWindow<>(TaskRunner.direct(), dialogs, "numbers", 200);
    private boolean failNext;

    private final KeysetWindow.Source<Integer> numbers = new KeysetWindow.Source<>() {
        @Override
        public long count() {
            return ROWS;
        }

        @Override
        public List<Integer> first() {
            return after(0);
        }

        @Override
        public List<Integer> after(Integer last) {
            if (failNext) {
                throw new IllegalStateException("the server went away");
            }
            return IntStream.rangeClosed(last + 1, Math.min(last + PAGE, ROWS)).boxed().toList();
        }

        @Override
        public List<Integer> before(Integer first) {
            return IntStream.iterate(first - 1, i -> i >= Math.max(1, first - PAGE), i -> i - 1).boxed().toList();
        }

        @Override
        public int pageSize() {
            return PAGE;
        }
    };

    @Test
    void scrollingToTheEndKeepsAtMostTheCapAndScrollingBackReturnsToTheStart() {
        window.reset(numbers);
        assertThat(window.rows()).hasSize(PAGE);
        assertThat(window.totalProperty().get()).isEqualTo(ROWS);

        while (window.moreAfterProperty().get()) {
            window.loadNext();
            assertThat(window.rows().size()).isLessThanOrEqualTo(200);
        }
        assertThat(window.rows().get(window.rows().size() - 1)).isEqualTo(ROWS);
        assertThat(window.firstRowIndexProperty().get()).isEqualTo(ROWS - 200);
        assertThat(window.rows().get(0)).isEqualTo(ROWS - 200 + 1);

        while (window.moreBeforeProperty().get()) {
            window.loadPrevious();
        }
        assertThat(window.rows().get(0)).isEqualTo(1);
        assertThat(window.firstRowIndexProperty().get()).isZero();
        assertThat(window.rows()).isSorted();
    }

    @Test
    void aFailedPageSaysWhatCouldNotBeLoadedAndKeepsTheRows() {
        window.reset(numbers);
        failNext = true;

        window.loadNext();

        assertThat(dialogs.shown).containsExactly("error: Cannot load more numbers: the server went away");
        assertThat(window.rows()).hasSize(PAGE);
        assertThat(window.loadingProperty().get()).isFalse();
    }

    @Test
    void aLongFailureIsCutAndNamesTheLogFile() {
        String shown = Messages.of(new IllegalStateException("x".repeat(700)));

        assertThat(shown).endsWith("… (details are in the log, " + LogFile.path() + ")");
        assertThat(LogFile.path().toString()).contains("target");
    }
}
