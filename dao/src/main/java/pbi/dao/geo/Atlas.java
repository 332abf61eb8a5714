package pbi.dao.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pbi.dao.domain.World;

/**
 * The zone rectangles of every map, from the client's WorldMapArea ({@code pbi/resources/world/zone_bounds.csv}),
 * and the answer to "which zone is this point in".
 *
 * <p>The rectangles are the frames of the client's zone map images, so they overlap their neighbours by a wide
 * margin. A point therefore often lies in several; it belongs to a city whose rectangle holds it, otherwise to the
 * zone whose rectangle it sits most centrally in (the zone whose map the point would be drawn on the middle of).
 */
public final class Atlas {

    /** Capitals and other cities: their rectangles lie inside a surrounding zone's, and they win. */
    public static final Set<Long> CITIES = Set.of(1497L, 1519L, 1537L, 1637L, 1638L, 1657L, 3487L, 3557L, 3703L,
            4395L);

    private static final String RESOURCE = "/pbi/resources/world/zone_bounds.csv";
    private static volatile Atlas standard;

    private final Map<Long, ZoneRect> continents = new LinkedHashMap<>();
    private final Map<Long, List<ZoneRect>> zonesByMap = new LinkedHashMap<>();

    private Atlas(List<ZoneRect> rows) {
        for (ZoneRect r : rows) {
            if (!r.hasRectangle()) {
                continue;
            }
            if (r.isContinent()) {
                continents.put(r.mapId(), r);
            } else {
                zonesByMap.computeIfAbsent(r.mapId(), m -> new ArrayList<>()).add(r);
            }
        }
        // Largest first: the order to draw them in, so that cities end up on top.
        zonesByMap.values().forEach(list -> list.sort(Comparator.comparingDouble((ZoneRect z) -> z.box().area())
                .reversed()));
    }

    /** The rectangles shipped with the application. */
    public static Atlas standard() {
        Atlas atlas = standard;
        if (atlas == null) {
            try (InputStream in = Atlas.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The zone rectangles are missing from the jar: " + RESOURCE);
                }
                atlas = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            standard = atlas;
        }
        return atlas;
    }

    /** Reads {@code id,map,area,internal_name,loc_left,loc_right,loc_top,loc_bottom} with a header line. */
    public static Atlas parse(Reader reader) throws IOException {
        List<ZoneRect> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !header.startsWith("id,map,area,internal_name")) {
            throw new IOException("Not a zone_bounds file: the header is " + header);
        }
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 8) {
                throw new IOException("zone_bounds line " + number + " has " + f.length + " fields, not 8");
            }
            try {
                rows.add(new ZoneRect(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                        Double.parseDouble(f[7])));
            } catch (NumberFormatException e) {
                throw new IOException("zone_bounds line " + number + ": " + e.getMessage(), e);
            }
        }
        return new Atlas(rows);
    }

    /** The continent's own rectangle (the row with area 0), when the map has one. */
    public Optional<ZoneRect> continent(long mapId) {
        return Optional.ofNullable(continents.get(mapId));
    }

    /** The zone rectangles on a map, largest first; empty for a map without any. */
    public List<ZoneRect> zones(long mapId) {
        return List.copyOf(zonesByMap.getOrDefault(mapId, List.of()));
    }

    /** The rectangle of one zone on one map. */
    public Optional<ZoneRect> zone(long mapId, long zoneId) {
        return zonesByMap.getOrDefault(mapId, List.of()).stream().filter(z -> z.zoneId() == zoneId).findFirst();
    }

    /** The zone a point lies in: a city when one holds it, else the zone it sits most centrally in. */
    public Optional<ZoneRect> zoneAt(long mapId, double x, double y) {
        ZoneRect best = null;
        boolean bestIsCity = false;
        double bestScore = Double.MAX_VALUE;
        for (ZoneRect z : zonesByMap.getOrDefault(mapId, List.of())) {
            if (!z.contains(x, y)) {
                continue;
            }
            boolean city = CITIES.contains(z.zoneId());
            double score = city ? z.box().area() : z.offCentre(x, y);
            if (best == null || (city && !bestIsCity) || (city == bestIsCity && score < bestScore)) {
                best = z;
                bestIsCity = city;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What a map view shows when nothing narrower is asked: the union of the zones' rectangles (the continent's own
     * row frames a far wider area, mostly sea), else the continent's, else the whole grid of cells.
     */
    public WorldBox mapBox(long mapId, double halfExtent) {
        WorldBox union = null;
        for (ZoneRect z : zonesByMap.getOrDefault(mapId, List.of())) {
            union = union == null ? z.box() : union.union(z.box());
        }
        if (union != null) {
            return union;
        }
        ZoneRect continent = continents.get(mapId);
        return continent != null ? continent.box() : WorldBox.centredSquare(halfExtent);
    }

    /** "Elwynn Forest" for a known zone, "Zone 36" otherwise (DOMAIN: unknown zones are shown by number). */
    public static String zoneName(long zoneId) {
        return World.zoneName(zoneId).orElse("Zone " + zoneId);
    }
}
