package pbi.dao.domain;

/** A bot's row in TrinityCore's {@code characters} table, where that table exists. */
public record CharacterInfo(long guid, String name, int race, int characterClass, int level, boolean online) {
}
