package pbi.app.gui.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.CharacterInfo;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.service.ChangeSet;
import pbi.dao.service.SaveOutcome;

/**
 * One bot being inspected and edited: its state as text fields checked as the user types, its inventory and
 * equipment as slot maps, and the commands Save, Review, Revert, Refresh and Delete.
 *
 * <p>Edits are checked against the server's rules ({@link Limits}) only where the user changed a value; a value
 * that was already out of range when loaded is marked (see {@link LocalChecks}) but does not block saving other
 * edits.
 */
public final class BotEditorViewModel {

    /** The state fields, in form order; each is the key of its text property, problem and change mark. */
    public static final List<String> STATE_FIELDS = List.of("gold", "silver", "copper", "x", "y", "z",
            "orientation", "map", "zone", "health", "mana", "level");

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Limits limits;
    private Supplier<BotService> bots = () -> null;
    private Supplier<BrowseService> browse = () -> null;
    private Consumer<BotSnapshot> beforeSave = previous -> { };
    private Runnable afterWrite = () -> { };

    private final ObjectProperty<BotSnapshot> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<CharacterInfo> character = new SimpleObjectProperty<>();
    private final ObjectProperty<BotSnapshot> edited = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableMap<InventoryItem.SlotKey, InventoryItem> inventory =
            FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<Integer, EquipmentItem> equipment = FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> itemProblems = FXCollections.observableMap(new TreeMap<>());
    private final ObservableSet<String> changed = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<List<Flag>> flags = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty saveBlockedReason = new SimpleStringProperty();
    private final BooleanProperty canSave = new SimpleBooleanProperty(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final StringProperty onlineWarning = new SimpleStringProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty highlight = new SimpleStringProperty();
    private final ItemFormViewModel itemForm;
    private boolean updating;

    public BotEditorViewModel(TaskRunner runner, DialogService dialogs, Limits limits) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.limits = limits;
        for (String key : STATE_FIELDS) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> recompute());
            fields.put(key, p);
        }
        inventory.addListener((MapChangeListener<InventoryItem.SlotKey, InventoryItem>) c -> recompute());
        equipment.addListener((MapChangeListener<Integer, EquipmentItem>) c -> recompute());
        itemProblems.addListener((MapChangeListener<String, String>) c -> recompute());
        itemForm = new ItemFormViewModel(this);
    }

    public void connect(Supplier<BotService> botService, Supplier<BrowseService> browseService) {
        this.bots = botService;
        this.browse = browseService;
        show(null, null);
    }

    /**
     * Called inside every save that writes, with the version being replaced (for JSON history), while its rows are
     * locked; runs off the UI thread. If it fails, the save writes nothing.
     */
    public void setBeforeSave(Consumer<BotSnapshot> hook) {
        this.beforeSave = hook == null ? previous -> { } : hook;
    }

    /** Called on the UI thread after a save or delete wrote something, so the browser can refresh. */
    public void setAfterWrite(Runnable hook) {
        this.afterWrite = hook == null ? () -> { } : hook;
    }

    // ---- loading --------------------------------------------------------------------------------------------

    /**
     * Opens a bot, asking first when the current one has unsaved changes.
     *
     * @param field a field to highlight (a state field name, {@code inv:BAG:SLOT} or {@code eq:SLOT}), or null
     * @return false when the user kept the current bot
     */
    public boolean open(BigInteger guid, String field) {
        if (!confirmDiscard()) {
            return false;
        }
        BotService service = bots.get();
        BrowseService names = browse.get();
        if (service == null) {
            return false;
        }
        runner.run("Loading bot " + guid + "…", () -> new Loaded(service.load(guid),
                names == null ? Optional.empty() : names.character(guid)), result -> {
                    if (result.bot().isEmpty()) {
                        dialogs.showError("Bot not found", "Bot " + guid + " is not in the database (any more).");
                        show(null, null);
                        return;
                    }
                    show(result.bot().get(), result.character().orElse(null));
                    highlight.set(field);
                }, e -> dialogs.showError("Cannot load bot " + guid, Messages.of(e)));
        return true;
    }

    private record Loaded(Optional<BotSnapshot> bot, Optional<CharacterInfo> character) {
    }

    /** Re-reads the open bot from the database; asks first when there are unsaved changes. */
    public void refresh() {
        BotSnapshot current = loaded.get();
        if (current != null) {
            open(current.guid(), highlight.get());
        }
    }

    /** True when there is nothing unsaved or the user agreed to drop it. */
    public boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        return dialogs.confirm("Unsaved changes", "Bot " + label() + " has unsaved changes. Discard them?",
                "Discard changes");
    }

    /** Shows {@code bot} as loaded, with no edits. */
    public void show(BotSnapshot bot, CharacterInfo info) {
        updating = true;
        try {
            loaded.set(bot);
            character.set(info);
            highlight.set(null);
            inventory.clear();
            equipment.clear();
            itemProblems.clear();
            if (bot == null) {
                fields.values().forEach(p -> p.set(""));
            } else {
                BotState s = bot.state();
                text("gold", Money.gold(s.goldCopper()).toString());
                text("silver", Integer.toString(Money.silver(s.goldCopper())));
                text("copper", Integer.toString(Money.copper(s.goldCopper())));
                text("x", Float.toString(s.positionX()));
                text("y", Float.toString(s.positionY()));
                text("z", Float.toString(s.positionZ()));
                text("orientation", Float.toString(s.orientation()));
                text("map", Long.toString(s.mapId()));
                text("zone", Long.toString(s.zoneId()));
                text("health", Long.toString(s.health()));
                text("mana", Long.toString(s.mana()));
                text("level", Integer.toString(s.level()));
                bot.inventory().forEach(i -> inventory.put(i.key(), i));
                bot.equipment().forEach(e -> equipment.put(e.slot(), e));
            }
            boolean online = info != null && info.online();
            onlineWarning.set(online ? info.name() + " is online. The world server keeps this bot in memory and will"
                    + " overwrite database edits at its next save. Log the bot out before editing." : null);
            editable.set(bot != null && !online);
        } finally {
            updating = false;
        }
        recompute();
        itemForm.reselect();
    }

    private void text(String key, String value) {
        fields.get(key).set(value);
    }

    /** For an online bot: warns once more, and unlocks editing when the user insists. */
    public boolean allowEditingOnline() {
        if (loaded.get() == null || editable.get()) {
            return editable.get();
        }
        boolean yes = dialogs.confirm("Edit an online bot?", onlineWarning.get()
                + "\n\nEdit it anyway? Your changes may be lost when the server saves the bot.", "Edit anyway");
        editable.set(yes);
        return yes;
    }

    public void revert() {
        show(loaded.get(), character.get());
    }

    // ---- validation -----------------------------------------------------------------------------------------

    private void recompute() {
        if (updating) {
            return;
        }
        BotSnapshot base = loaded.get();
        problems.clear();
        changed.clear();
        if (base == null) {
            edited.set(null);
            flags.set(List.of());
            dirty.set(false);
            updateSaveState();
            return;
        }
        BotState s = base.state();
        Map<String, String> found = new LinkedHashMap<>();
        BigInteger gold = parseGold(s, found);
        Float x = parseCoordinate("x", "X", s.positionX(), limits.worldHalfExtent(), found);
        Float y = parseCoordinate("y", "Y", s.positionY(), limits.worldHalfExtent(), found);
        Float z = parseCoordinate("z", "Z", s.positionZ(), limits.maxAbsZ(), found);
        Float facing = parseOrientation(s.orientation(), found);
        Long map = parseWhole("map", "Map", s.mapId(), 0, ColumnRanges.MAX_INT_UNSIGNED, found);
        Long zone = parseWhole("zone", "Zone", s.zoneId(), 0, ColumnRanges.MAX_INT_UNSIGNED, found);
        Long health = parseWhole("health", "Health", s.health(), 0, Integer.MAX_VALUE, found);
        Long mana = parseWhole("mana", "Mana", s.mana(), 0, Integer.MAX_VALUE, found);
        Long level = parseWhole("level", "Level", s.level(), 1, limits.maxLevel(), found);
        if (map != null && zone != null && (map != s.mapId() || zone != s.zoneId())
                && !World.zoneFitsMap(map, zone)) {
            found.put("zone", World.zoneLabel(zone) + " is not on " + World.mapLabel(map)
                    + "; choose a zone of that map");
        }
        problems.putAll(found);
        if (found.isEmpty()) {
            BotState state = s.withGold(gold).withPosition(x, y, z, map, zone, facing)
                    .withVitals(health, mana, level.intValue());
            BotSnapshot now = new BotSnapshot(state, new ArrayList<>(inventory.values()),
                    new ArrayList<>(equipment.values()));
            edited.set(now);
            flags.set(LocalChecks.check(now, limits));
        } else {
            edited.set(null);
        }
        markChanges(base);
        dirty.set(!changed.isEmpty() || !found.isEmpty() || !itemProblems.isEmpty());
        updateSaveState();
    }

    private void markChanges(BotSnapshot base) {
        BotState s = base.state();
        String[] shown = {Money.gold(s.goldCopper()).toString(), Integer.toString(Money.silver(s.goldCopper())),
            Integer.toString(Money.copper(s.goldCopper())), Float.toString(s.positionX()),
            Float.toString(s.positionY()), Float.toString(s.positionZ()), Float.toString(s.orientation()),
            Long.toString(s.mapId()), Long.toString(s.zoneId()), Long.toString(s.health()),
            Long.toString(s.mana()), Integer.toString(s.level())};
        BotSnapshot now = edited.get();
        for (int i = 0; i < STATE_FIELDS.size(); i++) {
            String key = STATE_FIELDS.get(i);
            if (!fields.get(key).get().strip().equals(shown[i]) && (now == null || differs(key, s, now.state()))) {
                changed.add(key);
            }
        }
        Map<InventoryItem.SlotKey, InventoryItem> before = base.inventoryBySlot();
        TreeSet<InventoryItem.SlotKey> keys = new TreeSet<>(before.keySet());
        keys.addAll(inventory.keySet());
        for (InventoryItem.SlotKey k : keys) {
            InventoryItem a = before.get(k);
            InventoryItem b = inventory.get(k);
            if (a == null ? b != null : !a.sameValues(b)) {
                changed.add(Flag.inventoryTarget(k.bag(), k.slot()));
            }
        }
        Map<Integer, EquipmentItem> worn = base.equipmentBySlot();
        TreeSet<Integer> slots = new TreeSet<>(worn.keySet());
        slots.addAll(equipment.keySet());
        for (Integer slot : slots) {
            EquipmentItem a = worn.get(slot);
            EquipmentItem b = equipment.get(slot);
            if (a == null ? b != null : !a.sameValues(b)) {
                changed.add(Flag.equipmentTarget(slot));
            }
        }
    }

    private static boolean differs(String key, BotState a, BotState b) {
        return switch (key) {
            case "gold", "silver", "copper" -> !a.goldCopper().equals(b.goldCopper())
                    && !Money.format(a.goldCopper()).equals(Money.format(b.goldCopper()));
            case "x" -> Float.floatToRawIntBits(a.positionX()) != Float.floatToRawIntBits(b.positionX());
            case "y" -> Float.floatToRawIntBits(a.positionY()) != Float.floatToRawIntBits(b.positionY());
            case "z" -> Float.floatToRawIntBits(a.positionZ()) != Float.floatToRawIntBits(b.positionZ());
            case "orientation" -> Float.floatToRawIntBits(a.orientation()) != Float.floatToRawIntBits(b.orientation());
            case "map" -> a.mapId() != b.mapId();
            case "zone" -> a.zoneId() != b.zoneId();
            case "health" -> a.health() != b.health();
            case "mana" -> a.mana() != b.mana();
            default -> a.level() != b.level();
        };
    }

    private void updateSaveState() {
        String reason = null;
        if (loaded.get() == null) {
            reason = "No bot is open";
        } else if (!problems.isEmpty()) {
            reason = problems.values().iterator().next();
        } else if (!itemProblems.isEmpty()) {
            reason = itemProblems.values().iterator().next();
        } else if (!dirty.get()) {
            reason = "Nothing has changed";
        } else if (saving.get()) {
            reason = "Saving…";
        }
        saveBlockedReason.set(reason);
        canSave.set(reason == null);
    }

    private BigInteger parseGold(BotState s, Map<String, String> found) {
        BigInteger g = null;
        Integer silver = null;
        Integer copper = null;
        String gt = fields.get("gold").get().strip().replace(",", "");
        if (gt.matches("\\d{1,16}")) {
            g = new BigInteger(gt);
        } else {
            found.put("gold", "Gold must be a whole number of gold pieces");
        }
        silver = smallCoin("silver", "Silver", found);
        copper = smallCoin("copper", "Copper", found);
        if (g == null || silver == null || copper == null) {
            return null;
        }
        BigInteger total = Money.of(g, silver, copper);
        if (!total.equals(s.goldCopper()) && total.compareTo(limits.goldCap()) > 0) {
            found.put("gold", "Gold must be at most " + Money.format(limits.goldCap()));
            return null;
        }
        if (total.compareTo(ColumnRanges.MAX_BIGINT_UNSIGNED) > 0) {
            found.put("gold", "Gold is more than the column can hold");
            return null;
        }
        return total;
    }

    private Integer smallCoin(String key, String what, Map<String, String> found) {
        String t = fields.get(key).get().strip();
        if (t.matches("\\d{1,2}")) {
            return Integer.parseInt(t);
        }
        found.put(key, what + " must be a whole number from 0 to 99");
        return null;
    }

    private Float parseCoordinate(String key, String what, float old, double extent, Map<String, String> found) {
        Float v = parseFloat(key);
        String rule = what + " must be between " + fmt(-extent) + " and " + fmt(extent) + " yards";
        if (v == null) {
            found.put(key, rule);
            return null;
        }
        if (Float.floatToRawIntBits(v) != Float.floatToRawIntBits(old) && !(Math.abs(v) <= extent)) {
            found.put(key, rule);
            return null;
        }
        return v;
    }

    private Float parseOrientation(float old, Map<String, String> found) {
        Float v = parseFloat("orientation");
        String rule = "Orientation must be between 0 and 6.2832 radians";
        if (v == null || (Float.floatToRawIntBits(v) != Float.floatToRawIntBits(old)
                && !(v >= 0 && v < Limits.TWO_PI))) {
            found.put("orientation", rule);
            return null;
        }
        return v;
    }

    private Float parseFloat(String key) {
        String t = fields.get(key).get().strip();
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        float v = Float.parseFloat(t);
        return Float.isFinite(v) ? v : null;
    }

    private Long parseWhole(String key, String what, long old, long min, long max, Map<String, String> found) {
        String t = fields.get(key).get().strip().replace(",", "");
        String rule = what + " must be a whole number from " + String.format(Locale.ROOT, "%,d", min) + " to "
                + String.format(Locale.ROOT, "%,d", max);
        if (!t.matches("\\d{1,12}")) {
            found.put(key, rule);
            return null;
        }
        long v = Long.parseLong(t);
        if (v > ColumnRanges.MAX_INT_UNSIGNED || (v != old && (v < min || v > max))) {
            found.put(key, rule);
            return null;
        }
        return v;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    // ---- inventory and equipment ----------------------------------------------------------------------------

    /** Moves an item to another slot; an item already there trades places with it. */
    public void moveItem(InventoryItem.SlotKey from, InventoryItem.SlotKey to) {
        InventoryItem item = inventory.get(from);
        if (!editable.get() || item == null || from.equals(to)) {
            return;
        }
        InventoryItem other = inventory.get(to);
        updating = true;
        try {
            inventory.remove(from);
            if (other != null) {
                inventory.put(from, other.movedTo(from.bag(), from.slot()));
            }
            inventory.put(to, item.movedTo(to.bag(), to.slot()));
        } finally {
            updating = false;
        }
        recompute();
        itemForm.reselect();
    }

    public void putItem(InventoryItem item) {
        if (editable.get()) {
            inventory.put(item.key(), item);
        }
    }

    public void removeItem(InventoryItem.SlotKey key) {
        if (editable.get() && inventory.remove(key) != null) {
            itemForm.reselect();
        }
    }

    public void putEquipped(EquipmentItem item) {
        if (editable.get()) {
            equipment.put(item.slot(), item);
        }
    }

    public void unequip(int slot) {
        if (editable.get() && equipment.remove(slot) != null) {
            itemForm.reselect();
        }
    }

    /** An item guid one above the highest this bot holds, as a starting point for a new item. */
    public BigInteger suggestItemGuid() {
        BigInteger max = BigInteger.ZERO;
        for (InventoryItem i : inventory.values()) {
            max = max.max(i.itemGuid());
        }
        for (EquipmentItem e : equipment.values()) {
            max = max.max(e.itemGuid());
        }
        return max.add(BigInteger.ONE);
    }

    /** The bags to draw: the four bag positions, the backpack when it has rows, then any non-bag positions. */
    public List<BagLayout> bags() {
        Map<Integer, Integer> highest = new TreeMap<>();
        for (InventoryItem.SlotKey k : inventory.keySet()) {
            highest.merge(k.bag(), k.slot(), Math::max);
        }
        BotSnapshot base = loaded.get();
        if (base != null) {
            for (InventoryItem i : base.inventory()) {
                highest.merge(i.bag(), i.slot(), Math::max);
            }
        }
        List<BagLayout> bags = new ArrayList<>();
        for (int bag : World.BAG_POSITIONS) {
            int size = Math.max(16, highest.getOrDefault(bag, -1) + 1);
            size = (size + 3) / 4 * 4;
            bags.add(new BagLayout(bag, "Bag " + (bag - 18) + " (position " + bag + ")", 0, size));
        }
        if (highest.containsKey(World.BACKPACK)) {
            int last = Math.max(World.BACKPACK_LAST_SLOT, highest.get(World.BACKPACK));
            int first = Math.min(World.BACKPACK_FIRST_SLOT, firstSlot(World.BACKPACK));
            bags.add(0, new BagLayout(World.BACKPACK, "Backpack (255)", first, last - first + 1));
        }
        for (Map.Entry<Integer, Integer> e : highest.entrySet()) {
            if (!World.isBag(e.getKey())) {
                int first = firstSlot(e.getKey());
                bags.add(new BagLayout(e.getKey(), "Position " + e.getKey() + " (not a bag)", first,
                        e.getValue() - first + 1));
            }
        }
        return bags;
    }

    private int firstSlot(int bag) {
        int first = Integer.MAX_VALUE;
        for (InventoryItem.SlotKey k : inventory.keySet()) {
            if (k.bag() == bag) {
                first = Math.min(first, k.slot());
            }
        }
        BotSnapshot base = loaded.get();
        if (base != null) {
            for (InventoryItem i : base.inventory()) {
                if (i.bag() == bag) {
                    first = Math.min(first, i.slot());
                }
            }
        }
        return first == Integer.MAX_VALUE ? 0 : first;
    }

    /** One bag grid: {@code size} slots starting at {@code firstSlot}. */
    public record BagLayout(int bag, String label, int firstSlot, int size) {
    }

    // ---- saving ---------------------------------------------------------------------------------------------

    /** The planned statements with their exact SQL, in a dialog; saving from there when the user chooses so. */
    public void review() {
        BotService service = bots.get();
        BotSnapshot base = loaded.get();
        BotSnapshot now = edited.get();
        if (service == null || base == null) {
            return;
        }
        if (now == null) {
            dialogs.showWarning("Cannot review", saveBlockedReason.get());
            return;
        }
        runner.run("Planning the save…", () -> {
            ChangeSet plan = service.plan(base, now);
            return new Plan(plan.summaries(), service.sqlFor(plan));
        }, plan -> {
            if (dialogs.reviewChanges(plan.summaries(), plan.sql(), canSave.get())) {
                save();
            }
        }, e -> dialogs.showError("Cannot plan the save", Messages.of(e)));
    }

    private record Plan(List<String> summaries, List<String> sql) {
    }

    /** Saves in one transaction off the UI thread; conflicts and failures keep the edits. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        write(false);
    }

    private void write(boolean overwrite) {
        BotService service = bots.get();
        BotSnapshot base = loaded.get();
        BotSnapshot now = edited.get();
        CharacterInfo info = character.get();
        saving.set(true);
        updateSaveState();
        runner.run("Saving bot " + now.guid() + "…", () -> {
            return service.save(base, now, overwrite, beforeSave);
        }, outcome -> {
            saving.set(false);
            if (outcome instanceof SaveOutcome.Saved saved) {
                show(saved.saved(), info);
                dialogs.notifySuccess("Saved bot " + label() + " (" + saved.statements() + " statement"
                        + (saved.statements() == 1 ? "" : "s") + ")");
                afterWrite.run();
            } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                resolve(conflict, info);
            }
            updateSaveState();
        }, e -> {
            saving.set(false);
            updateSaveState();
            dialogs.showError("Save failed", "Bot " + label() + " was not saved; your edits are still here.\n\n"
                    + Messages.of(e));
        });
    }

    private void resolve(SaveOutcome.Conflict conflict, CharacterInfo info) {
        List<String> differences = conflict.current() == null ? List.of("The bot was deleted from the database.")
                : conflict.differences();
        switch (dialogs.resolveConflict(label(), differences)) {
            case RELOAD -> {
                if (conflict.current() == null) {
                    show(null, null);
                } else {
                    show(conflict.current(), info);
                }
                afterWrite.run();
            }
            case OVERWRITE -> write(true);
            default -> { }
        }
    }

    /** Deletes the bot after a confirmation that names it. */
    public void delete() {
        BotSnapshot bot = loaded.get();
        BotService service = bots.get();
        if (bot == null || service == null) {
            return;
        }
        if (!dialogs.confirm("Delete bot", "Delete bot " + label() + " with its " + bot.inventory().size()
                + " inventory and " + bot.equipment().size() + " equipment rows? This cannot be undone.", "Delete")) {
            return;
        }
        String name = label();
        runner.run("Deleting bot " + name + "…", () -> service.delete(bot.guid()), deleted -> {
            show(null, null);
            dialogs.notifySuccess(deleted ? "Deleted bot " + name : "Bot " + name + " was already gone");
            afterWrite.run();
        }, e -> dialogs.showError("Delete failed", Messages.of(e)));
    }

    /** "42 (Thrall)" or "42". */
    public String label() {
        BotSnapshot bot = loaded.get();
        if (bot == null) {
            return "";
        }
        CharacterInfo info = character.get();
        return bot.guid() + (info == null ? "" : " (" + info.name() + ")");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public StringProperty field(String key) {
        return fields.get(key);
    }

    public ReadOnlyObjectProperty<BotSnapshot> loadedProperty() {
        return loaded;
    }

    public ReadOnlyObjectProperty<CharacterInfo> characterProperty() {
        return character;
    }

    /** The bot as edited, or null while a field is invalid. */
    public ReadOnlyObjectProperty<BotSnapshot> editedProperty() {
        return edited;
    }

    public ObservableMap<InventoryItem.SlotKey, InventoryItem> inventory() {
        return inventory;
    }

    public ObservableMap<Integer, EquipmentItem> equipment() {
        return equipment;
    }

    /** Field key -> what is wrong, for the state fields. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** Slot -> what is wrong with the item being edited there. */
    public ObservableMap<String, String> itemProblems() {
        return itemProblems;
    }

    /** State field keys, {@code inv:BAG:SLOT} and {@code eq:SLOT} that differ from the loaded bot. */
    public ObservableSet<String> changed() {
        return changed;
    }

    public ReadOnlyObjectProperty<List<Flag>> flagsProperty() {
        return flags;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyStringProperty saveBlockedReasonProperty() {
        return saveBlockedReason;
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyStringProperty onlineWarningProperty() {
        return onlineWarning;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** The field the caller of {@link #open} asked to point out. */
    public StringProperty highlightProperty() {
        return highlight;
    }

    public ItemFormViewModel itemForm() {
        return itemForm;
    }

    public Limits limits() {
        return limits;
    }
}
