package pbi.app.map;

import java.math.BigInteger;
import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.MapPicture;
import pbi.dao.geo.StrayBots;
import pbi.dao.geo.Viewport;

/**
 * Everything a map picture shows.
 *
 * @param zoneId the zone in focus (outlined, and its strays listed), or null for the whole map
 * @param picture the bots in (or near) the view; null while none have been read
 * @param strays the bots at impossible positions; {@link StrayBots#NONE} when not known
 * @param selected the selected bot, or null
 * @param selectedDot the selected bot's own dot when known, so that it is drawn even among counted cells
 * @param hovered the bot under the mouse, whose details are shown, or null
 * @param drag a bot being dragged, drawn at its new place, or null
 * @param status a line about loading or a failure, or null
 * @param charactersKnown whether online status is known (the database has a characters table)
 */
public record SceneInput(Atlas atlas, Limits limits, Viewport viewport, long mapId, Long zoneId, MapPicture picture,
        StrayBots strays, BigInteger selected, MapDot selectedDot, BigInteger hovered, Drag drag, String status,
        boolean charactersKnown) {

    /** A bot on its way to world position (x, y). */
    public record Drag(BigInteger botGuid, double x, double y) {
    }
}
