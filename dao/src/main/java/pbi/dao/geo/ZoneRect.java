package pbi.dao.geo;

/**
 * One row of the client's WorldMapArea: a zone's (or, with area 0, a whole continent's) rectangle in world
 * coordinates. {@code left} and {@code right} are y values (west and east edges), {@code top} and {@code bottom}
 * are x values (north and south edges).
 *
 * @param worldMapAreaId the row's own id in WorldMapArea
 * @param mapId the map the rectangle lies on
 * @param zoneId the AreaTable id, 0 for a continent
 * @param internalName the client's internal name, e.g. "Elwynn"
 */
public record ZoneRect(int worldMapAreaId, long mapId, long zoneId, String internalName, double left, double right,
        double top, double bottom) {

    /** Rows such as Dalaran's have all four bounds at 0: the client draws them on a map of their own. */
    public boolean hasRectangle() {
        return left != 0 || right != 0 || top != 0 || bottom != 0;
    }

    public boolean isContinent() {
        return zoneId == 0;
    }

    /** 0 at the west (left) edge, 1 at the east (right) edge. */
    public double u(double y) {
        return (left - y) / (left - right);
    }

    /** 0 at the north (top) edge, 1 at the south (bottom) edge. */
    public double v(double x) {
        return (top - x) / (top - bottom);
    }

    public boolean contains(double x, double y) {
        if (!hasRectangle()) {
            return false;
        }
        double u = u(y);
        double v = v(x);
        return u >= 0 && u <= 1 && v >= 0 && v <= 1;
    }

    public WorldBox box() {
        return new WorldBox(Math.min(top, bottom), Math.max(top, bottom), Math.min(left, right),
                Math.max(left, right));
    }

    /** How far from the centre a point lies, as a share of the half size: 0 at the centre, 1 on the edge. */
    double offCentre(double x, double y) {
        return Math.max(Math.abs(u(y) - 0.5), Math.abs(v(x) - 0.5)) * 2;
    }
}
