package pbi.app.gui.browse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.app.gui.common.DialogService;
import pbi.app.gui.common.KeysetWindow;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.domain.ZoneCount;
import pbi.dao.service.BrowseService;

/**
 * The map/zone tree, the filter bar and the bot table. The table is a {@link KeysetWindow} of at most
 * {@link #MAX_ROWS} rows over the filtered, sorted query.
 */
public final class BrowseViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BrowseViewModel.class);
    public static final int PAGE_SIZE = 200;
    public static final int MAX_ROWS = 2_000;

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
    private final KeysetWindow<BotRow> window;

    private Limits limits = Limits.wotlk();

    private final ObjectProperty<Map<String, Long>> problemCounts = new SimpleObjectProperty<>(Map.of());

    /** The doctor's findings of its last scan per zone (key: {@link #zoneKey}), shown in the tree. */
    public ObjectProperty<Map<String, Long>> problemCountsProperty() {
        return problemCounts;
    }

    public static String zoneKey(long mapId, long zoneId) {
        return mapId + ":" + zoneId;
    }

    /** The findings in one tree node: a zone, a map (mapId set, zoneId null) or everything (both null). */
    public long problemsIn(Long mapId, Long zoneId) {
        return problemCounts.get().entrySet().stream()
                .filter(e -> mapId == null || (zoneId == null ? e.getKey().startsWith(mapId + ":")
                        : e.getKey().equals(zoneKey(mapId, zoneId))))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The limits the status column checks rows against; the server's, once the window knows them. */
    public Limits limits() {
        return limits;
    }

    public void setLimits(Limits limits) {
        this.limits = limits;
    }

    public BrowseViewModel(TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.window = new KeysetWindow<>(runner, dialogs, "bots", MAX_ROWS);
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
        if (browse != null) {
            window.reset(pages(browse, built));
        }
        return true;
    }

    /** The filtered, sorted bots as keyset pages. */
    private static KeysetWindow.Source<BotRow> pages(BrowseService browse, BotQuery query) {
        return new KeysetWindow.Source<>() {
            @Override
            public long count() {
                return browse.count(query);
            }

            @Override
            public List<BotRow> first() {
                List<BotRow> page = browse.page(query);
                LOG.debug("First page: {} bots", page.size());
                return page;
            }

            @Override
            public List<BotRow> after(BotRow last) {
                return browse.page(query.after(last));
            }

            @Override
            public List<BotRow> before(BotRow first) {
                return browse.page(query.sortedBy(query.sort(), !query.descending()).after(first));
            }

            @Override
            public int pageSize() {
                return query.limit();
            }
        };
    }

    public void loadNext() {
        window.loadNext();
    }

    public void loadPrevious() {
        window.loadPrevious();
    }

    /** The filter bar's query (map, zone and filters), or null while a box is invalid; for bulk edits. */
    public BotQuery currentQuery() {
        return buildQuery();
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
            BigInteger goldLo = Money.parse(minGold.get(), "Least gold");
            BigInteger goldHi = Money.parse(maxGold.get(), "Most gold");
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
        return window.rows();
    }

    public LongProperty totalProperty() {
        return window.totalProperty();
    }

    public LongProperty firstRowIndexProperty() {
        return window.firstRowIndexProperty();
    }

    public BooleanProperty moreBeforeProperty() {
        return window.moreBeforeProperty();
    }

    public BooleanProperty moreAfterProperty() {
        return window.moreAfterProperty();
    }

    public BooleanProperty loadingProperty() {
        return window.loadingProperty();
    }
}
