package pbi.dao.domain;

/** How many bots stand in one zone of one map. */
public record ZoneCount(long mapId, long zoneId, long bots) {
}
