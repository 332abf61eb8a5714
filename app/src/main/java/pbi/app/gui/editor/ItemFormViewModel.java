package pbi.app.gui.editor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import java.util.function.Supplier;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Flag;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Parsed;
import pbi.dao.domain.World;

/**
 * The form for the selected inventory or equipment slot. Valid edits go straight into the bot being edited;
 * an invalid one is reported (and blocks saving) until it is fixed or another slot is chosen. Enchantments are
 * edited as rows of id and duration and written with {@link ItemStrings#formatEnchantments}; a malformed stored
 * string is kept exactly as it is until the user changes the rows.
 */
public final class ItemFormViewModel {

    public enum Kind { NONE, INVENTORY, EQUIPMENT }


    /** One enchantment row of the structured editor. */
    public static final class EnchantRow {
        private final StringProperty id = new SimpleStringProperty("");
        private final StringProperty duration = new SimpleStringProperty("0");

        public EnchantRow(String id, String duration) {
            this.id.set(id);
            this.duration.set(duration);
        }

        public StringProperty idProperty() {
            return id;
        }

        public StringProperty durationProperty() {
            return duration;
        }
    }

    private final BotEditorViewModel bot;
    private final ItemActions actions;
    private Supplier<BigInteger> proposeGuid;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.NONE);
    private final StringProperty title = new SimpleStringProperty("Select a slot");
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private final StringProperty itemId = new SimpleStringProperty("");
    private final StringProperty itemGuid = new SimpleStringProperty("");
    private final StringProperty stack = new SimpleStringProperty("");
    private final StringProperty durability = new SimpleStringProperty("");
    private final List<StringProperty> gems = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
    private final ObservableList<EnchantRow> enchantments = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.idProperty(), r.durationProperty()});
    private final StringProperty storedNote = new SimpleStringProperty();
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private int bag = -1;
    private int slot = -1;
    private String rawEnchantments;
    private String rawGems;
    private boolean enchantmentsTouched;
    private boolean gemsTouched;
    private boolean loading;

    ItemFormViewModel(BotEditorViewModel bot, DialogService dialogs) {
        this.bot = bot;
        this.actions = new ItemActions(bot, this, dialogs);
        this.proposeGuid = () -> bot.slots().suggestItemGuid();
        for (StringProperty p : List.of(itemId, itemGuid, stack, durability)) {
            p.addListener((o, a, b) -> changed());
        }
        for (StringProperty g : gems) {
            g.addListener((o, a, b) -> {
                if (!loading) {
                    gemsTouched = true;
                }
                changed();
            });
        }
        enchantments.addListener((ListChangeListener<EnchantRow>) c -> {
            if (!loading) {
                enchantmentsTouched = true;
            }
            changed();
        });
    }

    public void selectInventory(int newBag, int newSlot) {
        target(Kind.INVENTORY, newBag, newSlot);
    }

    public void selectEquipment(int newSlot) {
        target(Kind.EQUIPMENT, -1, newSlot);
    }

    public void clear() {
        target(Kind.NONE, -1, -1);
    }

    /** Reloads the form from the bot, for the same slot. */
    void reselect() {
        target(kind.get(), bag, slot);
    }

    private void target(Kind newKind, int newBag, int newSlot) {
        if (kind.get() != Kind.NONE) {
            bot.itemProblems().remove(key());
        }
        loading = true;
        try {
            kind.set(newKind);
            bag = newBag;
            slot = newSlot;
            enchantmentsTouched = false;
            gemsTouched = false;
            problems.clear();
            storedNote.set(null);
            enchantments.clear();
            gems.forEach(g -> g.set(""));
            String ench = null;
            String gemText = null;
            if (newKind == Kind.INVENTORY) {
                title.set("Bag " + newBag + ", slot " + newSlot);
                InventoryItem item = bot.slots().inventory().get(new InventoryItem.SlotKey(newBag, newSlot));
                empty.set(item == null);
                if (item != null) {
                    itemId.set(Long.toString(item.itemId()));
                    itemGuid.set(item.itemGuid().toString());
                    stack.set(Long.toString(item.stackCount()));
                    durability.set(Long.toString(item.durability()));
                    ench = item.enchantments();
                } else {
                    fresh();
                }
            } else if (newKind == Kind.EQUIPMENT) {
                title.set(World.equipmentSlotName(newSlot) + " (slot " + newSlot + ")");
                EquipmentItem item = bot.slots().equipment().get(newSlot);
                empty.set(item == null);
                stack.set("1");
                if (item != null) {
                    itemId.set(Long.toString(item.itemId()));
                    itemGuid.set(item.itemGuid().toString());
                    durability.set(Long.toString(item.durability()));
                    ench = item.enchantments();
                    gemText = item.gems();
                } else {
                    fresh();
                }
            } else {
                title.set("Select a slot");
                empty.set(true);
                itemId.set("");
                itemGuid.set("");
                stack.set("");
                durability.set("");
            }
            rawEnchantments = ench;
            rawGems = gemText;
            Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(ench);
            for (Enchantment e : parsed.values()) {
                enchantments.add(new EnchantRow(Long.toString(e.enchantId()), Long.toString(e.durationSeconds())));
            }
            Parsed<Long> parsedGems = ItemStrings.parseGems(gemText);
            for (int i = 0; i < Math.min(3, parsedGems.values().size()); i++) {
                gems.get(i).set(Long.toString(parsedGems.values().get(i)));
            }
            List<String> notes = new ArrayList<>();
            if (!parsed.valid()) {
                notes.add("Stored enchantments \"" + ench + "\" are malformed (" + parsed.describeProblems()
                        + "). They are kept as they are unless you change the rows.");
            }
            if (!parsedGems.valid()) {
                notes.add("Stored gems \"" + gemText + "\" are malformed (" + parsedGems.describeProblems()
                        + "). They are kept as they are unless you change them.");
            }
            storedNote.set(notes.isEmpty() ? null : String.join("\n", notes));
        } finally {
            loading = false;
        }
        validate();
    }

    private void fresh() {
        itemId.set("");
        itemGuid.set(proposeGuid.get().toString());
        stack.set("1");
        durability.set("0");
    }

    private String key() {
        return kind.get() == Kind.INVENTORY ? Flag.inventoryTarget(bag, slot) : Flag.equipmentTarget(slot);
    }

    public void addEnchantment() {
        enchantments.add(new EnchantRow("", "0"));
    }

    public void removeEnchantment(EnchantRow row) {
        enchantments.remove(row);
    }

    private void changed() {
        if (loading || kind.get() == Kind.NONE) {
            return;
        }
        validate();
        if (!empty.get()) {
            if (problems.isEmpty()) {
                bot.itemProblems().remove(key());
                push();
            } else {
                bot.itemProblems().put(key(), title.get() + ": " + problems.values().iterator().next());
            }
        }
    }

    private void validate() {
        problems.clear();
        if (kind.get() == Kind.NONE) {
            return;
        }
        Map<String, String> found = new LinkedHashMap<>();
        whole(found, "itemId", itemId.get(), "Item id", 1, ColumnRanges.MAX_INT_UNSIGNED);
        String g = itemGuid.get().strip();
        if (!g.matches("\\d{1,20}") || new BigInteger(g).compareTo(ColumnRanges.MAX_BIGINT_UNSIGNED) > 0) {
            found.put("itemGuid", "Item guid must be a whole number from 0 to " + ColumnRanges.MAX_BIGINT_UNSIGNED);
        }
        if (kind.get() == Kind.INVENTORY) {
            whole(found, "stack", stack.get(), "Stack count", 1, ColumnRanges.MAX_INT_UNSIGNED);
        }
        whole(found, "durability", durability.get(), "Durability", 0, ColumnRanges.MAX_INT_UNSIGNED);
        for (int i = 0; i < enchantments.size(); i++) {
            EnchantRow r = enchantments.get(i);
            if (!r.idProperty().get().strip().matches("\\d{1,10}") || parse(r.idProperty().get()) < 1
                    || parse(r.idProperty().get()) > ColumnRanges.MAX_INT_UNSIGNED) {
                found.putIfAbsent("enchantments", "Enchantment " + (i + 1) + ": the id must be a whole number"
                        + " from 1 to 4,294,967,295");
            } else if (!r.durationProperty().get().strip().matches("\\d{1,12}")) {
                found.putIfAbsent("enchantments", "Enchantment " + (i + 1) + ": the duration must be whole"
                        + " seconds, 0 for permanent");
            }
        }
        if (enchantmentsTouched && enchantments.size() > ItemStrings.MAX_ENCHANTMENTS) {
            found.putIfAbsent("enchantments", "An item has at most " + ItemStrings.MAX_ENCHANTMENTS
                    + " enchantments");
        }
        for (int i = 0; i < gems.size(); i++) {
            String t = gems.get(i).get().strip();
            if (!t.isEmpty() && (!t.matches("\\d{1,10}") || parse(t) < 1 || parse(t) > ColumnRanges.MAX_INT_UNSIGNED)) {
                found.putIfAbsent("gems", "Gem " + (i + 1) + " must be a gem item id (a whole number from 1),"
                        + " or empty");
            }
        }
        problems.putAll(found);
    }

    private static long parse(String text) {
        return Long.parseLong(text.strip());
    }

    private static void whole(Map<String, String> found, String key, String text, String what, long min, long max) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,12}") || parse(t) < min || parse(t) > max) {
            found.put(key, String.format("%s must be a whole number from %,d to %,d", what, min, max));
        }
    }

    private String enchantmentString() {
        if (!enchantmentsTouched) {
            return rawEnchantments;
        }
        List<Enchantment> list = new ArrayList<>();
        for (EnchantRow r : enchantments) {
            list.add(new Enchantment(parse(r.idProperty().get()), parse(r.durationProperty().get())));
        }
        return ItemStrings.formatEnchantments(list);
    }

    private String gemString() {
        if (!gemsTouched) {
            return rawGems;
        }
        List<Long> list = new ArrayList<>();
        for (StringProperty g : gems) {
            if (!g.get().isBlank()) {
                list.add(parse(g.get()));
            }
        }
        return ItemStrings.formatGems(list);
    }

    private void push() {
        BigInteger owner = bot.loadedProperty().get().guid();
        long id = parse(itemId.get());
        BigInteger guid = new BigInteger(itemGuid.get().strip());
        long dur = parse(durability.get());
        if (kind.get() == Kind.INVENTORY) {
            InventoryItem old = bot.slots().inventory().get(new InventoryItem.SlotKey(bag, slot));
            bot.slots().putItem(new InventoryItem(owner, bag, slot, id, guid, parse(stack.get()), enchantmentString(),
                    dur, old == null ? null : old.lastUpdated()));
        } else {
            EquipmentItem old = bot.slots().equipment().get(slot);
            bot.slots().putEquipped(new EquipmentItem(owner, slot, id, guid, enchantmentString(), gemString(), dur,
                    old == null ? null : old.lastUpdated()));
        }
    }

    /** Puts a new item into the empty slot from the form's values; false (with problems) when they are invalid. */
    public boolean create() {
        if (kind.get() == Kind.NONE || !empty.get() || !bot.editableProperty().get()) {
            return false;
        }
        validate();
        if (!problems.isEmpty()) {
            return false;
        }
        enchantmentsTouched = true;
        gemsTouched = true;
        push();
        reselect();
        return true;
    }

    /**
     * Where a new item's guid comes from. Today: one above the bot's highest; the realm-wide proposal replaces it
     * once the save allocates guids (issue 11, point 4).
     */
    public void proposeGuidWith(Supplier<BigInteger> proposal) {
        this.proposeGuid = proposal;
    }

    /** A picker for this slot: any item for a bag, items that fit for an equipment slot (with the bot's class). */
    public ItemPickerViewModel itemPicker() {
        if (kind.get() == Kind.EQUIPMENT) {
            var info = bot.characterProperty().get();
            return ItemPickerViewModel.items(bot.items(), slot, info == null ? null : info.characterClass(),
                    "Choose an item for the " + World.equipmentSlotName(slot));
        }
        return ItemPickerViewModel.items(bot.items(), null, null, "Choose an item for bag " + bag + ", slot "
                + slot);
    }

    /**
     * Puts the picked item into the slot: a new item (with a new guid) when it is empty, else the slot's item
     * becomes this one. Durability starts at the item's maximum and a stack is capped at the item's largest.
     */
    public boolean useItem(long id) {
        if (kind.get() == Kind.NONE || !bot.editableProperty().get()) {
            return false;
        }
        var template = bot.items().find(id);
        itemId.set(Long.toString(id));
        template.ifPresent(t -> {
            durability.set(Long.toString(t.maxDurability()));
            if (kind.get() == Kind.INVENTORY && stack.get().strip().matches("\\d{1,12}")
                    && parse(stack.get()) > t.maxStack()) {
                stack.set(Long.toString(t.maxStack()));
            }
        });
        return !empty.get() || create();
    }

    /** Adds a picked enchantment, permanent until its duration is edited. */
    public void addEnchantment(long id) {
        enchantments.add(new EnchantRow(Long.toString(id), "0"));
    }

    public void setGem(int socket, long gemId) {
        gems.get(socket).set(Long.toString(gemId));
    }

    /** The editor's item catalog, for names beside the ids. */
    public ItemCatalogModel items() {
        return bot.items();
    }

    /** Unequip and delete for the selected slot. */
    public ItemActions actions() {
        return actions;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }

    public StringProperty itemIdProperty() {
        return itemId;
    }

    public StringProperty itemGuidProperty() {
        return itemGuid;
    }

    public StringProperty stackProperty() {
        return stack;
    }

    public StringProperty durabilityProperty() {
        return durability;
    }

    public StringProperty gemProperty(int socket) {
        return gems.get(socket);
    }

    public ObservableList<EnchantRow> enchantments() {
        return enchantments;
    }

    /** Set when the stored enchantment or gem string is malformed. */
    public StringProperty storedNoteProperty() {
        return storedNote;
    }

    /** Form field key (itemId, itemGuid, stack, durability, enchantments, gems) -> what is wrong. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public int bag() {
        return bag;
    }

    public int slot() {
        return slot;
    }
}
