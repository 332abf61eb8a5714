package pbi.app.map;

import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.MapQuery;
import pbi.dao.geo.Viewport;
import pbi.dao.geo.WorldBox;
import pbi.dao.geo.ZoneRect;

/** The sizes the window and the command line share: how fine the density grid is and when dots take over. */
public final class MapRequests {

    /** One density cell is this many pixels square. */
    public static final int CELL_PX = 4;
    /** Up to this many bots in view are drawn one by one. */
    public static final int DOT_LIMIT = 3000;
    public static final double FIT_MARGIN_PX = 30;

    private MapRequests() {
    }

    /** What to ask the database for to draw {@code view}. */
    public static MapQuery query(long mapId, Long zoneId, Viewport view) {
        int columns = Math.max(1, (int) Math.ceil(view.width() / CELL_PX));
        int rows = Math.max(1, (int) Math.ceil(view.height() / CELL_PX));
        return new MapQuery(mapId, zoneId, view.visible(), Math.min(columns, 4096), Math.min(rows, 4096),
                DOT_LIMIT);
    }

    /** The zone's rectangle when it has one, else the whole map. */
    public static WorldBox frame(Atlas atlas, Limits limits, long mapId, Long zoneId) {
        if (zoneId != null) {
            var zone = atlas.zone(mapId, zoneId);
            if (zone.isPresent()) {
                return zone.map(ZoneRect::box).orElseThrow();
            }
        }
        return atlas.mapBox(mapId, limits.worldHalfExtent());
    }

    public static Viewport fit(Atlas atlas, Limits limits, long mapId, Long zoneId, double width, double height) {
        return Viewport.fit(frame(atlas, limits, mapId, zoneId), width, height, FIT_MARGIN_PX);
    }
}
