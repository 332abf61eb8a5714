package pbi.dao.json;

import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.world.ItemChecks;
import pbi.dao.world.ItemLookup;

/**
 * The doctor's item rules, as import warnings beside the others: the items are imported exactly as they are. A
 * file does not carry the bot's class, so a two-hander in the off hand is not called wrong (as for an unknown
 * class in the doctor).
 */
final class ItemWarnings {

    private ItemWarnings() {
    }

    /** @param line the bot's line in the file */
    static List<Problem> of(BotSnapshot bot, int line, ItemLookup items) {
        return ItemChecks.check(bot.inventory(), bot.equipment(), null, items).stream()
                .map(f -> Problem.warning(line, bot.guid(), f.location(), f.rule().id(),
                        f.detail() + "; imported unchanged"))
                .toList();
    }
}
