package pbi.dao.geo;

import java.util.List;

/**
 * The bots of a map (or of a zone) whose positions cannot be drawn where they are: beyond the map's grid, or, for
 * a zone, outside the zone's rectangle. They do not depend on the view, so a view asks for them once.
 *
 * @param bots the first few hundred
 * @param count how many there are in all
 */
public record StrayBots(List<MapDot> bots, long count) {

    public static final StrayBots NONE = new StrayBots(List.of(), 0);
}
