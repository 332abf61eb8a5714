package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.DensityCell;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.MapPicture;
import pbi.dao.geo.MapQuery;
import pbi.dao.geo.StrayBots;
import pbi.dao.geo.WorldBox;
import pbi.dao.testing.TestDatabase;

class MapServiceTest {

    /** 100-yard cells; positions end in .5 so that none lies on a cell border. */
    private static final WorldBox VIEW = new WorldBox(-10_000, -8_000, -1_000, 1_000);
    private static final double HALF = Limits.wotlk().worldHalfExtent();

    private final MapService service = new MapService(TestDatabase.database(), Atlas.standard(), HALF);
    private final List<double[]> inView = new ArrayList<>();
    private long nextGuid = 1;

    @BeforeEach
    void bots() throws Exception {
        TestDatabase.reset();
        SplittableRandom random = new SplittableRandom(7);
        try (Connection c = TestDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id, health,"
                        + " mana, level) VALUES (?, ?, ?, 0, ?, ?, 100, 100, 10)")) {
            c.setAutoCommit(false);
            // Crowded in the north-west of the view, thin elsewhere, so that cells differ.
            for (int i = 0; i < 3000; i++) {
                boolean crowd = i % 3 != 0;
                double x = (crowd ? -8_400 : -10_000) + random.nextInt(crowd ? 400 : 2000) + 0.5;
                double y = (crowd ? 600 : -1_000) + random.nextInt(crowd ? 400 : 2000) + 0.5;
                add(insert, x, y, 0, 12);
                inView.add(new double[] {x, y});
            }
            // Outside the view, on another map, and beyond the grid: none of them counted.
            add(insert, -7_000.5, 0.5, 0, 12);
            add(insert, -9_000.5, 1_500.5, 0, 40);
            add(insert, -9_000.5, 0.5, 1, 14);
            add(insert, 20_000.5, 0.5, 0, 12);
            add(insert, -9_000.5, -17_500.5, 0, 40);
            insert.executeBatch();
            c.commit();
        }
    }

    private void add(PreparedStatement insert, double x, double y, long map, long zone) throws Exception {
        insert.setLong(1, nextGuid++);
        insert.setFloat(2, (float) x);
        insert.setFloat(3, (float) y);
        insert.setLong(4, map);
        insert.setLong(5, zone);
        insert.addBatch();
    }

    @Test
    void countsPerCellMatchTheSameBinningDoneByHand() {
        // 10-yard cells are finer than the kept squares, so the server counts this view itself.
        MapQuery query = new MapQuery(0, null, VIEW, 200, 200, 1000);

        MapPicture picture = service.picture(query, false);

        Map<List<Integer>, Long> expected = new HashMap<>();
        for (double[] p : inView) {
            int column = (int) Math.floor((VIEW.yMax() - p[1]) / 10);
            int row = (int) Math.floor((VIEW.xMax() - p[0]) / 10);
            expected.merge(List.of(column, row), 1L, Long::sum);
        }
        Map<List<Integer>, Long> actual = new HashMap<>();
        for (DensityCell cell : picture.cells()) {
            actual.put(List.of(cell.column(), cell.row()), cell.bots());
        }
        assertThat(picture.isDensity()).isTrue();
        assertThat(picture.dots()).isEmpty();
        assertThat(picture.botsInView()).isEqualTo(3000);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void coarseViewsAreCountedFromTheKeptSquaresWithEachBotAtMostOneSquareAway() throws Exception {
        MapQuery query = new MapQuery(0, null, VIEW, 20, 20, 1000);

        MapPicture first = service.picture(query, false);
        // A bot added now is not seen: the second picture comes from the squares kept by the first.
        TestDatabase.sql("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id,"
                + " zone_id, health, mana, level) VALUES (99998, -9000.5, 0.5, 0, 0, 12, 1, 1, 1)");
        MapPicture second = service.picture(query, false);
        service.forget(0);
        MapPicture third = service.picture(query, false);

        assertThat(first.botsInView()).isCloseTo(3000, org.assertj.core.data.Percentage.withPercentage(3));
        assertThat(second.cells()).containsExactlyInAnyOrderElementsOf(first.cells());
        assertThat(third.botsInView()).isEqualTo(first.botsInView() + 1);
        Map<List<Integer>, Long> byHand = new HashMap<>();
        for (double[] p : inView) {
            byHand.merge(List.of((int) Math.floor((VIEW.yMax() - p[1]) / 100),
                    (int) Math.floor((VIEW.xMax() - p[0]) / 100)), 1L, Long::sum);
        }
        for (DensityCell cell : first.cells()) {
            long near = 0;
            for (int dc = -1; dc <= 1; dc++) {
                for (int dr = -1; dr <= 1; dr++) {
                    near += byHand.getOrDefault(List.of(cell.column() + dc, cell.row() + dr), 0L);
                }
            }
            assertThat(cell.bots()).as("cell %d,%d", cell.column(), cell.row()).isLessThanOrEqualTo(near);
        }
        // The crowd: x -8400..-8000 is rows 0-3, y 600..1000 is columns 0-3; 2,000 bots, give or take its edge.
        long crowd = first.cells().stream().filter(c -> c.column() < 4 && c.row() < 4).mapToLong(DensityCell::bots)
                .sum();
        assertThat(crowd).isBetween(1_800L, 2_200L);
    }

    @Test
    void theFirstSketchSpreadsEachZonesTotalOverItsRectangle() {
        WorldBox elwynn = Atlas.standard().zone(0, 12).orElseThrow().box();
        MapQuery query = new MapQuery(0, null, elwynn, 40, 40, 1000);

        MapPicture sketch = service.sketch(query);

        // Zone 12 holds 3,002 bots on map 0 (two of them outside the view); Westfall's one bot is under the limit
        // and its share lies mostly beyond Elwynn's rectangle.
        assertThat(sketch).isNotNull();
        assertThat(sketch.botsInView()).isBetween(2_700L, 3_200L);
        assertThat(sketch.dots()).isEmpty();
        service.picture(new MapQuery(0, null, VIEW, 20, 20, 1000), false);
        assertThat(service.sketch(query)).as("once the squares are kept, no sketch is needed").isNull();
    }

    @Test
    void aBotOnTheEastOrSouthEdgeStaysInTheLastCell() throws Exception {
        TestDatabase.sql("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id,"
                + " zone_id, health, mana, level) VALUES (99999, -10000, -1000, 0, 0, 12, 1, 1, 1)");

        // Cells finer than the kept squares: the server bins this view itself.
        MapPicture picture = service.picture(new MapQuery(0, null, VIEW, 200, 200, 10), false);

        assertThat(picture.cells()).allSatisfy(c -> {
            assertThat(c.column()).isBetween(0, 199);
            assertThat(c.row()).isBetween(0, 199);
        });
        assertThat(picture.botsInView()).isEqualTo(3001);
    }

    @Test
    void fewBotsInViewComeOneByOneWhetherOrNotTheCallerExpectedFew() {
        WorldBox corner = new WorldBox(-10_000, -9_000, -1_000, 0);
        long expected = inView.stream().filter(p -> corner.contains(p[0], p[1])).count();

        MapPicture guessed = service.picture(new MapQuery(0, null, corner, 50, 50, 2000), true);
        MapPicture counted = service.picture(new MapQuery(0, null, corner, 50, 50, 2000), false);
        MapPicture tooMany = service.picture(new MapQuery(0, null, VIEW, 50, 50, 2000), true);

        assertThat(guessed.isDensity()).isFalse();
        assertThat(guessed.dots()).hasSize((int) expected).allSatisfy(d -> {
            assertThat(corner.contains(d.x(), d.y())).isTrue();
            assertThat(d.name()).isNull();
        });
        assertThat(counted.dots()).isEqualTo(guessed.dots());
        assertThat(tooMany.isDensity()).isTrue();
        // Counted from the kept 16-yard squares: a square on the view's border counts in or out as a whole.
        assertThat(tooMany.botsInView()).isCloseTo(3000, org.assertj.core.data.Percentage.withPercentage(3));
    }

    @Test
    void straysAreTheBotsBeyondTheGridAndForAZoneItsBotsOutsideItsRectangle() {
        StrayBots onMap = service.strays(0, null);
        StrayBots ofElwynn = service.strays(0, 12L);

        assertThat(onMap.bots()).extracting(MapDot::botGuid)
                .containsExactly(BigInteger.valueOf(3004), BigInteger.valueOf(3005));
        assertThat(onMap.count()).isEqualTo(2);
        // (-7000.5, 0.5) is north of Elwynn's rectangle (its top is -7939.58); Westfall's bot is not Elwynn's.
        assertThat(ofElwynn.bots()).extracting(MapDot::botGuid)
                .containsExactly(BigInteger.valueOf(3001), BigInteger.valueOf(3004), BigInteger.valueOf(3005));
    }

    @Test
    void oneBotsDotIsFoundWhereverItStands() {
        assertThat(service.bot(BigInteger.valueOf(3004))).get().satisfies(d -> {
            assertThat(d.x()).isEqualTo(20_000.5f);
            assertThat(d.zoneId()).isEqualTo(12);
        });
        assertThat(service.bot(BigInteger.valueOf(123_456))).isEmpty();
    }

    @Test
    void namesAndOnlineComeFromTheCharactersTableWhenThereIsOne() throws Exception {
        TestDatabase.characters("INSERT INTO characters (guid, account, name, race, class, level, online)"
                + " VALUES (3004, 1, 'Faraway', 1, 1, 10, 1)");
        try (Database db = Database.open(TestDatabase.settings())) {
            StrayBots strays = new MapService(db, Atlas.standard(), HALF).strays(0, null);

            assertThat(strays.bots().get(0).label()).isEqualTo("Faraway");
            assertThat(strays.bots().get(0).isOnline()).isTrue();
            assertThat(strays.bots().get(1).label()).isEqualTo("bot 3005");
            assertThat(strays.bots().get(1).online()).isNull();
        }
    }
}
