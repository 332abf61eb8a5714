package pbi.dao.doctor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.world.ItemLookup;
import pbi.dao.world.ItemRepairs;
import pbi.dao.world.ItemRule;

/**
 * The item rules' safe repairs ({@link ItemRepairs}) in the doctor's terms, as a pure function: the repaired bot,
 * and each changed value as a {@link Change} at its {@link Place}, for the usual review.
 */
final class ItemFixes {

    record Result(BotSnapshot after, List<Change> changes) {
    }

    private ItemFixes() {
    }

    /**
     * @param rules the doctor's rules to repair; only the fixable item rules among them count
     * @param classId {@code characters.class}, or null when unknown
     * @param items the realm's items; null repairs nothing
     */
    static Result apply(BotSnapshot bot, Set<Rule> rules, Integer classId, ItemLookup items) {
        Set<ItemRule> wanted = EnumSet.noneOf(ItemRule.class);
        rules.forEach(r -> r.itemRule().filter(ItemRepairs.FIXABLE::contains).ifPresent(wanted::add));
        if (wanted.isEmpty() || items == null) {
            return new Result(bot, List.of());
        }
        ItemRepairs.Proposal proposal = ItemRepairs.propose(bot.inventory(), bot.equipment(), classId, items, wanted);
        if (!proposal.changesAnything()) {
            return new Result(bot, List.of());
        }
        List<Change> changes = new ArrayList<>();
        Map<InventoryItem.SlotKey, InventoryItem> before = bot.inventoryBySlot();
        for (InventoryItem now : proposal.inventory()) {
            InventoryItem old = before.get(now.key());
            if (old == null) {
                continue;
            }
            if (old.stackCount() != now.stackCount()) {
                changes.add(new Change(Place.inventory(now.bag(), now.slot(), "stack_count"),
                        Long.toString(old.stackCount()), Long.toString(now.stackCount())));
            }
            if (old.durability() != now.durability()) {
                changes.add(new Change(Place.inventory(now.bag(), now.slot(), "durability"),
                        Long.toString(old.durability()), Long.toString(now.durability())));
            }
        }
        Map<Integer, EquipmentItem> kept = new BotSnapshot(bot.state(), List.of(), proposal.equipment())
                .equipmentBySlot();
        for (EquipmentItem old : bot.equipment()) {
            EquipmentItem now = kept.get(old.slot());
            if (now == null) {
                InventoryItem moved = proposal.inventory().stream()
                        .filter(i -> !before.containsKey(i.key()) && i.itemGuid().equals(old.itemGuid()))
                        .findFirst().orElseThrow();
                String durability = old.durability() != moved.durability()
                        ? " (durability " + old.durability() + " → " + moved.durability() + ")" : "";
                changes.add(new Change(Place.equipment(old.slot(), null), "item " + old.itemId() + " worn",
                        "moved to inventory " + moved.key() + durability));
            } else if (old.durability() != now.durability()) {
                changes.add(new Change(Place.equipment(old.slot(), "durability"), Long.toString(old.durability()),
                        Long.toString(now.durability())));
            }
        }
        return new Result(new BotSnapshot(bot.state(), proposal.inventory(), proposal.equipment()), changes);
    }
}
