package pbi.dao.doctor;

import java.math.BigInteger;
import pbi.dao.domain.ScanArea;

/**
 * What a scan covers: the whole database, one map, one zone of a map, or one bot. Map and zone scans look at the
 * bots whose state row is there; orphan rows have no map, so only whole-database scans report them, and
 * duplicates are looked for among the scanned bots' items.
 */
public record Scope(Long mapId, Long zoneId, BigInteger botGuid) {

    public Scope {
        if (zoneId != null && mapId == null) {
            throw new IllegalArgumentException("A zone scope needs its map");
        }
    }

    public static Scope wholeDatabase() {
        return new Scope(null, null, null);
    }

    public static Scope map(long mapId) {
        return new Scope(mapId, null, null);
    }

    public static Scope zone(long mapId, long zoneId) {
        return new Scope(mapId, zoneId, null);
    }

    public static Scope bot(BigInteger guid) {
        return new Scope(null, null, guid);
    }

    /** The same rows, as the doctor's queries take them. */
    public ScanArea area() {
        return new ScanArea(mapId, zoneId, botGuid);
    }

    public boolean whole() {
        return mapId == null && botGuid == null;
    }

    public String describe() {
        if (botGuid != null) {
            return "bot " + botGuid;
        }
        if (mapId == null) {
            return "the whole database";
        }
        return zoneId == null ? "map " + mapId : "zone " + zoneId + " of map " + mapId;
    }
}
