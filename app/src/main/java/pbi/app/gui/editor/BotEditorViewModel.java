package pbi.app.gui.editor;

import java.math.BigInteger;
import java.util.List;
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
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.CharacterInfo;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.columns.Differences;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.service.ChangeSet;
import pbi.dao.service.Merge;
import pbi.dao.service.SaveOutcome;

/**
 * One bot being inspected and edited. It orchestrates: the state boxes live in {@link StateForm}, the slots in two
 * observable maps, the edited bot is a {@link BotDraft}; this class loads, saves (with review and conflicts),
 * reverts and deletes, always through {@link BotService} on the task runner.
 *
 * <p>Edits are checked against the server's rules ({@link Limits}) only where the user changed a value; a value
 * that was already out of range when loaded is marked (see {@link LocalChecks}) but does not block saving other
 * edits.
 */
public final class BotEditorViewModel {

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Limits limits;
    private final Consumer<BotSnapshot> beforeSave;
    private Supplier<BotService> bots = () -> null;
    private Supplier<BrowseService> browse = () -> null;
    private Runnable afterWrite = () -> { };

    private final ObjectProperty<BotSnapshot> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<CharacterInfo> character = new SimpleObjectProperty<>();
    private final ObjectProperty<BotSnapshot> edited = new SimpleObjectProperty<>();
    private final StateForm form = new StateForm(this::recompute);
    private final BotSlots slots;
    private final ObservableMap<String, String> itemProblems = FXCollections.observableMap(new TreeMap<>());
    private final ObservableSet<String> changedSlots = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<List<Flag>> flags = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty saveBlockedReason = new SimpleStringProperty();
    private final BooleanProperty canSave = new SimpleBooleanProperty(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final StringProperty onlineWarning = new SimpleStringProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty highlight = new SimpleStringProperty();
    /** Why the window may not write ("read-only: …"), or null when it may. */
    private final StringProperty readOnly = new SimpleStringProperty();
    private final ItemFormViewModel itemForm;
    private final ItemCatalogModel items;
    private boolean updating;
    /** The edits came from a history version: the audit records their save as a restore. */
    private boolean restored;

    /**
     * @param beforeSave called inside every save that writes, with the version being replaced, while its rows are
     *                   locked and off the UI thread; if it fails, the save writes nothing (the history uses it)
     */
    public BotEditorViewModel(TaskRunner runner, DialogService dialogs, Limits limits,
            Consumer<BotSnapshot> beforeSave) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.limits = limits;
        this.beforeSave = beforeSave == null ? previous -> { } : beforeSave;
        slots = new BotSlots(editable::get);
        slots.inventory().addListener((MapChangeListener<InventoryItem.SlotKey, InventoryItem>) c -> recompute());
        slots.equipment().addListener((MapChangeListener<Integer, EquipmentItem>) c -> recompute());
        itemProblems.addListener((MapChangeListener<String, String>) c -> recompute());
        items = new ItemCatalogModel(runner);
        itemForm = new ItemFormViewModel(this, dialogs);
    }

    public void connect(Supplier<BotService> botService, Supplier<BrowseService> browseService) {
        this.bots = botService;
        this.browse = browseService;
        show(null, null);
    }

    /** Called on the UI thread after a save or delete wrote something, so the browser can refresh. */
    public void setAfterWrite(Runnable hook) {
        this.afterWrite = hook == null ? () -> { } : hook;
    }

    // ---- loading --------------------------------------------------------------------------------------------

    /**
     * Opens a bot, asking first when the current one has unsaved changes.
     *
     * @param field a place to highlight (a state field key, {@code inv:BAG:SLOT} or {@code eq:SLOT}), or null
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
                names == null ? Optional.empty() : names.character(guid), service.firstFreeItemGuid()), result -> {
                    if (result.bot().isEmpty()) {
                        dialogs.showError("Bot not found", "Bot " + guid + " is not in the database (any more).");
                        show(null, null);
                        return;
                    }
                    slots.freeGuidsFrom(result.firstFreeItemGuid());
                    show(result.bot().get(), result.character().orElse(null));
                    highlight.set(field);
                }, e -> dialogs.showError("Cannot load bot " + guid, Messages.of(e)));
        return true;
    }

    private record Loaded(Optional<BotSnapshot> bot, Optional<CharacterInfo> character, BigInteger firstFreeItemGuid) {
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
        restored = false;
        updating = true;
        try {
            loaded.set(bot);
            character.set(info);
            if (bot != null) {
                items.need();
            }
            highlight.set(null);
            itemProblems.clear();
            fill(bot);
            boolean online = info != null && info.online();
            onlineWarning.set(online ? info.name() + " is online. The world server keeps this bot in memory and will"
                    + " overwrite database edits at its next save. Log the bot out before editing." : null);
            editable.set(bot != null && !online && readOnly.get() == null);
        } finally {
            updating = false;
        }
        recompute();
        itemForm.reselect();
    }

    /**
     * Puts an earlier version of the open bot into the editor as unsaved edits, for an ordinary save with its
     * review and conflict check.
     *
     * @return false when no bot is open or the user keeps an online bot read-only
     */
    public boolean restore(BotSnapshot version) {
        if (loaded.get() != null && readOnly.get() != null) {
            // Handled: the user learns why, rather than being told to open a bot that is open.
            dialogs.showWarning("Read-only", "Nothing can be restored: the window is " + readOnly.get() + ".");
            return true;
        }
        if (loaded.get() == null || (!editable.get() && !allowEditingOnline())) {
            return false;
        }
        updating = true;
        restored = true;
        try {
            fill(version);
        } finally {
            updating = false;
        }
        recompute();
        itemForm.reselect();
        return true;
    }

    private void fill(BotSnapshot bot) {
        form.show(bot == null ? null : bot.state());
        slots.fill(bot);
    }

    /** For an online bot: warns once more, and unlocks editing when the user insists. */
    public boolean allowEditingOnline() {
        if (loaded.get() == null || editable.get() || readOnly.get() != null) {
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

    /** Ctrl+Z in a box: puts back the loaded value of that one field, keeping the other edits. */
    public void revertField(StateField field) {
        if (loaded.get() != null) {
            form.text(field).set(field.shown(loaded.get().state()));
        }
    }

    private void recompute() {
        if (updating) {
            return;
        }
        BotSnapshot base = loaded.get();
        changedSlots.clear();
        if (base == null) {
            form.clearMarks();
            edited.set(null);
            flags.set(List.of());
            dirty.set(false);
            updateSaveState();
            return;
        }
        BotDraft draft = BotDraft.of(base, form.evaluate(base.state(), limits), slots.inventory(),
                slots.equipment());
        BotSnapshot now = draft.snapshot();
        edited.set(now);
        flags.set(now != null ? LocalChecks.check(now, limits) : LocalChecks.ofProblems(form.problems()));
        changedSlots.addAll(draft.changedSlots());
        dirty.set(!form.changed().isEmpty() || !form.problems().isEmpty() || !changedSlots.isEmpty()
                || !itemProblems.isEmpty());
        updateSaveState();
    }

    private void updateSaveState() {
        String reason = null;
        if (loaded.get() == null) {
            reason = "No bot is open";
        } else if (readOnly.get() != null) {
            reason = "the window is " + readOnly.get();
        } else if (!form.problems().isEmpty()) {
            reason = form.problems().values().iterator().next();
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

    // ---- inventory and equipment ----------------------------------------------------------------------------

    /** Moves an item to another slot; an item already there trades places with it. */
    public void moveItem(InventoryItem.SlotKey from, InventoryItem.SlotKey to) {
        updating = true;
        boolean moved;
        try {
            moved = slots.move(from, to);
        } finally {
            updating = false;
        }
        if (moved) {
            recompute();
            itemForm.reselect();
        }
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
            return new Plan(ReviewLines.of(plan.statements(), base.state(), now.state()), service.sqlFor(plan));
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
        if (canSave.get()) {
            write(false);
        }
    }

    private void write(boolean overwrite) {
        BotService service = restored ? bots.get().as("restore") : bots.get();
        BotSnapshot base = loaded.get();
        BotSnapshot now = edited.get();
        submit(base, now, () -> service.save(base, now, overwrite, beforeSave));
    }

    private void submit(BotSnapshot base, BotSnapshot now, Supplier<SaveOutcome> work) {
        CharacterInfo info = character.get();
        saving.set(true);
        updateSaveState();
        runner.run("Saving bot " + now.guid() + "…", work::get, outcome -> {
            saving.set(false);
            if (outcome instanceof SaveOutcome.Saved saved) {
                show(saved.saved(), saved.saved() == null ? null : info);
                dialogs.notifySuccess(saved.saved() == null ? "Bot " + now.guid() + " stays deleted"
                        : "Saved bot " + label() + " (" + saved.statements() + " statement"
                        + (saved.statements() == 1 ? "" : "s") + ")");
                afterWrite.run();
            } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                resolve(conflict.current(), base, now, info);
            }
            updateSaveState();
        }, e -> {
            saving.set(false);
            updateSaveState();
            dialogs.showError("Save failed", "Bot " + label() + " was not saved; your edits are still here.\n\n"
                    + Messages.of(e));
        });
    }

    /** A three-way merge is the default answer; Overwrite first lists every change of theirs it would revert. */
    private void resolve(BotSnapshot theirs, BotSnapshot base, BotSnapshot mine, CharacterInfo info) {
        Merge merge = Merge.of(base, mine, theirs);
        List<String> differences = theirs == null ? List.of("The bot was deleted from the database.")
                : Differences.between(base, theirs);
        DialogService.ConflictAnswer answer = dialogs.resolveConflict(label(), differences, merge.conflicts());
        switch (answer.choice()) {
            case MERGE -> {
                BotService service = bots.get();
                submit(base, mine, () -> service.saveMerged(base, mine, theirs, answer.sides(), beforeSave));
            }
            case RELOAD -> {
                show(theirs, theirs == null ? null : info);
                afterWrite.run();
            }
            case OVERWRITE -> {
                List<String> reverted = merge.revertedByOverwrite();
                if (dialogs.confirm("Overwrite everything?", reverted.isEmpty()
                        ? "Overwriting reverts none of the database's changes."
                        : "Overwriting reverts these changes made in the database since you loaded the bot:\n"
                                + String.join("\n", reverted), "Overwrite everything")) {
                    write(true);
                }
            }
            default -> { }
        }
    }

    /** Deletes the bot after a confirmation that names it. */
    public void delete() {
        BotSnapshot bot = loaded.get();
        BotService service = bots.get();
        if (bot == null || service == null || readOnly.get() != null) {
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

    /**
     * Makes the editor read-only ({@code reason}, e.g. "read-only: account pbi_ro has no UPDATE grant on
     * playerbot_state") or writable again (null): no edits, no save, no delete, no restore.
     */
    public void setReadOnly(String reason) {
        readOnly.set(reason);
        CharacterInfo info = character.get();
        editable.set(loaded.get() != null && reason == null && (info == null || !info.online()));
        updateSaveState();
    }

    public ReadOnlyStringProperty readOnlyProperty() {
        return readOnly;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** The State tab's boxes, their problems and change marks. */
    public StateForm form() {
        return form;
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

    /** The inventory and equipment being edited. */
    public BotSlots slots() {
        return slots;
    }

    /** Slot -> what is wrong with the item being edited there. */
    public ObservableMap<String, String> itemProblems() {
        return itemProblems;
    }

    /** The slots ({@code inv:BAG:SLOT}, {@code eq:SLOT}) whose item differs from the loaded bot. */
    public ObservableSet<String> changedSlots() {
        return changedSlots;
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

    /** The place the caller of {@link #open} asked to point out. */
    public StringProperty highlightProperty() {
        return highlight;
    }

    public ItemFormViewModel itemForm() {
        return itemForm;
    }

    /** What the items are (names, quality, slots), once the session's world data has been read. */
    public ItemCatalogModel items() {
        return items;
    }

    public Limits limits() {
        return limits;
    }
}
