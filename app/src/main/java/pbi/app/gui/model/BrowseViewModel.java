package pbi.app.gui.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.domain.ZoneCount;
import pbi.dao.service.BrowseService;

/**
 * The map/zone tree and the bot table. The table holds a sliding window of at most {@link #MAX_ROWS} rows fetched
 * by keyset pages, so a million bots cost what a few thousand do; scrolling past either end fetches the next page
 * and drops rows from the other end.
 */
public final class BrowseViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BrowseViewModel.class);
    public static final int PAGE_SIZE = 200;
    public static final int MAX_ROWS = 2_000;
    private static final Pattern MONEY = Pattern.compile(
            "\\s*(?:([\\d,]+)\\s*g)?\\s*(?:(\\d+)\\s*s)?\\s*(?:(\\d+)\\s*c)?\\s*");

    /** A node of the tree: a map (zoneId null) or one of its zones. */
    public record Scope(Long mapId, Long zoneId, String label, long bots) {
        public static final Scope ALL = new Scope(null, null, "All bots", 0);

        public boolean isMap() {
            return mapId != null && zoneId == null;
        }
    }

    public record MapNode(Scope map, List<Scope> zones) {
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private Supplier<BrowseService> service = () -> null;

    private final ObjectProperty<List<MapNode>> tree = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty minLevel = new SimpleStringProperty("");
    private final StringProperty maxLevel = new SimpleStringProperty("");
    private final StringProperty minGold = new SimpleStringProperty("");
    private final StringProperty maxGold = new SimpleStringProperty("");
    private final StringProperty filterProblem = new SimpleStringProperty();
    private final ObjectProperty<BotSort> sort = new SimpleObjectProperty<>(BotSort.GUID);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final ObservableList<BotRow> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(0);
    private final LongProperty firstRowIndex = new SimpleLongProperty(0);
    private final BooleanProperty moreBefore = new SimpleBooleanProperty(false);
    private final BooleanProperty moreAfter = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private BotQuery query;
    private int generation;

    public BrowseViewModel(TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public void connect(Supplier<BrowseService> browse) {
        this.service = browse;
        scope.set(Scope.ALL);
        reloadTree();
        reload();
    }

    /** Re-reads the zone counts; the current scope and filters stay. */
    public void reloadTree() {
        BrowseService browse = service.get();
        if (browse == null) {
            return;
        }
        runner.run("Counting bots per zone…", browse::zoneCounts, counts -> tree.set(buildTree(counts)),
                e -> dialogs.showError("Cannot count bots", Messages.of(e)));
    }

    /** Groups zone counts under their maps, with names from World and unknown ids as numbers. */
    public static List<MapNode> buildTree(List<ZoneCount> counts) {
        Map<Long, List<ZoneCount>> byMap = new LinkedHashMap<>();
        for (Long known : World.maps().keySet()) {
            byMap.put(known, new ArrayList<>());
        }
        for (ZoneCount c : counts) {
            byMap.computeIfAbsent(c.mapId(), k -> new ArrayList<>()).add(c);
        }
        List<MapNode> nodes = new ArrayList<>();
        for (Map.Entry<Long, List<ZoneCount>> e : byMap.entrySet()) {
            long total = e.getValue().stream().mapToLong(ZoneCount::bots).sum();
            if (total == 0) {
                continue;
            }
            List<Scope> zones = e.getValue().stream()
                    .sorted((a, b) -> zoneLabel(a).compareToIgnoreCase(zoneLabel(b)))
                    .map(z -> new Scope(z.mapId(), z.zoneId(), zoneLabel(z), z.bots()))
                    .toList();
            String mapLabel = World.mapName(e.getKey()).orElse("Map " + e.getKey());
            nodes.add(new MapNode(new Scope(e.getKey(), null, mapLabel, total), zones));
        }
        nodes.sort((a, b) -> {
            boolean ka = World.mapName(a.map().mapId()).isPresent();
            boolean kb = World.mapName(b.map().mapId()).isPresent();
            return ka != kb ? (ka ? -1 : 1) : 0;
        });
        return Collections.unmodifiableList(nodes);
    }

    private static String zoneLabel(ZoneCount z) {
        return World.zoneName(z.zoneId()).orElse("Zone " + z.zoneId());
    }

    public void select(Scope newScope) {
        scope.set(newScope == null ? Scope.ALL : newScope);
        reload();
    }

    public void sortBy(BotSort newSort, boolean desc) {
        if (newSort == sort.get() && desc == descending.get()) {
            return;
        }
        sort.set(newSort);
        descending.set(desc);
        reload();
    }

    /** Validates the filter bar and starts over from the first page; false (with a reason) when a filter is bad. */
    public boolean reload() {
        BrowseService browse = service.get();
        BotQuery built = buildQuery();
        if (built == null) {
            return false;
        }
        query = built;
        if (browse == null) {
            return true;
        }
        int gen = ++generation;
        loading.set(true);
        BotQuery first = query;
        runner.run("Loading bots…", () -> new FirstPage(browse.count(first), browse.page(first)), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            total.set(page.total());
            firstRowIndex.set(0);
            rows.setAll(page.rows());
            moreBefore.set(false);
            moreAfter.set(page.rows().size() == first.limit());
            LOG.info("Showing {} of {} bots", page.rows().size(), page.total());
        }, e -> {
            loading.set(false);
            dialogs.showError("Cannot load bots", Messages.of(e));
        });
        return true;
    }

    private record FirstPage(long total, List<BotRow> rows) {
    }

    /** Fetches the page after the last row kept, dropping rows from the top beyond {@link #MAX_ROWS}. */
    public void loadNext() {
        BrowseService browse = service.get();
        if (browse == null || loading.get() || !moreAfter.get() || rows.isEmpty()) {
            return;
        }
        int gen = generation;
        loading.set(true);
        BotQuery next = query.after(rows.get(rows.size() - 1));
        runner.run("Loading more bots…", () -> browse.page(next), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            rows.addAll(page);
            moreAfter.set(page.size() == next.limit());
            int excess = rows.size() - MAX_ROWS;
            if (excess > 0) {
                rows.remove(0, excess);
                firstRowIndex.set(firstRowIndex.get() + excess);
                moreBefore.set(true);
            }
        }, e -> {
            loading.set(false);
            dialogs.showError("Cannot load more bots", Messages.of(e));
        });
    }

    /** Fetches the page before the first row kept (the keyset query run backwards), dropping rows at the bottom. */
    public void loadPrevious() {
        BrowseService browse = service.get();
        if (browse == null || loading.get() || !moreBefore.get() || rows.isEmpty()) {
            return;
        }
        int gen = generation;
        loading.set(true);
        BotQuery backwards = query.sortedBy(query.sort(), !query.descending()).after(rows.get(0));
        runner.run("Loading earlier bots…", () -> browse.page(backwards), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            List<BotRow> earlier = new ArrayList<>(page);
            Collections.reverse(earlier);
            rows.addAll(0, earlier);
            firstRowIndex.set(Math.max(0, firstRowIndex.get() - earlier.size()));
            moreBefore.set(page.size() == backwards.limit() && firstRowIndex.get() > 0);
            int excess = rows.size() - MAX_ROWS;
            if (excess > 0) {
                rows.remove(rows.size() - excess, rows.size());
                moreAfter.set(true);
            }
        }, e -> {
            loading.set(false);
            dialogs.showError("Cannot load earlier bots", Messages.of(e));
        });
    }

    /** The query the filter bar describes, or null with {@link #filterProblemProperty()} saying why. */
    BotQuery buildQuery() {
        filterProblem.set(null);
        try {
            String text = search.get() == null ? "" : search.get().strip();
            BigInteger guid = null;
            String name = null;
            if (!text.isEmpty()) {
                if (text.chars().allMatch(Character::isDigit)) {
                    guid = new BigInteger(text);
                }
                name = text;
            }
            Integer lo = level(minLevel.get(), "Lowest level");
            Integer hi = level(maxLevel.get(), "Highest level");
            BigInteger goldLo = gold(minGold.get(), "Least gold");
            BigInteger goldHi = gold(maxGold.get(), "Most gold");
            Scope s = scope.get();
            return BotQuery.zone(s.mapId(), s.zoneId())
                    .withFilters(guid, name, lo, hi, goldLo, goldHi, null)
                    .sortedBy(sort.get(), descending.get())
                    .withLimit(PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            filterProblem.set(e.getMessage());
            return null;
        }
    }

    private static Integer level(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException(what + " must be between 0 and 255");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, such as 80");
        }
    }

    /** Gold as a plain number of gold pieces ("1500") or as "12g 34s 56c". */
    static BigInteger gold(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("[\\d,]+(\\.\\d+)?")) {
                return new BigDecimal(t.replace(",", "")).movePointRight(4).toBigInteger();
            }
        } catch (NumberFormatException e) {
            // falls through to the g/s/c form
        }
        Matcher m = MONEY.matcher(t);
        if (!t.isEmpty() && m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            BigInteger g = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1).replace(",", ""));
            int s = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int c = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (s < 100 && c < 100) {
                return Money.of(g, s, c);
            }
        }
        throw new IllegalArgumentException(what + " must be gold pieces (1500) or like 12g 34s 56c");
    }

    public ObjectProperty<List<MapNode>> treeProperty() {
        return tree;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty minLevelProperty() {
        return minLevel;
    }

    public StringProperty maxLevelProperty() {
        return maxLevel;
    }

    public StringProperty minGoldProperty() {
        return minGold;
    }

    public StringProperty maxGoldProperty() {
        return maxGold;
    }

    public StringProperty filterProblemProperty() {
        return filterProblem;
    }

    public ObjectProperty<BotSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public ObservableList<BotRow> rows() {
        return rows;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public LongProperty firstRowIndexProperty() {
        return firstRowIndex;
    }

    public BooleanProperty moreBeforeProperty() {
        return moreBefore;
    }

    public BooleanProperty moreAfterProperty() {
        return moreAfter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
