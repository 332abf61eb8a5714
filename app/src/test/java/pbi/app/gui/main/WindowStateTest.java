package pbi.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowStateTest {

    private final Path dir = Path.of("target", "window-state-test");

    @Test
    void theDefaultIs1400By900OrNinetyPercentOfASmallerScreen() {
        assertThat(WindowState.defaultFor(1920, 1080)).extracting(WindowState::width, WindowState::height)
                .containsExactly(1400.0, 900.0);
        assertThat(WindowState.defaultFor(1366, 768)).extracting(WindowState::width, WindowState::height)
                .containsExactly(1229.0, 691.0);
        assertThat(WindowState.defaultFor(1366, 768).x()).isNaN();
    }

    @Test
    void sizePositionMaximizedAndDividersSurviveARestart() throws Exception {
        Path file = dir.resolve("roundtrip.properties");
        Files.deleteIfExists(file);
        WindowState state = new WindowState(40, 30, 1200, 800, true, Map.of()).withDivider("table", 0.42)
                .withDivider("tree", 0.18);

        state.save(file);

        assertThat(WindowState.load(file)).isEqualTo(state);
    }

    @Test
    void aMissingOrBrokenFileMeansTheDefault() throws Exception {
        Files.createDirectories(dir);
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "width=wide\nheight=\n");

        assertThat(WindowState.load(dir.resolve("none.properties"))).isNull();
        assertThat(WindowState.load(broken)).isNull();
    }

    @Test
    void aSavedWindowOffTheScreenOrLargerThanItIsBroughtBack() {
        WindowState saved = new WindowState(3000, 40, 2500, 1400, false, Map.of("table", 0.4));

        WindowState fitted = saved.fittedTo(0, 0, 1366, 768);

        assertThat(fitted.x()).isNaN();
        assertThat(fitted.width()).isEqualTo(1366);
        assertThat(fitted.height()).isEqualTo(768);
        assertThat(fitted.dividers()).containsEntry("table", 0.4);
        assertThat(new WindowState(100, 50, 1000, 700, false, Map.of()).fittedTo(0, 0, 1920, 1080).x())
                .isEqualTo(100);
    }
}
