package pbi.dao.domain;

import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * One line of a browse page. The character fields are null when the database has no {@code characters} table or
 * no character row for the bot.
 */
public record BotRow(
        BigInteger botGuid,
        String name,
        Integer race,
        Integer characterClass,
        Boolean online,
        int level,
        BigInteger goldCopper,
        long health,
        long mana,
        long mapId,
        long zoneId,
        LocalDateTime lastUpdated) {

    public boolean isOnline() {
        return Boolean.TRUE.equals(online);
    }
}
