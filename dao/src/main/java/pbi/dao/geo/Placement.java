package pbi.dao.geo;

import java.util.Locale;
import pbi.dao.domain.World;

/**
 * Where a bot's position stands against its map and zone: fine, or impossible for one of three reasons.
 *
 * @param landsIn the zone whose rectangle the position is in, or null
 * @param reason one line for people, null when the position is fine
 */
public record Placement(Kind kind, ZoneRect landsIn, String reason) {

    public enum Kind {
        OK,
        /** Beyond the map's grid of cells. */
        OUTSIDE_MAP,
        /** On the map, but in none of its zone rectangles. */
        NO_ZONE,
        /** Outside the rectangle of the zone that {@code zone_id} names. */
        OTHER_ZONE
    }

    /** A few words for a label beside the dot: the reason without the figures. */
    public String shortReason() {
        return switch (kind) {
            case OK -> null;
            case OUTSIDE_MAP -> "outside the map";
            case NO_ZONE -> "in no zone";
            case OTHER_ZONE -> "in " + World.zoneLabel(landsIn.zoneId()) + ", not its zone";
        };
    }

    public boolean isImpossible() {
        return kind != Kind.OK;
    }

    /**
     * Checks a position. Maps without zone rectangles (instances, unknown maps) and zones without one (Dalaran,
     * unknown zones) are only checked against the grid: there is nothing else to compare with.
     */
    public static Placement of(Atlas atlas, long mapId, long zoneId, double x, double y, double halfExtent) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > halfExtent || Math.abs(y) > halfExtent) {
            return new Placement(Kind.OUTSIDE_MAP, null, String.format(Locale.ROOT,
                    "outside the map: (%s, %s) is beyond ±%,.0f yards of %s's centre", number(x), number(y),
                    halfExtent, World.mapLabel(mapId)));
        }
        if (atlas.zones(mapId).isEmpty()) {
            return new Placement(Kind.OK, null, null);
        }
        ZoneRect landsIn = atlas.zoneAt(mapId, x, y).orElse(null);
        if (landsIn == null) {
            return new Placement(Kind.NO_ZONE, null, "in no zone of " + World.mapLabel(mapId));
        }
        ZoneRect own = atlas.zone(mapId, zoneId).orElse(null);
        if (own != null && !own.contains(x, y)) {
            return new Placement(Kind.OTHER_ZONE, landsIn, "in " + World.zoneLabel(landsIn.zoneId()) + ", not in "
                    + World.zoneLabel(zoneId) + " as zone_id says");
        }
        return new Placement(Kind.OK, landsIn, null);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : String.valueOf(v);
    }
}
