package pbi.dao.doctor;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.service.PlannedStatement;

/**
 * The exact repair of one bot, for review before it is applied: the statements and their SQL, and each value
 * before and after. {@code before} is the bot as planned; the fix is applied only if the bot is still exactly so.
 * An orphan has no state, so {@code before} is null and its rows are in {@code orphanInventory/orphanEquipment}.
 */
public record BotFix(BigInteger botGuid, Set<Rule> rules, BotSnapshot before, List<InventoryItem> orphanInventory,
        List<EquipmentItem> orphanEquipment, List<PlannedStatement> statements, List<String> sql,
        List<Change> changes) {

    public BotFix {
        rules = Set.copyOf(rules);
        orphanInventory = List.copyOf(orphanInventory);
        orphanEquipment = List.copyOf(orphanEquipment);
        statements = List.copyOf(statements);
        sql = List.copyOf(sql);
        changes = List.copyOf(changes);
    }

    public boolean orphan() {
        return before == null;
    }
}
