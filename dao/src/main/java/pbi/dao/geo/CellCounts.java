package pbi.dao.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole map's bots counted once per square of {@code size} yards, anchored at the world's north-west corner, so
 * that a view at that resolution or coarser is drawn without asking the server again. The server has no index on
 * positions, so every count scans all the map's rows; this is read once per map and kept.
 *
 * @param columns each non-empty square's column (west to east), with its row (north to south) and bots
 */
public record CellCounts(long mapId, double halfExtent, double size, int[] columns, int[] rows, long[] bots) {

    /** The squares the server answered, one row per non-empty square. */
    public static CellCounts of(long mapId, double halfExtent, double size, List<DensityCell> squares) {
        // Plain arrays: a million bots make ~100,000 squares, and boxed map entries would cost tens of MB.
        int n = squares.size();
        int[] columns = new int[n];
        int[] rows = new int[n];
        long[] bots = new long[n];
        for (int i = 0; i < n; i++) {
            DensityCell c = squares.get(i);
            columns[i] = c.column();
            rows[i] = c.row();
            bots[i] = c.bots();
        }
        return new CellCounts(mapId, halfExtent, size, columns, rows, bots);
    }

    static long key(int column, int row) {
        return ((long) column << 32) | (row & 0xffffffffL);
    }

    /** True when the query's cells are at least as large as the squares, so adding squares up is exact enough. */
    public boolean serves(MapQuery query) {
        return query.mapId() == mapId && query.cellWidth() >= size && query.cellHeight() >= size;
    }

    /** The query's cells, each the sum of the squares whose centre falls in it. */
    public List<DensityCell> cellsFor(MapQuery query) {
        WorldBox view = query.view();
        int columnCount = query.columns();
        long[] sums = new long[columnCount * query.rows()];
        for (int i = 0; i < bots.length; i++) {
            double y = halfExtent - (columns[i] + 0.5) * size;
            double x = halfExtent - (rows[i] + 0.5) * size;
            if (!view.contains(x, y)) {
                continue;
            }
            int c = Math.min((int) Math.floor((view.yMax() - y) / query.cellWidth()), columnCount - 1);
            int r = Math.min((int) Math.floor((view.xMax() - x) / query.cellHeight()), query.rows() - 1);
            sums[r * columnCount + c] += bots[i];
        }
        List<DensityCell> out = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] > 0) {
                out.add(new DensityCell(i % columnCount, i / columnCount, sums[i]));
            }
        }
        return out;
    }

    /**
     * A first, rough picture from per-zone totals alone: each zone's bots spread evenly over its rectangle (a city's
     * over the city's, cut out of the zone around it). Cheap because the server counts zones on its (map, zone)
     * index; it stands in until the counts per square arrive.
     */
    public static List<DensityCell> sketch(Atlas atlas, MapQuery query, Map<Long, Long> zoneTotals) {
        WorldBox view = query.view();
        Map<Long, Double> sums = new HashMap<>();
        double cw = query.cellWidth();
        double ch = query.cellHeight();
        for (Map.Entry<Long, Long> total : zoneTotals.entrySet()) {
            ZoneRect zone = atlas.zone(query.mapId(), total.getKey()).orElse(null);
            if (zone == null || !zone.hasRectangle() || total.getValue() <= 0) {
                continue;
            }
            WorldBox box = zone.box();
            WorldBox seen = box.intersection(view);
            if (seen == null || seen.area() <= 0) {
                continue;
            }
            int c0 = (int) Math.floor((view.yMax() - seen.yMax()) / cw);
            int c1 = Math.min((int) Math.floor((view.yMax() - seen.yMin()) / cw), query.columns() - 1);
            int r0 = (int) Math.floor((view.xMax() - seen.xMax()) / ch);
            int r1 = Math.min((int) Math.floor((view.xMax() - seen.xMin()) / ch), query.rows() - 1);
            // The zone's bots are shared among the cells it wins, in view; the part of the zone out of view gets
            // its share by area.
            List<Long> won = new ArrayList<>();
            for (int c = Math.max(c0, 0); c <= c1; c++) {
                for (int r = Math.max(r0, 0); r <= r1; r++) {
                    double y = view.yMax() - (c + 0.5) * cw;
                    double x = view.xMax() - (r + 0.5) * ch;
                    if (atlas.zoneAt(query.mapId(), x, y).map(z -> z.zoneId() == zone.zoneId()).orElse(false)) {
                        won.add(key(c, r));
                    }
                }
            }
            double inView = total.getValue() * (seen.area() / box.area());
            for (long k : won) {
                sums.merge(k, inView / won.size(), Double::sum);
            }
        }
        List<DensityCell> out = new ArrayList<>(sums.size());
        sums.forEach((k, n) -> {
            if (n > 0) {
                out.add(new DensityCell((int) (k >> 32), (int) (long) k, Math.max(1, Math.round(n))));
            }
        });
        return out;
    }
}
