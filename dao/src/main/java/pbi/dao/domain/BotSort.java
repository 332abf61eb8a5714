package pbi.dao.domain;

import java.util.function.Function;

/** The columns a browse page can be sorted by. Each names its SQL expression, which never comes from user input. */
public enum BotSort {
    GUID("s.bot_guid", BotRow::botGuid),
    NAME("COALESCE(c.name, '')", r -> r.name() == null ? "" : r.name()),
    LEVEL("s.level", BotRow::level),
    GOLD("s.gold_copper", BotRow::goldCopper),
    HEALTH("s.health", BotRow::health),
    MANA("s.mana", BotRow::mana),
    ZONE("s.zone_id", BotRow::zoneId),
    UPDATED("s.last_updated", BotRow::lastUpdated);

    private final String column;
    private final Function<BotRow, Object> value;

    BotSort(String column, Function<BotRow, Object> value) {
        this.column = column;
        this.value = value;
    }

    public String getColumn() {
        return column;
    }

    public Object valueOf(BotRow row) {
        return value.apply(row);
    }

    public boolean needsCharacters() {
        return this == NAME;
    }
}
