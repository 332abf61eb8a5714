package pbi.dao.service;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;
import pbi.dao.domain.World;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.CellCounts;
import pbi.dao.geo.DensityCell;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.MapPicture;
import pbi.dao.geo.MapQuery;
import pbi.dao.geo.StrayBots;
import pbi.dao.geo.WorldBox;
import pbi.dao.geo.ZoneRect;
import pbi.dao.mapper.MapMapper;

/** Read-only queries for drawing a map; never more rows than a picture can show. */
public final class MapService {

    /** Stray bots listed one by one; the rest are only counted. */
    public static final int STRAY_LIMIT = 300;

    /**
     * Yards per square of the counts kept per map: fine enough for a continent at 4-pixel cells on a screen 1,000
     * pixels across, coarse enough that a crowded continent is a few ten thousand squares.
     */
    public static final double SQUARE = 16;

    private final Database database;
    private final Atlas atlas;
    private final double halfExtent;
    private final java.util.Map<Long, CellCounts> squares = new java.util.concurrent.ConcurrentHashMap<>();

    public MapService(Database database, Atlas atlas, double halfExtent) {
        this.database = database;
        this.atlas = atlas;
        this.halfExtent = halfExtent;
    }

    public Atlas atlas() {
        return atlas;
    }

    public double halfExtent() {
        return halfExtent;
    }

    public boolean hasCharacters() {
        return database.hasCharactersTable();
    }

    /**
     * The bots in a view: one by one when at most {@link MapQuery#dotLimit()} stand there, else counted per cell.
     *
     * @param expectFew when the caller expects few bots in view (it zoomed into a sparse part), the dots are asked
     *                  for first, which spares the count; when there turn out to be too many, the counts follow
     */
    public MapPicture picture(MapQuery query, boolean expectFew) {
        boolean characters = database.hasCharactersTable();
        try (SqlSession session = database.openSession()) {
            MapMapper mapper = session.getMapper(MapMapper.class);
            if (expectFew) {
                List<MapDot> dots = mapper.selectDots(query.mapId(), query.view(), characters,
                        query.dotLimit() + 1);
                if (dots.size() <= query.dotLimit()) {
                    return new MapPicture(query, dots.size(), List.of(), dots);
                }
            }
            List<DensityCell> cells = counted(mapper, query);
            long total = cells.stream().mapToLong(DensityCell::bots).sum();
            if (total > query.dotLimit()) {
                return new MapPicture(query, total, cells, List.of());
            }
            List<MapDot> dots = mapper.selectDots(query.mapId(), query.view(), characters, query.dotLimit());
            return new MapPicture(query, dots.size(), List.of(), dots);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "reading the bots on " + World.mapLabel(query.mapId()));
        }
    }

    /**
     * A rough density picture from per-zone totals, for the moment before {@link #picture} answers; null when the
     * counts per square are already kept (then {@link #picture} is quick) or the map has no zone rectangles.
     */
    public MapPicture sketch(MapQuery query) {
        if (squares.containsKey(query.mapId()) || atlas.zones(query.mapId()).isEmpty()) {
            return null;
        }
        try (SqlSession session = database.openSession()) {
            java.util.Map<Long, Long> totals = new java.util.HashMap<>();
            for (DensityCell zone : session.getMapper(MapMapper.class).countZones(query.mapId())) {
                totals.put((long) zone.row(), zone.bots());
            }
            List<DensityCell> cells = CellCounts.sketch(atlas, query, totals);
            long total = cells.stream().mapToLong(DensityCell::bots).sum();
            return total > query.dotLimit() ? new MapPicture(query, total, cells, List.of()) : null;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "counting the bots per zone on " + World.mapLabel(query.mapId()));
        }
    }

    /** Drops the kept counts, after bots were moved. */
    public void forget(long mapId) {
        squares.remove(mapId);
    }

    /** Counts per cell from the kept squares when they are fine enough, else from the server for this view. */
    private List<DensityCell> counted(MapMapper mapper, MapQuery query) {
        CellCounts kept = squares.get(query.mapId());
        if (kept == null && query.cellWidth() >= SQUARE && query.cellHeight() >= SQUARE) {
            // The server scans all the map's rows for any view, so counting the whole map costs about the same.
            kept = CellCounts.of(query.mapId(), halfExtent, SQUARE,
                    mapper.countSquares(query.mapId(), halfExtent, SQUARE));
            squares.put(query.mapId(), kept);
        }
        if (kept != null && kept.serves(query)) {
            return kept.cellsFor(query);
        }
        return mapper.countCells(query.mapId(), query.view(), query.cellWidth(), query.cellHeight(),
                query.columns() - 1, query.rows() - 1);
    }

    /** One bot's dot, so that a selected bot is drawn even when its neighbours are only counted. */
    public java.util.Optional<MapDot> bot(java.math.BigInteger guid) {
        try (SqlSession session = database.openSession()) {
            return java.util.Optional.ofNullable(session.getMapper(MapMapper.class).selectBot(guid,
                    database.hasCharactersTable()));
        } catch (RuntimeException e) {
            throw Failures.translate(e, "reading the position of bot " + guid);
        }
    }

    /**
     * The bots of a map standing beyond its grid and, for a zone with a rectangle, the zone's bots outside that
     * rectangle.
     */
    public StrayBots strays(long mapId, Long zoneId) {
        WorldBox zoneBox = zoneId == null ? null : atlas.zone(mapId, zoneId).map(ZoneRect::box).orElse(null);
        boolean characters = database.hasCharactersTable();
        try (SqlSession session = database.openSession()) {
            MapMapper mapper = session.getMapper(MapMapper.class);
            List<MapDot> bots = mapper.selectStrays(mapId, halfExtent, zoneId, zoneBox, characters, STRAY_LIMIT);
            long count = bots.size() < STRAY_LIMIT ? bots.size()
                    : mapper.countStrays(mapId, halfExtent, zoneId, zoneBox);
            return new StrayBots(bots, count);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "looking for misplaced bots on " + World.mapLabel(mapId));
        }
    }
}
