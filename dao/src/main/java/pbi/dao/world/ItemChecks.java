package pbi.dao.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Parsed;
import pbi.dao.domain.World;

/**
 * The item rules, as pure functions of one bot's rows and the catalog. Values the older rules already cover (item
 * id 0, an equipment slot outside 0-18) are left to them, so that one fault gives one finding.
 */
public final class ItemChecks {

    /** Waist (belt buckle), wrists and hands (blacksmith's socket) may hold one gem more than their sockets. */
    public static final Set<Integer> EXTRA_SOCKET_SLOTS = Set.of(5, 8, 9);
    private static final int LAST_EQUIPMENT_SLOT = 18;

    private ItemChecks() {
    }

    /**
     * Every item finding for one bot, inventory first, each in row order. An unavailable catalog gives none: with
     * no world data the item rules are skipped, rather than every item called unknown.
     *
     * @param classId {@code characters.class}, or null when unknown
     */
    public static List<ItemFinding> check(List<InventoryItem> inventory, List<EquipmentItem> equipment,
            Integer classId, ItemLookup items) {
        List<ItemFinding> findings = new ArrayList<>();
        if (items instanceof ItemCatalog catalog && !catalog.available()) {
            return findings;
        }
        for (InventoryItem item : inventory) {
            findings.addAll(checkInventoryItem(item, items));
        }
        for (EquipmentItem item : equipment) {
            findings.addAll(checkEquipmentItem(item, classId, items));
        }
        return findings;
    }

    /** The findings for one bag row; the window uses it to mark a tile. */
    public static List<ItemFinding> checkInventoryItem(InventoryItem item, ItemLookup items) {
        List<ItemFinding> out = new ArrayList<>(1);
        if (item.itemId() <= 0) {
            return out;
        }
        Optional<ItemTemplate> found = items.find(item.itemId());
        if (found.isEmpty()) {
            out.add(unknown(item.bag(), item.slot(), item.itemId()));
            return out;
        }
        ItemTemplate template = found.get();
        if (item.stackCount() > template.maxStack()) {
            out.add(new ItemFinding(ItemRule.INVENTORY_STACK_OVER_MAX, item.bag(), item.slot(), "stack_count",
                    "a stack of " + item.stackCount() + " " + template + ", which stacks to at most "
                            + template.maxStack(), Long.toString(item.stackCount())));
        }
        durability(template, item.durability(), item.bag(), item.slot()).ifPresent(out::add);
        return out;
    }

    /** The findings for one worn item; the window uses it to mark a paper-doll slot. */
    public static List<ItemFinding> checkEquipmentItem(EquipmentItem item, Integer classId, ItemLookup items) {
        List<ItemFinding> out = new ArrayList<>(1);
        if (item.itemId() <= 0) {
            return out;
        }
        Optional<ItemTemplate> found = items.find(item.itemId());
        if (found.isEmpty()) {
            out.add(unknown(null, item.slot(), item.itemId()));
            return out;
        }
        ItemTemplate template = found.get();
        boolean slotInRange = item.slot() >= 0 && item.slot() <= LAST_EQUIPMENT_SLOT;
        if (slotInRange && !template.fits(item.slot(), classId)) {
            out.add(new ItemFinding(ItemRule.EQUIPMENT_WRONG_SLOT, null, item.slot(), "slot",
                    template + " is " + article(template.kind()) + " (InventoryType " + template.inventoryType()
                            + ") and cannot be worn in slot " + item.slot() + " " + World.equipmentSlotName(
                                    item.slot()) + "; " + fitsText(template), Integer.toString(item.slot())));
        }
        durability(template, item.durability(), null, item.slot()).ifPresent(out::add);
        // A malformed gem string is the gem rules' finding; counting its surplus would report one fault twice.
        Parsed<Long> parsed = ItemStrings.parseGems(item.gems());
        int gems = parsed.values().size();
        int allowed = allowedGems(template, item.slot());
        if (parsed.valid() && gems > allowed) {
            String extra = EXTRA_SOCKET_SLOTS.contains(item.slot()) ? " plus the one a "
                    + World.equipmentSlotName(item.slot()).toLowerCase(java.util.Locale.ROOT) + " item may gain" : "";
            out.add(new ItemFinding(ItemRule.EQUIPMENT_GEMS_OVER_SOCKETS, null, item.slot(), "gems",
                    gems + " gems in " + template + ", which has " + template.socketCount() + " socket"
                            + (template.socketCount() == 1 ? "" : "s") + extra + " (at most " + allowed + ")",
                    item.gems()));
        }
        return out;
    }

    /** The most gems an item may hold in this equipment slot. */
    public static int allowedGems(ItemTemplate template, int slot) {
        return template.socketCount() + (EXTRA_SOCKET_SLOTS.contains(slot) ? 1 : 0);
    }

    private static ItemFinding unknown(Integer bag, int slot, long itemId) {
        return new ItemFinding(ItemRule.ITEM_UNKNOWN, bag, slot, "item_id",
                "item " + itemId + " is not in item_template", Long.toString(itemId));
    }

    private static Optional<ItemFinding> durability(ItemTemplate template, long durability, Integer bag, int slot) {
        if (durability <= template.maxDurability()) {
            return Optional.empty();
        }
        String detail = template.hasDurability()
                ? "durability " + durability + " is above " + template + "'s maximum " + template.maxDurability()
                : "durability " + durability + " on " + template + ", which has no durability (it must be 0)";
        return Optional.of(new ItemFinding(ItemRule.ITEM_DURABILITY_OVER_MAX, bag, slot, "durability", detail,
                Long.toString(durability)));
    }

    private static String fitsText(ItemTemplate template) {
        List<Integer> slots = template.slots();
        if (slots.isEmpty()) {
            return "it fits no equipment slot";
        }
        List<String> names = slots.stream().map(s -> s + " " + World.equipmentSlotName(s)).toList();
        return "it fits slot " + String.join(" or ", names);
    }

    private static String article(String kind) {
        return ("AEIOU".indexOf(Character.toUpperCase(kind.charAt(0))) >= 0 ? "an " : "a ") + kind;
    }
}
