package pbi.dao.domain;

import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * A filtered, sorted browse request. Paging is by keyset: {@code after} is the last row of the previous page, or
 * null for the first page, so a deep page costs what the first one does.
 *
 * @param mapId null for every map
 * @param zoneId null for every zone of the map
 * @param guid exact bot guid, or null
 * @param namePrefix start of a character name, or null; only used when a characters table exists
 */
public record BotQuery(
        Long mapId,
        Long zoneId,
        BigInteger guid,
        String namePrefix,
        Integer minLevel,
        Integer maxLevel,
        BigInteger minGold,
        BigInteger maxGold,
        LocalDateTime updatedSince,
        BotSort sort,
        boolean descending,
        BotRow after,
        int limit) {

    public BotQuery {
        sort = sort == null ? BotSort.GUID : sort;
        limit = limit <= 0 ? 50 : limit;
    }

    public static BotQuery zone(Long mapId, Long zoneId) {
        return new BotQuery(mapId, zoneId, null, null, null, null, null, null, null, BotSort.GUID, false, null, 50);
    }

    public BotQuery after(BotRow row) {
        return new BotQuery(mapId, zoneId, guid, namePrefix, minLevel, maxLevel, minGold, maxGold, updatedSince, sort,
                descending, row, limit);
    }

    public BotQuery sortedBy(BotSort newSort, boolean desc) {
        return new BotQuery(mapId, zoneId, guid, namePrefix, minLevel, maxLevel, minGold, maxGold, updatedSince,
                newSort, desc, null, limit);
    }

    public BotQuery withLimit(int newLimit) {
        return new BotQuery(mapId, zoneId, guid, namePrefix, minLevel, maxLevel, minGold, maxGold, updatedSince, sort,
                descending, after, newLimit);
    }

    public BotQuery withFilters(BigInteger newGuid, String newNamePrefix, Integer newMinLevel, Integer newMaxLevel,
            BigInteger newMinGold, BigInteger newMaxGold, LocalDateTime newUpdatedSince) {
        return new BotQuery(mapId, zoneId, newGuid, newNamePrefix, newMinLevel, newMaxLevel, newMinGold, newMaxGold,
                newUpdatedSince, sort, descending, null, limit);
    }

    /**
     * The sort column's value in the cursor row, bound as the keyset parameter. Named like a record component
     * because MyBatis sees only zero-argument methods by their plain name on records: a getter would be invisible.
     */
    public Object cursorValue() {
        return after == null ? null : sort.valueOf(after);
    }

    public Object getCursorValue() {
        return cursorValue();
    }

    public String getNameLike() {
        return nameLike();
    }

    /** For SQL LIKE: the prefix with its wildcards escaped; named for MyBatis as {@link #cursorValue()} is. */
    public String nameLike() {
        if (namePrefix == null || namePrefix.isEmpty()) {
            return null;
        }
        return namePrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
