package pbi.dao.world;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.World;

/**
 * Safe repairs for the item rules, as pure functions: they propose new rows and say what changed, and the caller
 * shows the usual review before saving. Nothing is invented: durability and stacks are capped at the item's own
 * maximum, and a wrongly worn item moves to a free bag slot. Unknown items and surplus gems get no repair, since
 * any choice would be a guess.
 */
public final class ItemRepairs {

    /** The rules these repairs cover. */
    public static final Set<ItemRule> FIXABLE = EnumSet.of(ItemRule.EQUIPMENT_WRONG_SLOT,
            ItemRule.INVENTORY_STACK_OVER_MAX, ItemRule.ITEM_DURABILITY_OVER_MAX);

    /**
     * One proposed change.
     *
     * @param from where the item was: "inventory bag 19 slot 3", "equipment slot 16 Off hand"
     * @param what the column or item: "durability", "item 49623"
     * @param before the old value
     * @param after the new value, or where the item went
     */
    public record Change(ItemRule rule, String from, String what, String before, String after) {
    }

    /**
     * The bot's rows after the repairs.
     *
     * @param unfixed findings of the chosen rules that no safe repair covers, with the reason in the detail
     */
    public record Proposal(List<InventoryItem> inventory, List<EquipmentItem> equipment, List<Change> changes,
            List<ItemFinding> unfixed) {

        public boolean changesAnything() {
            return !changes.isEmpty();
        }
    }

    private ItemRepairs() {
    }

    /**
     * Proposes the repairs of the chosen rules for one bot.
     *
     * @param rules the rules to repair (rules outside {@link #FIXABLE} are ignored)
     * @param classId {@code characters.class}, or null when unknown
     */
    public static Proposal propose(List<InventoryItem> inventory, List<EquipmentItem> equipment, Integer classId,
            ItemLookup items, Set<ItemRule> rules) {
        List<Change> changes = new ArrayList<>();
        List<ItemFinding> unfixed = new ArrayList<>();
        List<InventoryItem> bags = new ArrayList<>(inventory.size() + 2);
        for (InventoryItem item : inventory) {
            bags.add(repairInventory(item, items, rules, changes));
        }
        Set<InventoryItem.SlotKey> taken = new HashSet<>();
        bags.forEach(i -> taken.add(i.key()));
        List<Integer> bagOrder = bagOrder(inventory);
        List<EquipmentItem> worn = new ArrayList<>(equipment.size());
        for (EquipmentItem original : equipment) {
            EquipmentItem item = original;
            Optional<ItemTemplate> template = original.itemId() > 0 ? items.find(original.itemId())
                    : Optional.empty();
            if (template.isEmpty()) {
                worn.add(item);
                continue;
            }
            String from = "equipment slot " + item.slot() + " " + World.equipmentSlotName(item.slot());
            if (rules.contains(ItemRule.ITEM_DURABILITY_OVER_MAX)
                    && item.durability() > template.get().maxDurability()) {
                changes.add(new Change(ItemRule.ITEM_DURABILITY_OVER_MAX, from, "durability",
                        Long.toString(item.durability()), Long.toString(template.get().maxDurability())));
                item = item.withDurability(template.get().maxDurability());
            }
            ItemFinding wrongSlot = ItemChecks.checkEquipmentItem(original, classId, items).stream()
                    .filter(f -> f.rule() == ItemRule.EQUIPMENT_WRONG_SLOT).findFirst().orElse(null);
            if (wrongSlot == null || !rules.contains(ItemRule.EQUIPMENT_WRONG_SLOT)) {
                worn.add(item);
                continue;
            }
            if (item.gems() != null && !item.gems().isEmpty()) {
                unfixed.add(withReason(wrongSlot, "not moved: it carries gems \"" + item.gems()
                        + "\", which a bag row cannot hold"));
                worn.add(item);
                continue;
            }
            InventoryItem.SlotKey free = freeSlot(bagOrder, taken);
            if (free == null) {
                unfixed.add(withReason(wrongSlot, "not moved: every slot of bags 19-22 is taken"));
                worn.add(item);
                continue;
            }
            taken.add(free);
            bags.add(new InventoryItem(item.botGuid(), free.bag(), free.slot(), item.itemId(), item.itemGuid(), 1,
                    item.enchantments(), item.durability(), null));
            changes.add(new Change(ItemRule.EQUIPMENT_WRONG_SLOT, from, "item " + item.itemId(), "worn",
                    "moved to inventory " + free));
        }
        return new Proposal(List.copyOf(bags), List.copyOf(worn), List.copyOf(changes), List.copyOf(unfixed));
    }

    private static InventoryItem repairInventory(InventoryItem original, ItemLookup items, Set<ItemRule> rules,
            List<Change> changes) {
        Optional<ItemTemplate> template = original.itemId() > 0 ? items.find(original.itemId()) : Optional.empty();
        if (template.isEmpty()) {
            return original;
        }
        InventoryItem item = original;
        String from = "inventory " + original.key();
        long maxStack = template.get().maxStack();
        if (rules.contains(ItemRule.INVENTORY_STACK_OVER_MAX) && item.stackCount() > maxStack) {
            changes.add(new Change(ItemRule.INVENTORY_STACK_OVER_MAX, from, "stack_count",
                    Long.toString(item.stackCount()), Long.toString(maxStack)));
            item = item.withStack(maxStack);
        }
        long maxDurability = template.get().maxDurability();
        if (rules.contains(ItemRule.ITEM_DURABILITY_OVER_MAX) && item.durability() > maxDurability) {
            changes.add(new Change(ItemRule.ITEM_DURABILITY_OVER_MAX, from, "durability",
                    Long.toString(item.durability()), Long.toString(maxDurability)));
            item = item.withDurability(maxDurability);
        }
        return item;
    }

    /** Bags the bot already uses come first (they surely exist), then the other bag positions. */
    private static List<Integer> bagOrder(List<InventoryItem> inventory) {
        List<Integer> order = new ArrayList<>(new TreeSet<>(inventory.stream().map(InventoryItem::bag)
                .filter(World.BAG_POSITIONS::contains).toList()));
        World.BAG_POSITIONS.stream().filter(b -> !order.contains(b)).forEach(order::add);
        return order;
    }

    private static InventoryItem.SlotKey freeSlot(List<Integer> bags, Set<InventoryItem.SlotKey> taken) {
        for (int bag : bags) {
            for (int slot = 0; slot < World.MAX_BAG_SLOTS; slot++) {
                InventoryItem.SlotKey key = new InventoryItem.SlotKey(bag, slot);
                if (!taken.contains(key)) {
                    return key;
                }
            }
        }
        return null;
    }

    private static ItemFinding withReason(ItemFinding finding, String reason) {
        return new ItemFinding(finding.rule(), finding.bag(), finding.slot(), finding.column(),
                finding.detail() + "; " + reason, finding.value());
    }
}
