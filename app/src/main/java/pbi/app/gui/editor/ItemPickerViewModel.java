package pbi.app.gui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pbi.dao.world.EnchantNames;
import pbi.dao.world.GemNames;
import pbi.dao.world.ItemTemplate;

/**
 * A search-as-you-type list of items, enchantments or gems. Searching is in memory (the catalog is loaded before a
 * picker opens) and capped, so it runs on each keystroke. A number that names nothing known is still offered, so
 * that the picker works without world data.
 */
public final class ItemPickerViewModel {

    /** Most choices listed at once; more text narrows them. */
    public static final int LIMIT = 200;

    /**
     * One choice.
     *
     * @param detail "Item Level 200 · Two-Hand", "red", or null
     * @param color the quality colour as {@code #rrggbb}, or null
     */
    public record Choice(long id, String name, String detail, String color) {
        @Override
        public String toString() {
            return name + (detail == null ? "" : " · " + detail) + " (" + id + ")";
        }
    }

    private final String title;
    private final Function<String, List<Choice>> search;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Choice> results = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);

    ItemPickerViewModel(String title, Function<String, List<Choice>> search) {
        this.title = title;
        this.search = search;
        query.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Items for an equipment slot (fitting the bot's class) or, with a null slot, for a bag. */
    static ItemPickerViewModel items(ItemCatalogModel catalog, Integer slot, Integer classId, String title) {
        return new ItemPickerViewModel(title, text -> withNumber(text, catalog.search(text, slot, classId, LIMIT)
                .stream().map(ItemPickerViewModel::choice).toList(), id -> catalog.find(id)
                        .filter(i -> slot == null || i.fits(slot, classId)).map(ItemPickerViewModel::choice)));
    }

    static ItemPickerViewModel enchantments() {
        return new ItemPickerViewModel("Choose an enchantment", text -> withNumber(text, named(text,
                EnchantNames.all().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue(), null, null))
                        .toList()), id -> EnchantNames.name(id).map(n -> new Choice(id, n, null, null))));
    }

    static ItemPickerViewModel gems() {
        return new ItemPickerViewModel("Choose a gem", text -> withNumber(text, named(text,
                GemNames.all().values().stream().map(ItemPickerViewModel::choice).toList()),
                id -> GemNames.find(id).map(ItemPickerViewModel::choice)));
    }

    static Choice choice(ItemTemplate item) {
        String kind = item.slots().isEmpty() ? null : item.kind();
        String detail = "Item Level " + item.itemLevel() + (kind == null ? "" : " · " + kind);
        return new Choice(item.entry(), item.name(), detail, item.quality().color());
    }

    private static Choice choice(GemNames.Gem gem) {
        return new Choice(gem.entry(), gem.name(), gem.color(), gem.quality().color());
    }

    /** Names containing the text, those starting with it first, then by name. */
    private static List<Choice> named(String text, List<Choice> all) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(c -> needle.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(needle)
                || Long.toString(c.id()).startsWith(needle))
                .sorted(Comparator.comparing((Choice c) -> !c.name().toLowerCase(Locale.ROOT).startsWith(needle))
                        .thenComparing(Choice::name))
                .limit(LIMIT).toList();
    }

    /** Puts the exact id first; offers an unknown number as "#id" so that ids can always be typed. */
    private static List<Choice> withNumber(String text, List<Choice> found, Function<Long, Optional<Choice>> byId) {
        String t = text.strip();
        if (!t.matches("\\d{1,10}") || Long.parseLong(t) < 1 || Long.parseLong(t) > 4_294_967_295L) {
            return found;
        }
        long id = Long.parseLong(t);
        List<Choice> out = new ArrayList<>(found);
        out.removeIf(c -> c.id() == id);
        out.add(0, byId.apply(id).orElse(new Choice(id, "#" + id, "not in the world data", null)));
        return out;
    }

    private void refresh() {
        results.setAll(search.apply(query.get() == null ? "" : query.get()));
        selected.set(results.isEmpty() ? -1 : 0);
    }

    /** Moves the selection by {@code delta} rows, staying inside the list (arrow keys from the search box). */
    public void move(int delta) {
        if (!results.isEmpty()) {
            selected.set(Math.max(0, Math.min(results.size() - 1, selected.get() + delta)));
        }
    }

    public Optional<Choice> chosen() {
        int i = selected.get();
        return i >= 0 && i < results.size() ? Optional.of(results.get(i)) : Optional.empty();
    }

    public String title() {
        return title;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Choice> results() {
        return results;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }
}
