package pbi.dao.columns;

import java.util.ArrayList;
import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * What the columns can hold. A value outside these ranges can never be written; anything inside them can, even
 * when the doctor calls it corrupt.
 */
public final class Ranges {

    private Ranges() {
    }

    /** Every value of the bot that its column cannot hold, as "field: why" lines; empty when all fit. */
    public static List<String> problems(BotSnapshot bot) {
        List<String> problems = new ArrayList<>();
        BotState s = bot.state();
        row(problems, "", Tables.STATE, s, true);
        for (InventoryItem item : bot.inventory()) {
            String where = "inventory " + item.key() + " ";
            owner(problems, where, s, item.botGuid());
            row(problems, where, Tables.INVENTORY, item, false);
        }
        for (EquipmentItem item : bot.equipment()) {
            String where = "equipment slot " + item.slot() + " ";
            owner(problems, where, s, item.botGuid());
            row(problems, where, Tables.EQUIPMENT, item, false);
        }
        return problems;
    }

    private static void owner(List<String> problems, String where, BotState s, Object guid) {
        if (!s.botGuid().equals(guid)) {
            problems.add(where + "bot_guid: " + guid + " is not the bot's guid " + s.botGuid());
        }
    }

    private static <R> void row(List<String> problems, String where, Table<R> table, R row, boolean withOwner) {
        for (Column<R> c : table.written()) {
            if (c.role() == Column.Role.OWNER && !withOwner) {
                continue;
            }
            String problem = c.type().problem(c.get(row));
            if (problem != null) {
                problems.add(where + c.name() + ": " + problem);
            }
        }
    }
}
