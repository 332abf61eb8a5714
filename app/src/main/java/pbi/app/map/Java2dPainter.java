package pbi.app.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import pbi.app.map.MapScene.Box;
import pbi.app.map.MapScene.Dot;
import pbi.app.map.MapScene.Mark;
import pbi.app.map.MapScene.Polygon;
import pbi.app.map.MapScene.Segment;
import pbi.app.map.MapScene.Text;

/** Paints a {@link MapScene} with Java2D: the command line's picture, with no display and no JavaFX. */
public final class Java2dPainter {

    private static final float[] DASH = {5f, 4f};

    private Java2dPainter() {
    }

    public static BufferedImage render(MapScene scene) {
        BufferedImage image = new BufferedImage((int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(scene, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void paint(MapScene scene, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (Mark mark : scene.marks()) {
            if (mark instanceof Box b) {
                box(g, b);
            } else if (mark instanceof Segment s) {
                g.setColor(color(s.color()));
                g.setStroke(stroke(s.width(), s.dashed()));
                g.draw(new Line2D.Double(s.x1(), s.y1(), s.x2(), s.y2()));
            } else if (mark instanceof Dot d) {
                Ellipse2D circle = new Ellipse2D.Double(d.x() - d.radius(), d.y() - d.radius(), 2 * d.radius(),
                        2 * d.radius());
                fillAndStroke(g, circle, d.fill(), d.stroke(), d.strokeWidth(), false);
            } else if (mark instanceof Polygon p) {
                Path2D path = new Path2D.Double();
                path.moveTo(p.xs()[0], p.ys()[0]);
                for (int i = 1; i < p.xs().length; i++) {
                    path.lineTo(p.xs()[i], p.ys()[i]);
                }
                path.closePath();
                fillAndStroke(g, path, p.fill(), p.stroke(), p.strokeWidth(), false);
            } else if (mark instanceof Text t) {
                text(g, t);
            }
        }
    }

    private static void box(Graphics2D g, Box b) {
        fillAndStroke(g, new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()), b.fill(), b.stroke(), b.strokeWidth(),
                b.dashed());
    }

    private static void fillAndStroke(Graphics2D g, java.awt.Shape shape, int fill, int stroke, double width,
            boolean dashed) {
        if (fill != 0) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != 0 && width > 0) {
            g.setColor(color(stroke));
            g.setStroke(stroke(width, dashed));
            g.draw(shape);
        }
    }

    private static void text(Graphics2D g, Text t) {
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.stringWidth(t.text());
        double x = switch (t.align()) {
            case LEFT -> t.x();
            case CENTER -> t.x() - width / 2;
            case RIGHT -> t.x() - width;
        };
        double baseline = t.y() + (metrics.getAscent() - metrics.getDescent()) / 2.0;
        if (t.halo() != 0) {
            var layout = new java.awt.font.TextLayout(t.text(), font, g.getFontRenderContext());
            java.awt.Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x,
                    baseline));
            g.setColor(color(t.halo()));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(color(t.color()));
        g.drawString(t.text(), (float) x, (float) baseline);
    }

    private static Stroke stroke(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
                : new BasicStroke((float) width);
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }
}
