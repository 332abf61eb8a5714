package pbi.app.gui.editor;

import java.util.List;
import java.util.stream.Collectors;
import pbi.app.gui.common.DialogService;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.World;
import pbi.dao.world.GemNames;

/**
 * Unequip and delete for the slot selected in the item form. Unequipping keeps the item (it moves to a bag);
 * deleting is separate and always confirmed, so that nothing is lost by accident.
 */
public final class ItemActions {

    /** What {@link #unequip()} did. */
    public enum Unequipped { MOVED, NO_FREE_SLOT, KEPT }

    private final BotEditorViewModel bot;
    private final ItemFormViewModel form;
    private final DialogService dialogs;

    ItemActions(BotEditorViewModel bot, ItemFormViewModel form, DialogService dialogs) {
        this.bot = bot;
        this.form = form;
        this.dialogs = dialogs;
    }

    /**
     * Moves the equipped item to the first free bag slot. Bag rows have no gems, so a socketed item is moved only
     * after the user agreed to lose its gems. {@link Unequipped#NO_FREE_SLOT}: ask where, then
     * {@link #unequipTo}.
     */
    public Unequipped unequip() {
        EquipmentItem worn = worn();
        if (worn == null || !bot.editableProperty().get()) {
            return Unequipped.KEPT;
        }
        var free = bot.slots().firstFreeBagSlot(bot.loadedProperty().get());
        if (free.isEmpty()) {
            return Unequipped.NO_FREE_SLOT;
        }
        return unequipTo(free.get()) ? Unequipped.MOVED : Unequipped.KEPT;
    }

    /** Moves the equipped item to this bag slot; false when it stays where it is. */
    public boolean unequipTo(InventoryItem.SlotKey place) {
        EquipmentItem worn = worn();
        if (worn == null) {
            return false;
        }
        List<Long> gemIds = ItemStrings.parseGems(worn.gems()).values();
        if (worn.gems() != null && !worn.gems().isEmpty() && !dialogs.confirm("Unequip a socketed item",
                "Bag rows have no gems, so the gems of " + bot.items().label(worn.itemId()) + " ("
                        + (gemIds.isEmpty() ? worn.gems() : gemIds.stream().map(GemNames::label)
                                .collect(Collectors.joining(", "))) + ") would be lost. Unequip it anyway?",
                "Unequip")) {
            return false;
        }
        if (bot.slots().unequipTo(form.slot(), place)) {
            form.reselect();
            return true;
        }
        return false;
    }

    /** Bag slots an item could go to when every drawn bag slot is full. */
    public List<InventoryItem.SlotKey> placesWhenBagsAreFull() {
        return bot.slots().placesBeyondFullBags(bot.loadedProperty().get());
    }

    /** Deletes the slot's item after a confirmation naming it; false when nothing was deleted. */
    public boolean delete() {
        String what;
        if (form.kindProperty().get() == ItemFormViewModel.Kind.INVENTORY) {
            InventoryItem item = bot.slots().inventory().get(new InventoryItem.SlotKey(form.bag(), form.slot()));
            what = item == null ? null : bot.items().label(item.itemId()) + " (guid " + item.itemGuid() + ") from "
                    + form.titleProperty().get();
        } else {
            EquipmentItem item = worn();
            what = item == null ? null : bot.items().label(item.itemId()) + " (guid " + item.itemGuid()
                    + ") from the " + World.equipmentSlotName(form.slot());
        }
        if (what == null || !bot.editableProperty().get() || !dialogs.confirm("Delete item", "Delete " + what
                + "? The item will no longer exist anywhere once you save.", "Delete item")) {
            return false;
        }
        boolean gone = form.kindProperty().get() == ItemFormViewModel.Kind.INVENTORY
                ? bot.slots().removeItem(new InventoryItem.SlotKey(form.bag(), form.slot()))
                : bot.slots().unequip(form.slot());
        if (gone) {
            form.reselect();
        }
        return gone;
    }

    /** The item on the selected equipment slot, or null. */
    private EquipmentItem worn() {
        return form.kindProperty().get() == ItemFormViewModel.Kind.EQUIPMENT
                ? bot.slots().equipment().get(form.slot()) : null;
    }
}
