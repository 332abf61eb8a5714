package pbi.app.gui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import pbi.app.map.MapScene;
import pbi.app.map.MapScene.Box;
import pbi.app.map.MapScene.Dot;
import pbi.app.map.MapScene.Mark;
import pbi.app.map.MapScene.Polygon;
import pbi.app.map.MapScene.Segment;
import pbi.app.map.MapScene.Text;

/** Paints a {@link MapScene} on a JavaFX canvas: the window's twin of the command line's Java2D painter. */
public final class FxPainter {

    private static final double[] DASH = {5, 4};

    private FxPainter() {
    }

    public static void paint(MapScene scene, GraphicsContext g) {
        g.save();
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.CENTER);
        for (Mark mark : scene.marks()) {
            if (mark instanceof Box b) {
                if (b.fill() != 0) {
                    g.setFill(color(b.fill()));
                    g.fillRect(b.x(), b.y(), b.w(), b.h());
                }
                if (b.stroke() != 0 && b.strokeWidth() > 0) {
                    stroke(g, b.stroke(), b.strokeWidth(), b.dashed());
                    g.strokeRect(b.x(), b.y(), b.w(), b.h());
                }
            } else if (mark instanceof Segment s) {
                stroke(g, s.color(), s.width(), s.dashed());
                g.strokeLine(s.x1(), s.y1(), s.x2(), s.y2());
            } else if (mark instanceof Dot d) {
                double r = d.radius();
                if (d.fill() != 0) {
                    g.setFill(color(d.fill()));
                    g.fillOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
                }
                if (d.stroke() != 0 && d.strokeWidth() > 0) {
                    stroke(g, d.stroke(), d.strokeWidth(), false);
                    g.strokeOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
                }
            } else if (mark instanceof Polygon p) {
                if (p.fill() != 0) {
                    g.setFill(color(p.fill()));
                    g.fillPolygon(p.xs(), p.ys(), p.xs().length);
                }
                if (p.stroke() != 0 && p.strokeWidth() > 0) {
                    stroke(g, p.stroke(), p.strokeWidth(), false);
                    g.strokePolygon(p.xs(), p.ys(), p.xs().length);
                }
            } else if (mark instanceof Text t) {
                text(g, t);
            }
        }
        g.restore();
    }

    private static void text(GraphicsContext g, Text t) {
        g.setFont(Font.font("SansSerif", t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
        g.setTextAlign(switch (t.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        if (t.halo() != 0) {
            stroke(g, t.halo(), 3, false);
            g.strokeText(t.text(), t.x(), t.y());
        }
        g.setFill(color(t.color()));
        g.fillText(t.text(), t.x(), t.y());
    }

    private static void stroke(GraphicsContext g, int argb, double width, boolean dashed) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
        g.setLineDashes(dashed ? DASH : null);
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
