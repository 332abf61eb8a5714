package pbi.app.gui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import pbi.app.gui.common.TaskRunner;
import pbi.app.map.Java2dPainter;
import pbi.app.map.MapRequests;
import pbi.app.map.MapScene;
import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.Viewport;
import pbi.dao.service.MapService;
import pbi.dao.testing.TestDatabase;

/** The map's view model without a toolkit, on real bots: reading, switching to counts, gestures and callbacks. */
class MapViewModelTest {

    private final MapService service = new MapService(TestDatabase.database(), Atlas.standard(),
            Limits.wotlk().worldHalfExtent());
    private final MapViewModel model = new MapViewModel(TaskRunner.direct(), Limits.wotlk(), Atlas.standard());
    private final List<BigInteger> clicked = new ArrayList<>();
    private final List<MapViewModel.BotMove> moves = new ArrayList<>();

    @BeforeEach
    void bots() {
        TestDatabase.reset();
        TestDatabase.sql(
                "INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id, health,"
                        + " mana, level) VALUES (1, -9000, -500, 60, 0, 12, 1, 1, 10),"
                        + " (2, -9200, -900, 60, 0, 12, 1, 1, 0), (3, -12000, 9000, 0, 0, 12, 1, 1, 10)",
                "INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id, health,"
                        + " mana, level, gold_copper) VALUES (4, -9400, -300, 60, 0, 12, 1, 1, 10,"
                        + " 18446744073709551615)");
        model.setOnBotClicked(clicked::add);
        model.setOnBotMoved(moves::add);
        model.resize(1000, 700);
        model.connect(() -> service);
    }

    @Test
    void showingAZoneFramesItsRectangleAndDrawsItsBotsAsDots() {
        model.show(0, 12L);

        Viewport v = model.viewport();
        assertThat(v.visible().contains(-7939.58, 1535.42)).isTrue();
        assertThat(v.visible().contains(-10254.2, -1935.42)).isTrue();
        assertThat(model.picture().isDensity()).isFalse();
        assertThat(model.picture().dots()).hasSize(3);
        assertThat(hitGuids()).contains(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3), BigInteger.valueOf(4));
    }

    @Test
    void manyBotsInViewAreCountedPerCellAndZoomingInBringsBackDots() throws Exception {
        TestDatabase.sql("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                + " health, mana, level) SELECT 100 + seq, -9000.0 - CAST(seq % 1000 AS SIGNED),"
                + " -500.0 + CAST(seq % 997 AS SIGNED), 0, 0, 12, 1, 1, 5"
                + " FROM seq_1_to_" + (MapRequests.DOT_LIMIT + 500));
        model.show(0, 12L);
        assertThat(model.picture().isDensity()).isTrue();
        assertThat(model.picture().botsInView()).isEqualTo(MapRequests.DOT_LIMIT + 503);
        saveForPeople("map-density");

        Viewport v = model.viewport();
        model.zoom(40, v.screenX(-500), v.screenY(-9000));

        assertThat(model.picture().isDensity()).isFalse();
        assertThat(model.picture().dots()).isNotEmpty().hasSizeLessThan(MapRequests.DOT_LIMIT);
    }

    @Test
    void clickSelectsDragMovesIntoTheZoneItLandsInAndEscapeCancels() {
        model.show(0, 12L);
        Viewport v = model.viewport();
        double sx = v.screenX(-500);
        double sy = v.screenY(-9000);

        model.pointer().press(sx, sy);
        model.pointer().release(sx, sy);
        assertThat(clicked).containsExactly(BigInteger.ONE);

        model.pointer().press(sx, sy);
        model.pointer().drag(sx + 50, sy + 50);
        model.pointer().escape();
        model.pointer().release(sx + 50, sy + 50);
        assertThat(moves).isEmpty();

        double tx = v.screenX(1500);
        double ty = v.screenY(-10300);
        model.pointer().press(sx, sy);
        model.pointer().drag(tx, ty);
        model.pointer().release(tx, ty);
        assertThat(moves).singleElement().satisfies(m -> {
            assertThat(m.botGuid()).isEqualTo(BigInteger.ONE);
            assertThat(m.x()).isCloseTo(-10300, within(0.01));
            assertThat(m.y()).isCloseTo(1500, within(0.01));
            assertThat(m.zoneId()).as("Westfall").isEqualTo(40L);
        });
    }

    @Test
    void draggingABotThatIsNotSelectedPansInstead() {
        model.show(0, 12L);
        Viewport before = model.viewport();
        double sx = before.screenX(-900);
        double sy = before.screenY(-9200);

        model.pointer().press(sx, sy);
        model.pointer().drag(sx + 100, sy);
        model.pointer().release(sx + 100, sy);

        assertThat(moves).isEmpty();
        assertThat(model.viewport().centerY()).isCloseTo(before.centerY() + 100 * before.yardsPerPixel(),
                within(1e-6));
    }

    @Test
    void theBotsAtImpossiblePositionsAreListedAndTheirReasonDrawn() {
        model.show(0, 12L);

        List<String> texts = model.sceneProperty().get().marks().stream()
                .filter(m -> m instanceof MapScene.Text).map(m -> ((MapScene.Text) m).text()).toList();
        // Bot 2 has level 0, bot 4 more gold than the cap; bot 3 stands far west, in no zone, beyond the view.
        assertThat(texts).contains("level 0", "gold over the cap").anyMatch(t -> t.startsWith("bot 3: in no zone"));
    }

    /** The Java2D picture of the current scene, for people to look at (no toolkit here). */
    private void saveForPeople(String name) throws Exception {
        Path dir = Path.of(System.getProperty("pbi.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(Java2dPainter.render(model.sceneProperty().get()), "png", dir.resolve(name + ".png").toFile());
    }

    private List<BigInteger> hitGuids() {
        return model.sceneProperty().get().hits().stream().map(MapScene.Hit::botGuid).toList();
    }
}
