package pbi.app.gui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.compare.Comparison;
import pbi.dao.compare.Copy;
import pbi.dao.compare.SlotRef;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.history.HistoryEntry;
import pbi.dao.history.HistoryStore;
import pbi.dao.json.BotReader;
import pbi.dao.service.BotService;
import pbi.dao.world.ItemLookup;

/**
 * Tools → Compare: the bot open in the editor (as edited, on the left) beside another bot, one of its history
 * entries or a JSON file (on the right), with the differences per field and per slot. Copying a field or a slot
 * from the right puts it into the editor's draft, where it is reviewed and saved like any other edit.
 */
public final class CompareViewModel {

    /** What the compare window needs of the rest of the window; {@code App} gives it the editor's. */
    public interface Host {
        /** The session's bot service, or null when not connected. */
        BotService bots();

        /** The bot open in the editor as loaded, or null. */
        BotSnapshot openBot();

        /** The open bot with the editor's unsaved edits, or null while a box holds an invalid value. */
        BotSnapshot draft();

        /** Puts {@code edited} into the editor as unsaved edits of the open bot; false when it cannot. */
        boolean putInEditor(BotSnapshot edited);

        /** A guid for an item the editor adds, free in the realm when the bot was loaded. */
        BigInteger freshItemGuid();

        /** Item names, or null while there are none. */
        ItemLookup items();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Limits limits;
    private final HistoryStore history;
    private final Host host;
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObjectProperty<BotSnapshot> other = new SimpleObjectProperty<>();
    private final StringProperty leftTitle = new SimpleStringProperty("");
    private final StringProperty rightTitle = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty otherGuid = new SimpleStringProperty("");
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty(false);
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();

    public CompareViewModel(TaskRunner runner, DialogService dialogs, Limits limits, HistoryStore history,
            Host host) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.limits = limits;
        this.history = history;
        this.host = host;
    }

    /** Called when the window opens: the open bot on the left and its history entries to choose from. */
    public boolean open() {
        BotSnapshot bot = host.openBot();
        if (bot == null) {
            dialogs.showWarning("Compare", "Open a bot in the editor first: it is the left side of the comparison.");
            return false;
        }
        entries.setAll(history.list(bot.guid()));
        if (other.get() != null && !other.get().guid().equals(bot.guid()) && rightTitle.get().startsWith("history")) {
            other.set(null);
            rightTitle.set("");
        }
        refresh();
        return true;
    }

    /** Another bot on the right, read from the database. */
    public void compareWithBot() {
        BigInteger guid;
        try {
            guid = new BigInteger(otherGuid.get().strip());
        } catch (NumberFormatException e) {
            say("The bot guid must be a whole number, such as 42");
            return;
        }
        BotService bots = host.bots();
        if (bots == null) {
            say("Not connected to a database");
            return;
        }
        runner.run("Loading bot " + guid + "…", () -> bots.load(guid), found -> {
            if (found.isEmpty()) {
                say("Bot " + guid + " is not in the database");
                return;
            }
            show(found.get(), "bot " + guid + " in the database");
        }, e -> say("Cannot load bot " + guid + ": " + Messages.of(e)));
    }

    /** One of the open bot's history entries on the right. */
    public void compareWithHistory(HistoryEntry entry) {
        if (entry == null) {
            return;
        }
        runner.run("Reading history…", () -> history.read(entry),
                bot -> show(bot, "history of " + WHEN.format(entry.savedAt())
                        + (entry.reason() == null ? "" : " (" + entry.reason() + ")")),
                e -> say(Messages.of(e)));
    }

    /** The first bot of a playerbot-inspector JSON file (an export or a history entry) on the right. */
    public void compareWithFile(Path file) {
        runner.run("Reading " + file.getFileName() + "…", () -> readFile(file),
                bot -> show(bot, "file " + file.getFileName()), e -> say(Messages.of(e)));
    }

    private BotSnapshot readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); BotReader reader = new BotReader(in, limits)) {
            BotReader.Entry entry = reader.next();
            if (entry == null) {
                throw new IOException(file.getFileName() + " holds no bot");
            }
            if (!entry.valid()) {
                throw new IOException(file.getFileName() + ": " + entry.problems().stream()
                        .filter(p -> p.refused()).findFirst().map(Object::toString).orElse("not a bot document"));
            }
            return entry.bot();
        }
    }

    private void show(BotSnapshot bot, String title) {
        other.set(bot);
        rightTitle.set(title);
        say("");
        refresh();
    }

    /** Compares again: after an edit in the editor, or when item names have arrived. */
    public void refresh() {
        BotSnapshot open = host.openBot();
        BotSnapshot left = host.draft();
        if (open == null) {
            comparison.set(null);
            leftTitle.set("no bot is open");
            return;
        }
        String note = null;
        if (left == null) {
            left = open;
            note = "A box in the editor holds an invalid value; comparing with the bot as loaded";
        }
        leftTitle.set("bot " + open.guid() + " as edited in the editor");
        comparison.set(other.get() == null ? null : Comparison.of(left, other.get(), host.items()));
        Comparison c = comparison.get();
        // A summary this method wrote earlier is replaced; a message about a copy or a failed read stays.
        if (note != null || message.get().isEmpty() || summary) {
            summary = true;
            message.set(note != null ? note : c == null ? "" : c.same() ? "The two sides are the same."
                    : c.differingFields().size() + " field(s) and " + c.differingSlots().size() + " slot(s) differ.");
        }
    }

    private void say(String text) {
        summary = false;
        message.set(text);
    }

    /** True while {@link #message} holds what {@link #refresh} wrote, so the next refresh may replace it. */
    private boolean summary;

    /** Puts the right side's value of a state field into the editor. */
    public boolean copyField(String column) {
        return copy(bot -> Copy.field(bot, other.get(), column), column.replace('_', ' '));
    }

    /** Puts the right side's item at {@code place} (or its absence) into the editor. */
    public boolean copySlot(SlotRef place) {
        return copy(bot -> Copy.slot(bot, other.get(), place, host.freshItemGuid()), place.label());
    }

    private boolean copy(UnaryOperator<BotSnapshot> change, String what) {
        BotSnapshot draft = host.draft();
        if (other.get() == null || draft == null) {
            say(draft == null ? "Fix the invalid box in the editor first" : "Choose what to compare with");
            return false;
        }
        if (!host.putInEditor(change.apply(draft))) {
            say("The editor did not take the change: the bot is read-only");
            return false;
        }
        say("");
        refresh();
        say("Copied " + what + " into the editor; review and save it there.");
        return true;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle;
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The guid typed for "another bot". */
    public StringProperty otherGuidProperty() {
        return otherGuid;
    }

    public BooleanProperty onlyDifferencesProperty() {
        return onlyDifferences;
    }

    /** The open bot's history entries, newest first. */
    public ObservableList<HistoryEntry> historyEntries() {
        return entries;
    }

    /** Rows to show: all, or only those that differ. */
    public List<Comparison.FieldRow> fieldRows() {
        Comparison c = comparison.get();
        return c == null ? List.of() : onlyDifferences.get() ? c.differingFields() : c.fields();
    }

    public List<Comparison.SlotRow> slotRows() {
        Comparison c = comparison.get();
        return c == null ? List.of() : onlyDifferences.get() ? c.differingSlots() : c.slots();
    }

    /** "2026-12-02 11:03:22 — before save", for the history chooser. */
    public static String label(HistoryEntry entry) {
        return WHEN.format(entry.savedAt()) + (entry.reason() == null ? "" : " — " + entry.reason());
    }
}
