package pbi.dao.json;

import java.math.BigInteger;
import java.util.List;

/** Which bots an export writes. */
public sealed interface ExportSelection {

    /** These bots, in guid order; unknown guids are skipped (callers check first when that matters). */
    record Bots(List<BigInteger> guids) implements ExportSelection {
        public Bots {
            guids = guids.stream().distinct().sorted().toList();
        }
    }

    /** The bots on a map, or in one zone of it when {@code zoneId} is not null. */
    record Area(long mapId, Long zoneId) implements ExportSelection {
    }

    /** Every bot. */
    record All() implements ExportSelection {
    }

    static ExportSelection bots(List<BigInteger> guids) {
        return new Bots(guids);
    }

    static ExportSelection map(long mapId) {
        return new Area(mapId, null);
    }

    static ExportSelection zone(long mapId, long zoneId) {
        return new Area(mapId, zoneId);
    }

    static ExportSelection all() {
        return new All();
    }
}
