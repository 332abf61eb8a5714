package pbi.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pbi.app.map.MapScene.Align;
import pbi.app.map.MapScene.Box;
import pbi.app.map.MapScene.Dot;
import pbi.app.map.MapScene.Mark;
import pbi.app.map.MapScene.Segment;
import pbi.app.map.MapScene.Text;
import pbi.dao.domain.World;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.Viewport;
import pbi.dao.geo.WorldBox;

/** What surrounds the data: axis labels, title, legend, scale bar and the details of the bot under the mouse. */
final class Decorations {

    private static final double PAD = 10;
    private final SceneInput in;
    private final Viewport view;
    private final List<Mark> marks;

    Decorations(SceneInput in, List<Mark> marks) {
        this.in = in;
        this.view = in.viewport();
        this.marks = marks;
    }

    /** World coordinates along the left edge (x, north up) and the bottom edge (y, west to the left). */
    void gridLabels(double step) {
        WorldBox visible = view.visible();
        for (double x = Math.ceil(visible.xMin() / step) * step; x <= visible.xMax(); x += step) {
            double sy = view.screenY(x);
            if (sy > 60 && sy < view.height() - 40) {
                marks.add(new Text(4, sy - 7, "x " + number(x), 10, Palette.GRID_TEXT, Align.LEFT, false,
                        Palette.HALO));
            }
        }
        for (double y = Math.ceil(visible.yMin() / step) * step; y <= visible.yMax(); y += step) {
            double sx = view.screenX(y);
            if (sx > 40 && sx < view.width() - 40) {
                marks.add(new Text(sx, view.height() - 8, "y " + number(y), 10, Palette.GRID_TEXT, Align.CENTER,
                        false, Palette.HALO));
            }
        }
    }

    void title() {
        String title = World.mapLabel(in.mapId()) + (in.zoneId() == null ? "" : "  ·  "
                + World.zoneLabel(in.zoneId()));
        marks.add(new Text(PAD, 16, title, 15, Palette.TEXT, Align.LEFT, true, Palette.HALO));
        String sub;
        if (in.picture() == null) {
            sub = "reading bots…";
        } else if (in.picture().isDensity()) {
            sub = String.format(Locale.ROOT, "%,d bots in view, counted per cell", in.picture().botsInView());
        } else {
            sub = String.format(Locale.ROOT, "%,d bots in view", in.picture().botsInView());
        }
        if (in.status() != null) {
            sub = sub + "  ·  " + in.status();
        }
        marks.add(new Text(PAD, 35, sub, 11.5, Palette.GRID_TEXT, Align.LEFT, false, Palette.HALO));
    }

    void legend(boolean density, long maxCell, long strays) {
        List<Object[]> rows = new ArrayList<>();
        if (density) {
            rows.add(new Object[] {null, "bots per cell (log scale)"});
        } else {
            rows.add(new Object[] {Palette.BOT, "bot"});
            if (in.charactersKnown()) {
                rows.add(new Object[] {Palette.ONLINE, "online"});
            }
            rows.add(new Object[] {Palette.SELECTED, "selected"});
        }
        rows.add(new Object[] {Palette.CORRUPT, strays > 0 ? String.format(Locale.ROOT,
                "impossible position (%,d astray)", strays) : "impossible position"});
        double w = 200;
        double h = rows.size() * 18 + (density ? 22 : 0) + 26;
        double x = view.width() - w - PAD;
        double y = PAD;
        marks.add(new Box(x, y, w, h, 0xEBFFFFFF, Palette.GRID, 1, false));
        double rowY = y + 14;
        for (Object[] row : rows) {
            if (row[0] == null) {
                marks.add(new Text(x + 10, rowY, (String) row[1], 11, Palette.TEXT, Align.LEFT, false, 0));
                rowY += 15;
                double rampW = w - 60;
                for (int i = 0; i < 40; i++) {
                    marks.add(new Box(x + 10 + i * rampW / 40, rowY - 5, rampW / 40 + 0.5, 10,
                            Palette.density(i / 39.0), 0, 0, false));
                }
                marks.add(new Text(x + 10, rowY + 13, "1", 9.5, Palette.GRID_TEXT, Align.LEFT, false, 0));
                marks.add(new Text(x + 10 + rampW, rowY + 13, String.format(Locale.ROOT, "%,d", maxCell), 9.5,
                        Palette.GRID_TEXT, Align.RIGHT, false, 0));
                rowY += 25;
                continue;
            }
            marks.add(new Dot(x + 16, rowY, 4.5, (Integer) row[0], Palette.DOT_STROKE, 0.8));
            marks.add(new Text(x + 28, rowY, (String) row[1], 11, Palette.TEXT, Align.LEFT, false, 0));
            rowY += 18;
        }
        marks.add(new Text(x + 10, rowY, "north up: +x north, +y west", 10, Palette.GRID_TEXT, Align.LEFT, false,
                0));
    }

    /** A bar of a round number of yards, about a sixth of the width. */
    void scaleBar() {
        double target = view.width() / 6 * view.yardsPerPixel();
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double yards = magnitude;
        for (double m : new double[] {2, 5, 10}) {
            if (m * magnitude <= target) {
                yards = m * magnitude;
            }
        }
        double px = yards / view.yardsPerPixel();
        double x = PAD + 44;
        double y = view.height() - 30;
        marks.add(new Segment(x, y, x + px, y, Palette.TEXT, 2, false));
        marks.add(new Segment(x, y - 4, x, y + 4, Palette.TEXT, 1.5, false));
        marks.add(new Segment(x + px, y - 4, x + px, y + 4, Palette.TEXT, 1.5, false));
        marks.add(new Text(x + px + 6, y, String.format(Locale.ROOT, "%,.0f yd", yards), 10.5, Palette.TEXT,
                Align.LEFT, false, Palette.HALO));
    }

    /** The bot under the mouse: name, level, position and, when impossible, why. */
    void details(MapDot d, double sx, double sy, String problem, String zone) {
        List<String> lines = new ArrayList<>();
        lines.add(d.label() + (d.name() != null ? "  (" + d.botGuid() + ")" : ""));
        lines.add("level " + d.level() + (d.isOnline() ? "  ·  online" : ""));
        lines.add(String.format(Locale.ROOT, "x %.1f   y %.1f", d.x(), d.y()));
        lines.add("zone_id " + World.zoneLabel(d.zoneId()) + (zone != null ? ", stands in " + zone : ""));
        if (problem != null) {
            lines.add(problem);
        }
        double w = lines.stream().mapToDouble(l -> l.length() * 6.4).max().orElse(100) + 20;
        double h = lines.size() * 16 + 10;
        double x = sx + 14 + w > view.width() ? sx - 14 - w : sx + 14;
        double y = Math.max(4, Math.min(sy - h / 2, view.height() - h - 4));
        marks.add(new Box(x, y, w, h, Palette.TIP, Palette.TIP_STROKE, 1, false));
        for (int i = 0; i < lines.size(); i++) {
            boolean last = problem != null && i == lines.size() - 1;
            marks.add(new Text(x + 10, y + 13 + i * 16, lines.get(i), 11.5, last ? Palette.CORRUPT : Palette.TEXT,
                    Align.LEFT, i == 0, 0));
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
