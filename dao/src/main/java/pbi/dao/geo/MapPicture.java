package pbi.dao.geo;

import java.util.List;

/**
 * The bots behind one map picture: single dots when few are in view, else counts per cell.
 *
 * @param botsInView how many bots of the map stand in the view
 * @param cells counts per cell, empty when {@code dots} holds every bot in view
 * @param dots every bot in view, when there are at most the query's dot limit
 */
public record MapPicture(MapQuery query, long botsInView, List<DensityCell> cells, List<MapDot> dots) {

    public boolean isDensity() {
        return !cells.isEmpty();
    }

    public static MapPicture empty(MapQuery query) {
        return new MapPicture(query, 0, List.of(), List.of());
    }
}
