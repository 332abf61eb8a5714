package pbi.app.map;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pbi.app.map.MapScene.Align;
import pbi.app.map.MapScene.Box;
import pbi.app.map.MapScene.Dot;
import pbi.app.map.MapScene.Hit;
import pbi.app.map.MapScene.Mark;
import pbi.app.map.MapScene.Segment;
import pbi.app.map.MapScene.Text;
import pbi.dao.domain.World;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.DensityCell;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.MapQuery;
import pbi.dao.geo.Placement;
import pbi.dao.geo.Viewport;
import pbi.dao.geo.WorldBox;
import pbi.dao.geo.ZoneRect;

/**
 * Turns what a map shows ({@link SceneInput}) into shapes in screen pixels ({@link MapScene}). All layout lives
 * here, so that the window and the command line draw the same picture.
 */
public final class SceneBuilder {

    static final double DOT_RADIUS = 3.5;
    static final double SELECTED_RADIUS = 6;
    /** Impossible positions beyond the view are pinned this far inside its edge. */
    static final double EDGE_INSET = 12;
    private static final int MAX_EDGE_LABELS = 8;
    private static final int MAX_REASON_LABELS = 12;

    private final SceneInput in;
    private final Viewport view;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Hit> hits = new ArrayList<>();
    /** Every bot drawn, by guid, for the selection ring and the details box. */
    private final Map<BigInteger, Drawn> drawn = new LinkedHashMap<>();

    /** A bot as drawn: where, and what is wrong with it. */
    record Drawn(MapDot dot, double sx, double sy, Problem problem, boolean pinned) {
    }

    /** What is impossible about a bot: the whole reason, and a few words for a label. */
    record Problem(String full, String brief) {
    }

    private SceneBuilder(SceneInput in) {
        this.in = in;
        this.view = in.viewport();
    }

    public static MapScene build(SceneInput in) {
        return new SceneBuilder(in).build();
    }

    private MapScene build() {
        marks.add(new Box(0, 0, view.width(), view.height(), Palette.BACKGROUND, 0, 0, false));
        plotArea();
        grid();
        zones();
        if (in.picture() != null) {
            density();
            dots();
        }
        strays();
        selectedAmongCells();
        zoneLabels();
        selectionAndDrag();
        Decorations decorations = new Decorations(in, marks);
        // A small map (the State tab's) keeps only the title: a legend would cover most of it.
        boolean small = view.width() < 520 || view.height() < 360;
        if (!small) {
            decorations.gridLabels(gridStep());
        }
        decorations.title();
        if (!small) {
            decorations.legend(in.picture() != null && in.picture().isDensity(), maxCell(), in.strays().count());
            decorations.scaleBar();
        }
        Drawn hovered = in.hovered() == null ? null : drawn.get(in.hovered());
        if (hovered != null) {
            decorations.details(hovered.dot(), hovered.sx(), hovered.sy(),
                    hovered.problem() == null ? null : hovered.problem().full(), zoneAt(hovered.dot()));
        }
        return new MapScene(view.width(), view.height(), Palette.BACKGROUND, List.copyOf(marks), List.copyOf(hits));
    }

    /** The map's grid of cells: where positions are possible at all. */
    private void plotArea() {
        double half = in.limits().worldHalfExtent();
        double x0 = view.screenX(half);
        double y0 = view.screenY(half);
        marks.add(new Box(x0, y0, view.screenX(-half) - x0, view.screenY(-half) - y0, Palette.PLOT,
                Palette.GRID_TEXT, 1, true));
    }

    double gridStep() {
        double raw = view.visible().width() / 8;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private void grid() {
        double step = gridStep();
        WorldBox visible = view.visible();
        for (double y = Math.ceil(visible.yMin() / step) * step; y <= visible.yMax(); y += step) {
            double sx = view.screenX(y);
            marks.add(new Segment(sx, 0, sx, view.height(), Palette.GRID, 1, false));
        }
        for (double x = Math.ceil(visible.xMin() / step) * step; x <= visible.xMax(); x += step) {
            double sy = view.screenY(x);
            marks.add(new Segment(0, sy, view.width(), sy, Palette.GRID, 1, false));
        }
    }

    private void zones() {
        for (ZoneRect z : in.atlas().zones(in.mapId())) {
            boolean focus = in.zoneId() != null && in.zoneId() == z.zoneId();
            boolean city = Atlas.CITIES.contains(z.zoneId());
            double[] r = screenRect(z.box());
            if (!onScreen(r)) {
                continue;
            }
            int fill = focus ? Palette.withAlpha(Palette.FOCUS, 0x14) : Palette.zoneFill(z.zoneId(), city);
            marks.add(new Box(r[0], r[1], r[2], r[3], fill, focus ? Palette.FOCUS : Palette.ZONE_STROKE,
                    focus ? 2 : 1, false));
        }
    }

    /** The zone in focus first, then cities, then the rest largest first; a label that would overlap is left out. */
    private void zoneLabels() {
        List<ZoneRect> order = new ArrayList<>(in.atlas().zones(in.mapId()));
        order.sort(java.util.Comparator.comparingInt((ZoneRect z) -> in.zoneId() != null && in.zoneId() == z.zoneId()
                ? 0 : Atlas.CITIES.contains(z.zoneId()) ? 1 : 2));
        List<double[]> placed = new ArrayList<>();
        for (ZoneRect z : order) {
            double[] r = screenRect(z.box());
            boolean focus = in.zoneId() != null && in.zoneId() == z.zoneId();
            boolean city = Atlas.CITIES.contains(z.zoneId());
            String name = Atlas.zoneName(z.zoneId());
            double size = city ? 11 : 12.5;
            double textW = name.length() * size * 0.58 + 6;
            if (!onScreen(r) || r[2] < textW) {
                continue;
            }
            // The middle of the rectangle's visible part, so that a label stays in view while panning.
            double cx = (Math.max(r[0], 0) + Math.min(r[0] + r[2], view.width())) / 2;
            double cy = (Math.max(r[1], 0) + Math.min(r[1] + r[3], view.height())) / 2 + (city ? 14 : 0);
            double[] box = {cx - textW / 2, cy - size / 2 - 2, textW, size + 4};
            if (placed.stream().anyMatch(p -> overlap(p, box))) {
                continue;
            }
            placed.add(box);
            marks.add(new Text(cx, cy, name, size, focus ? Palette.FOCUS : Palette.TEXT, Align.CENTER,
                    focus || city, Palette.HALO));
        }
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private long maxCell() {
        return in.picture() == null ? 0 : in.picture().cells().stream().mapToLong(DensityCell::bots).max()
                .orElse(0);
    }

    /** Drawn from the cells' world rectangles, so a picture read for another view still lands in place. */
    private void density() {
        MapQuery q = in.picture().query();
        double log = Math.log1p(maxCell());
        for (DensityCell c : in.picture().cells()) {
            double yWest = q.view().yMax() - c.column() * q.cellWidth();
            double xNorth = q.view().xMax() - c.row() * q.cellHeight();
            double sx = view.screenX(yWest);
            double sy = view.screenY(xNorth);
            double w = view.screenX(yWest - q.cellWidth()) - sx;
            double h = view.screenY(xNorth - q.cellHeight()) - sy;
            if (sx + w < 0 || sy + h < 0 || sx > view.width() || sy > view.height()) {
                continue;
            }
            marks.add(new Box(sx, sy, w + 0.5, h + 0.5, Palette.density(Math.log1p(c.bots()) / log), 0, 0, false));
        }
    }

    private void dots() {
        int reasons = 0;
        for (MapDot d : in.picture().dots()) {
            double sx = view.screenX(d.y());
            double sy = view.screenY(d.x());
            if (sx < -DOT_RADIUS || sy < -DOT_RADIUS || sx > view.width() + DOT_RADIUS
                    || sy > view.height() + DOT_RADIUS) {
                continue;
            }
            Problem problem = problem(d);
            int fill = problem != null ? Palette.CORRUPT : d.isOnline() ? Palette.ONLINE : Palette.BOT;
            marks.add(new Dot(sx, sy, DOT_RADIUS, fill, Palette.DOT_STROKE, 0.8));
            hits.add(new Hit(d.botGuid(), sx, sy, DOT_RADIUS));
            drawn.put(d.botGuid(), new Drawn(d, sx, sy, problem, false));
            if (problem != null && reasons++ < MAX_REASON_LABELS) {
                marks.add(new Text(sx + 7, sy, problem.brief(), 10.5, Palette.CORRUPT, Align.LEFT, false,
                        Palette.HALO));
            }
        }
    }

    /** Among counted cells, the selected bot has no dot of its own yet. */
    private void selectedAmongCells() {
        MapDot d = in.selectedDot();
        if (d == null || drawn.containsKey(d.botGuid()) || !d.botGuid().equals(in.selected())) {
            return;
        }
        Problem problem = problem(d);
        double sx = view.screenX(d.y());
        double sy = view.screenY(d.x());
        boolean inside = sx >= EDGE_INSET && sy >= EDGE_INSET && sx <= view.width() - EDGE_INSET
                && sy <= view.height() - EDGE_INSET;
        if (!inside) {
            double[] pinned = pin(sx, sy);
            marks.add(EdgeMarker.arrow(pinned[0], pinned[1], sx, sy, view));
            sx = pinned[0];
            sy = pinned[1];
        }
        hits.add(new Hit(d.botGuid(), sx, sy, DOT_RADIUS));
        drawn.put(d.botGuid(), new Drawn(d, sx, sy, problem, !inside));
    }

    /** Bots that cannot be drawn where they stand, or belong to the zone but stand elsewhere: pinned in view. */
    private void strays() {
        int labels = 0;
        Set<String> sides = new HashSet<>();
        for (MapDot d : in.strays().bots()) {
            if (drawn.containsKey(d.botGuid())) {
                continue;
            }
            Problem problem = problem(d);
            if (problem == null) {
                String outside = "outside " + World.zoneLabel(d.zoneId());
                problem = new Problem(outside, outside);
            }
            double sx = view.screenX(d.y());
            double sy = view.screenY(d.x());
            boolean inside = Double.isFinite(sx) && Double.isFinite(sy) && sx >= EDGE_INSET && sy >= EDGE_INSET
                    && sx <= view.width() - EDGE_INSET && sy <= view.height() - EDGE_INSET;
            if (inside) {
                marks.add(new Dot(sx, sy, DOT_RADIUS, Palette.CORRUPT, Palette.DOT_STROKE, 0.8));
            } else {
                double[] pinned = pin(sx, sy);
                marks.add(EdgeMarker.arrow(pinned[0], pinned[1], sx, sy, view));
                if (labels < MAX_EDGE_LABELS && sides.add(Math.round(pinned[0] / 40) + ":" + Math.round(pinned[1]
                        / 14))) {
                    labels++;
                    marks.add(EdgeMarker.label(pinned[0], pinned[1], d.label() + ": " + problem.brief(), view));
                }
                sx = pinned[0];
                sy = pinned[1];
            }
            hits.add(new Hit(d.botGuid(), sx, sy, DOT_RADIUS + 2));
            drawn.put(d.botGuid(), new Drawn(d, sx, sy, problem, !inside));
        }
    }

    /** The point on the view's inner edge towards (sx, sy) from the middle. */
    private double[] pin(double sx, double sy) {
        double cx = view.width() / 2;
        double cy = view.height() / 2;
        double dx = Double.isFinite(sx) ? sx - cx : 0;
        double dy = Double.isFinite(sy) ? sy - cy : -1;
        double tx = dx == 0 ? Double.MAX_VALUE : (cx - EDGE_INSET) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (cy - EDGE_INSET) / Math.abs(dy);
        double t = Math.min(1, Math.min(tx, ty));
        return new double[] {cx + dx * t, cy + dy * t};
    }

    private void selectionAndDrag() {
        SceneInput.Drag drag = in.drag();
        if (drag != null) {
            Drawn from = drawn.get(drag.botGuid());
            double sx = view.screenX(drag.y());
            double sy = view.screenY(drag.x());
            if (from != null) {
                marks.add(new Segment(from.sx(), from.sy(), sx, sy, Palette.SELECTED, 1.5, true));
                marks.add(new Dot(from.sx(), from.sy(), DOT_RADIUS, 0, Palette.SELECTED, 1));
            }
            marks.add(new Dot(sx, sy, SELECTED_RADIUS, Palette.SELECTED, 0xFF000000, 1.2));
            hits.add(new Hit(drag.botGuid(), sx, sy, SELECTED_RADIUS));
            String zone = in.atlas().zoneAt(in.mapId(), drag.x(), drag.y()).map(z -> World.zoneLabel(z.zoneId()))
                    .orElse("no zone");
            marks.add(new Text(sx + 10, sy - 12, String.format(Locale.ROOT, "(%.1f, %.1f) · %s", drag.x(),
                    drag.y(), zone), 11.5, Palette.TEXT, Align.LEFT, true, Palette.HALO));
            return;
        }
        Drawn selected = in.selected() == null ? null : drawn.get(in.selected());
        if (selected != null) {
            marks.add(new Dot(selected.sx(), selected.sy(), SELECTED_RADIUS + 3, 0, Palette.SELECTED, 2));
            marks.add(new Dot(selected.sx(), selected.sy(), SELECTED_RADIUS, Palette.SELECTED, 0xFF000000, 1.2));
            hits.add(new Hit(in.selected(), selected.sx(), selected.sy(), SELECTED_RADIUS));
        }
    }

    /** What is impossible about a bot's values, or null. */
    Problem problem(MapDot d) {
        Placement p = Placement.of(in.atlas(), in.mapId(), d.zoneId(), d.x(), d.y(), in.limits().worldHalfExtent());
        if (p.isImpossible()) {
            return new Problem(p.reason(), p.shortReason());
        }
        if (d.level() < 1 || d.level() > in.limits().maxLevel()) {
            String level = "level " + d.level() + " is outside 1 to " + in.limits().maxLevel();
            return new Problem(level, "level " + d.level());
        }
        if (d.goldCopper() != null && d.goldCopper().compareTo(in.limits().goldCap()) > 0) {
            return new Problem("gold " + d.goldCopper() + " copper is above the cap of " + in.limits().goldCap(),
                    "gold over the cap");
        }
        return null;
    }

    private String zoneAt(MapDot d) {
        return in.atlas().zoneAt(in.mapId(), d.x(), d.y()).map(z -> World.zoneLabel(z.zoneId())).orElse(null);
    }

    /** {x, y, w, h} on screen; west (larger y) is left, north (larger x) is up. */
    private double[] screenRect(WorldBox b) {
        double x = view.screenX(b.yMax());
        double y = view.screenY(b.xMax());
        return new double[] {x, y, view.screenX(b.yMin()) - x, view.screenY(b.xMin()) - y};
    }

    private boolean onScreen(double[] r) {
        return r[0] + r[2] > 0 && r[1] + r[3] > 0 && r[0] < view.width() && r[1] < view.height();
    }
}
