package pbi.app.gui.browse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import pbi.dao.doctor.Checks;
import pbi.dao.doctor.Finding;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Limits;

/**
 * What a table row can tell at a glance: the doctor's own state checks run on the columns a row carries (level,
 * gold, health, mana, zone on map, last update), and the character's race and class by name. Pure.
 */
public final class RowChecks {

    /** The window's clock is not the database's; only a last update clearly in the future counts. */
    private static final int CLOCK_SLACK_MINUTES = 5;
    private static final Map<Integer, String> RACES = Map.of(1, "Human", 2, "Orc", 3, "Dwarf", 4, "Night Elf",
            5, "Undead", 6, "Tauren", 7, "Gnome", 8, "Troll", 10, "Blood Elf", 11, "Draenei");
    private static final Map<Integer, String> CLASSES = Map.of(1, "Warrior", 2, "Paladin", 3, "Hunter", 4, "Rogue",
            5, "Priest", 6, "Death Knight", 7, "Shaman", 8, "Mage", 9, "Warlock", 11, "Druid");

    private RowChecks() {
    }

    /**
     * The doctor's findings on the row's own columns. A row has no position or orientation, so those are checked
     * when the bot is opened (the Checks panel), not here.
     */
    public static List<String> problems(BotRow row, Limits limits) {
        BotState state = new BotState(row.botGuid(), 0f, 0f, 0f, row.mapId(), row.zoneId(), 0f, row.goldCopper(),
                row.health(), row.mana(), row.level(), row.lastUpdated());
        return Checks.state(state, limits, LocalDateTime.now().plusMinutes(CLOCK_SLACK_MINUTES)).stream()
                .map(Finding::detail).toList();
    }

    /** The status cell: empty for a sound row, else a mark with the number of problems. */
    public static String status(List<String> problems) {
        return problems.isEmpty() ? "" : "⚠ " + problems.size();
    }

    public static String race(Integer race) {
        return race == null ? "" : RACES.getOrDefault(race, "race " + race);
    }

    public static String characterClass(Integer characterClass) {
        return characterClass == null ? "" : CLASSES.getOrDefault(characterClass, "class " + characterClass);
    }
}
