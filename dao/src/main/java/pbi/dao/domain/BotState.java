package pbi.dao.domain;

import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * One row of {@code playerbot_state}. Unsigned BIGINT columns are held as {@link BigInteger} and unsigned INT
 * columns as {@code long}, so no value the column can hold is wrapped or truncated.
 *
 * @param lastUpdated the server-maintained timestamp; never written by the tool, may be null for unsaved bots
 */
public record BotState(
        BigInteger botGuid,
        float positionX,
        float positionY,
        float positionZ,
        long mapId,
        long zoneId,
        float orientation,
        BigInteger goldCopper,
        long health,
        long mana,
        int level,
        LocalDateTime lastUpdated) {

    public BotState withGold(BigInteger gold) {
        return new BotState(botGuid, positionX, positionY, positionZ, mapId, zoneId, orientation, gold, health, mana,
                level, lastUpdated);
    }

    public BotState withPosition(float x, float y, float z, long map, long zone, float facing) {
        return new BotState(botGuid, x, y, z, map, zone, facing, goldCopper, health, mana, level, lastUpdated);
    }

    public BotState withVitals(long newHealth, long newMana, int newLevel) {
        return new BotState(botGuid, positionX, positionY, positionZ, mapId, zoneId, orientation, goldCopper,
                newHealth, newMana, newLevel, lastUpdated);
    }

    public BotState withGuid(BigInteger guid) {
        return new BotState(guid, positionX, positionY, positionZ, mapId, zoneId, orientation, goldCopper, health,
                mana, level, lastUpdated);
    }

    public BotState withLastUpdated(LocalDateTime time) {
        return new BotState(botGuid, positionX, positionY, positionZ, mapId, zoneId, orientation, goldCopper, health,
                mana, level, time);
    }

    /** True when every column but {@code last_updated} is equal; floats are compared bit for bit. */
    public boolean sameValues(BotState other) {
        return other != null && withLastUpdated(null).equals(other.withLastUpdated(null));
    }
}
