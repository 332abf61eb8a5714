package pbi.dao.mapper;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.geo.DensityCell;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.WorldBox;

/** The queries behind the map: bots counted per cell of a view, bots in a view, and bots that stand astray. */
public interface MapMapper {

    /**
     * Counts the bots in {@code view} per cell of a grid {@code cellWidth} yards across (world y) and
     * {@code cellHeight} yards down (world x); only non-empty cells come back. The server does the binning, so a
     * million bots cost a few thousand rows.
     */
    List<DensityCell> countCells(@Param("mapId") long mapId, @Param("view") WorldBox view,
            @Param("cellWidth") double cellWidth, @Param("cellHeight") double cellHeight,
            @Param("lastColumn") int lastColumn, @Param("lastRow") int lastRow);

    /**
     * Counts all the map's bots within {@code halfExtent} per square of {@code size} yards, anchored at the world's
     * north-west corner: one scan of the map's rows, kept by the caller for later views.
     */
    List<DensityCell> countSquares(@Param("mapId") long mapId, @Param("halfExtent") double halfExtent,
            @Param("size") double size);

    /** The map's bots per zone (as column = 0, row = the zone id); uses the (map, zone) index, no row scan. */
    List<DensityCell> countZones(@Param("mapId") long mapId);

    /** The bots in {@code view}, by guid, at most {@code limit}. */
    List<MapDot> selectDots(@Param("mapId") long mapId, @Param("view") WorldBox view,
            @Param("withCharacters") boolean withCharacters, @Param("limit") int limit);

    /**
     * The bots of the map beyond {@code halfExtent} of its centre, and, when {@code zoneId} is given, the bots of
     * that zone outside {@code zoneBox}; at most {@code limit}.
     */
    List<MapDot> selectStrays(@Param("mapId") long mapId, @Param("halfExtent") double halfExtent,
            @Param("zoneId") Long zoneId, @Param("zoneBox") WorldBox zoneBox,
            @Param("withCharacters") boolean withCharacters, @Param("limit") int limit);

    /** One bot's dot, wherever it stands, or null. */
    MapDot selectBot(@Param("guid") java.math.BigInteger guid, @Param("withCharacters") boolean withCharacters);

    long countStrays(@Param("mapId") long mapId, @Param("halfExtent") double halfExtent,
            @Param("zoneId") Long zoneId, @Param("zoneBox") WorldBox zoneBox);
}
