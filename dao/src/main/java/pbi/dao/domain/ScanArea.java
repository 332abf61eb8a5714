package pbi.dao.domain;

import java.math.BigInteger;

/** The rows a doctor query reads: all (every field null), one map, one zone of a map, or one bot. */
public record ScanArea(Long mapId, Long zoneId, BigInteger botGuid) {
}
