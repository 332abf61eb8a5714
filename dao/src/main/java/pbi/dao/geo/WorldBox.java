package pbi.dao.geo;

/**
 * An axis-aligned box in world coordinates (+x north, +y west), inclusive at both ends.
 *
 * @param xMin south edge
 * @param xMax north edge
 * @param yMin east edge
 * @param yMax west edge
 */
public record WorldBox(double xMin, double xMax, double yMin, double yMax) {

    public WorldBox {
        if (!(xMin <= xMax) || !(yMin <= yMax)) {
            throw new IllegalArgumentException("Empty box: x " + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
    }

    /** The square a map's 64×64 grid of cells covers around its centre. */
    public static WorldBox centredSquare(double halfExtent) {
        return new WorldBox(-halfExtent, halfExtent, -halfExtent, halfExtent);
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    public double height() {
        return xMax - xMin;
    }

    public double width() {
        return yMax - yMin;
    }

    public double centerX() {
        return (xMin + xMax) / 2;
    }

    public double centerY() {
        return (yMin + yMax) / 2;
    }

    public double area() {
        return width() * height();
    }

    public WorldBox union(WorldBox other) {
        return new WorldBox(Math.min(xMin, other.xMin), Math.max(xMax, other.xMax), Math.min(yMin, other.yMin),
                Math.max(yMax, other.yMax));
    }

    /** The overlap of two boxes, or null when they do not meet. */
    public WorldBox intersection(WorldBox other) {
        double x0 = Math.max(xMin, other.xMin);
        double x1 = Math.min(xMax, other.xMax);
        double y0 = Math.max(yMin, other.yMin);
        double y1 = Math.min(yMax, other.yMax);
        return x0 <= x1 && y0 <= y1 ? new WorldBox(x0, x1, y0, y1) : null;
    }
}
