package pbi.dao.geo;

import java.math.BigInteger;

/**
 * One bot on a map: what a dot needs. {@code name} and {@code online} are null without a {@code characters} table.
 */
public record MapDot(BigInteger botGuid, float x, float y, long zoneId, int level, BigInteger goldCopper, String name,
        Boolean online) {

    public boolean isOnline() {
        return Boolean.TRUE.equals(online);
    }

    /** The name when the characters table gives one, else the guid. */
    public String label() {
        return name != null && !name.isEmpty() ? name : "bot " + botGuid;
    }
}
