package pbi.dao.json;

import java.util.List;
import java.util.Map;
import pbi.dao.doctor.Checks;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Place;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;

/**
 * The doctor's per-bot rules, as import warnings: the values are imported exactly as they are, and the user is told
 * where in the file they stand.
 */
final class ImportChecks {

    private ImportChecks() {
    }

    static List<Problem> warnings(BotSnapshot bot, Limits limits, int stateLine,
                                  Map<InventoryItem.SlotKey, Integer> inventoryLines,
                                  Map<Integer, Integer> equipmentLines) {
        // No database clock here: last_updated is not imported, so "updated in the future" cannot apply.
        return Checks.bot(bot, limits, null).stream()
                .map(f -> Problem.warning(line(f, stateLine, inventoryLines, equipmentLines), bot.guid(),
                        f.location(), f.rule().id(), f.detail() + "; imported unchanged"))
                .toList();
    }

    private static int line(Finding finding, int stateLine, Map<InventoryItem.SlotKey, Integer> inventoryLines,
                            Map<Integer, Integer> equipmentLines) {
        Place place = finding.place();
        return switch (place.table()) {
            case STATE -> stateLine;
            case INVENTORY -> inventoryLines.getOrDefault(new InventoryItem.SlotKey(place.bag(), place.slot()),
                    stateLine);
            case EQUIPMENT -> equipmentLines.getOrDefault(place.slot(), stateLine);
        };
    }
}
