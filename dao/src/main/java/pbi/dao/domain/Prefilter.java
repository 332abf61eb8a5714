package pbi.dao.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bounds the state scan's WHERE clause uses. They are a little looser than the rules, so SQL never drops a row
 * that the doctor's checks would flag; they then decide.
 */
public record Prefilter(double xy, double z, double orientation, int maxLevel, BigInteger goldCap, long wrapped,
        List<ZoneMismatch> zoneMismatches) {

    /** On map {@code mapId}, the known zones that lie on another map. */
    public record ZoneMismatch(long mapId, List<Long> zones) {
    }

    public static Prefilter of(Limits limits) {
        List<ZoneMismatch> mismatches = new ArrayList<>();
        for (Long map : World.maps().keySet()) {
            List<Long> foreign = new ArrayList<>();
            for (Map.Entry<Long, String> other : World.maps().entrySet()) {
                if (!other.getKey().equals(map)) {
                    foreign.addAll(World.zonesOf(other.getKey()).keySet());
                }
            }
            mismatches.add(new ZoneMismatch(map, foreign));
        }
        return new Prefilter(limits.worldHalfExtent() - 0.01, limits.maxAbsZ() - 0.01, Limits.TWO_PI - 0.0001,
                limits.maxLevel(), limits.goldCap(), Limits.WRAPPED_THRESHOLD, mismatches);
    }
}
