package pbi.app.map;

import pbi.app.map.MapScene.Align;
import pbi.app.map.MapScene.Polygon;
import pbi.app.map.MapScene.Text;
import pbi.dao.geo.Viewport;

/** The red marker for a bot that stands beyond the view: a triangle on the edge pointing where it really is. */
final class EdgeMarker {

    private static final double SIZE = 7;

    private EdgeMarker() {
    }

    static Polygon arrow(double px, double py, double realX, double realY, Viewport view) {
        double dx = Double.isFinite(realX) ? realX - px : 0;
        double dy = Double.isFinite(realY) ? realY - py : -1;
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 0 : dx / length;
        double uy = length == 0 ? -1 : dy / length;
        // Tip towards the real position, base across it.
        double[] xs = {px + ux * SIZE, px - ux * SIZE * 0.6 - uy * SIZE * 0.7, px - ux * SIZE * 0.6 + uy * SIZE * 0.7};
        double[] ys = {py + uy * SIZE, py - uy * SIZE * 0.6 + ux * SIZE * 0.7, py - uy * SIZE * 0.6 - ux * SIZE * 0.7};
        return new Polygon(xs, ys, Palette.CORRUPT, 0xFFFFFFFF, 1);
    }

    /** The reason, placed inwards from the marker so that it stays on screen. */
    static Text label(double px, double py, String text, Viewport view) {
        boolean right = px > view.width() * 0.6;
        boolean bottom = py > view.height() - 3 * SceneBuilder.EDGE_INSET;
        boolean top = py < 3 * SceneBuilder.EDGE_INSET;
        double y = bottom ? py - 14 : top ? py + 14 : py;
        double x = right ? px - 12 : px + 12;
        return new Text(x, y, text, 10.5, Palette.CORRUPT, right ? Align.RIGHT : Align.LEFT, true, Palette.HALO);
    }
}
