package pbi.dao.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pbi.dao.domain.Limits;

class AtlasTest {

    private static final double HALF = Limits.wotlk().worldHalfExtent();
    private final Atlas atlas = Atlas.standard();

    @Test
    void goldshireLiesInElwynnForest() {
        ZoneRect elwynn = atlas.zone(0, 12).orElseThrow();

        assertThat(elwynn.u(60)).isBetween(0.0, 1.0);
        assertThat(elwynn.v(-9460)).isBetween(0.0, 1.0);
        // u = (1535.42 - 60) / (1535.42 + 1935.42), v = (-7939.58 + 9460) / (-7939.58 + 10254.2)
        assertThat(elwynn.u(60)).isCloseTo(0.4251, within(1e-4));
        assertThat(elwynn.v(-9460)).isCloseTo(0.6569, within(1e-4));
        assertThat(atlas.zoneAt(0, -9460, 60)).map(ZoneRect::zoneId).contains(12L);
    }

    @ParameterizedTest(name = "{3} at ({1}, {2}) on map {0}")
    @CsvSource({
            "0, -8913, 554, Stormwind City, 1519",
            "0, -4981, -881, Ironforge, 1537",
            "0, 1586, 239, Undercity, 1497",
            "1, 1629, -4373, Orgrimmar, 1637",
            "1, -1277, 118, Thunder Bluff, 1638",
            "1, 9947, 2482, Darnassus, 1657",
            "530, -1850, 5435, Shattrath City, 3703",
            "0, -14297, 530, Booty Bay in Stranglethorn Vale, 33",
            "0, -10646, 1102, Sentinel Hill in Westfall, 40",
            "0, -10530, -1180, Darkshire in Duskwood, 10",
            "1, -441, -2596, The Crossroads in The Barrens, 17",
            "571, 5600, 650, Dalaran's spot in Crystalsong Forest, 2817"})
    void landmarksLandInTheirZoneAndCitiesWinOverTheZoneAroundThem(long map, double x, double y, String place,
            long zone) {
        assertThat(atlas.zoneAt(map, x, y)).map(ZoneRect::zoneId).as(place).contains(zone);
    }

    @Test
    void aPointInStormwindCityIsAlsoInsideElwynnsRectangleButTheCityWins() {
        ZoneRect elwynn = atlas.zone(0, 12).orElseThrow();

        assertThat(elwynn.contains(-8913, 554)).isTrue();
        assertThat(atlas.zoneAt(0, -8913, 554)).map(ZoneRect::zoneId).contains(1519L);
    }

    @Test
    void everyZonesCentreLandsInThatZoneUnlessACityCoversIt() {
        for (long map : List.of(0L, 1L, 530L, 571L, 609L)) {
            for (ZoneRect z : atlas.zones(map)) {
                WorldBox box = z.box();
                ZoneRect found = atlas.zoneAt(map, box.centerX(), box.centerY()).orElseThrow();
                if (found.zoneId() != z.zoneId()) {
                    assertThat(Atlas.CITIES).as("%s's centre went to %s", z.internalName(), found.internalName())
                            .contains(found.zoneId());
                }
            }
        }
    }

    @Test
    void rowsWithAllBoundsZeroHaveNoRectangleAndContinentsAreNotZones() {
        assertThat(atlas.zone(571, 4395)).isEmpty();
        assertThat(atlas.zones(0)).noneMatch(ZoneRect::isContinent).hasSize(25);
        assertThat(atlas.continent(0)).map(ZoneRect::internalName).contains("Azeroth");
        assertThat(atlas.zoneAt(0, 50_000, 0)).isEmpty();
    }

    @Test
    void mapBoxIsTheZonesUnionOrTheWholeGridForAMapWithoutRectangles() {
        WorldBox kalimdor = atlas.mapBox(1, HALF);
        assertThat(atlas.zones(1)).allSatisfy(z -> assertThat(kalimdor.union(z.box())).isEqualTo(kalimdor));
        assertThat(kalimdor.yMax()).isEqualTo(5441.67);
        assertThat(kalimdor.xMax()).isEqualTo(11831.2);
        assertThat(atlas.mapBox(9999, HALF)).isEqualTo(WorldBox.centredSquare(HALF));
    }

    @Test
    void placementNamesTheReason() {
        assertThat(Placement.of(atlas, 0, 12, -9460, 60, HALF).kind()).isEqualTo(Placement.Kind.OK);
        assertThat(Placement.of(atlas, 0, 12, 20_000.5, 60, HALF))
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Placement.Kind.OUTSIDE_MAP))
                .satisfies(p -> assertThat(p.reason()).startsWith("outside the map"));
        // Far out in the sea west of Stranglethorn: on the grid, in no rectangle.
        assertThat(Placement.of(atlas, 0, 33, -14000, 9000, HALF).kind()).isEqualTo(Placement.Kind.NO_ZONE);
        Placement inDunMorogh = Placement.of(atlas, 0, 12, -5600, -500, HALF);
        assertThat(inDunMorogh.kind()).isEqualTo(Placement.Kind.OTHER_ZONE);
        assertThat(inDunMorogh.reason()).isEqualTo(
                "in Dun Morogh (1), not in Elwynn Forest (12) as zone_id says");
        // Dalaran has no rectangle and instances no zones: nothing to compare with.
        assertThat(Placement.of(atlas, 571, 4395, 5800, 630, HALF).kind()).isEqualTo(Placement.Kind.OK);
        assertThat(Placement.of(atlas, 533, 3456, 3000, -3500, HALF).kind()).isEqualTo(Placement.Kind.OK);
    }

    @Test
    void projectionPutsNorthUpAndWestLeftAndRoundTrips() {
        Viewport view = Viewport.fit(atlas.zone(0, 12).orElseThrow().box(), 800, 600, 20);

        assertThat(view.screenY(-9000)).as("further north is higher up").isLessThan(view.screenY(-9500));
        assertThat(view.screenX(500)).as("further west (+y) is further left").isLessThan(view.screenX(-500));
        assertThat(view.worldX(view.screenY(-9460))).isCloseTo(-9460, within(1e-6));
        assertThat(view.worldY(view.screenX(60))).isCloseTo(60, within(1e-6));
        WorldBox visible = view.visible();
        assertThat(visible.contains(-7939.58, 1535.42)).isTrue();
        assertThat(visible.contains(-10254.2, -1935.42)).isTrue();
    }

    @Test
    void zoomKeepsThePointUnderTheMouseAndPanFollowsTheDrag() {
        Viewport view = Viewport.fit(atlas.mapBox(0, HALF), 800, 600, 0);
        double x = view.worldX(150);
        double y = view.worldY(620);

        Viewport zoomed = view.zoom(4, 620, 150);
        Viewport panned = zoomed.pan(30, -10);

        assertThat(zoomed.yardsPerPixel()).isCloseTo(view.yardsPerPixel() / 4, within(1e-9));
        assertThat(zoomed.screenX(y)).isCloseTo(620, within(1e-6));
        assertThat(zoomed.screenY(x)).isCloseTo(150, within(1e-6));
        assertThat(panned.screenX(y)).isCloseTo(650, within(1e-6));
        assertThat(panned.screenY(x)).isCloseTo(140, within(1e-6));
    }
}
