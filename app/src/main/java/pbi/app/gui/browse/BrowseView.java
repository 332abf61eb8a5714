package pbi.app.gui.browse;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pbi.app.gui.browse.BrowseViewModel.Scope;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;

/**
 * The main window: menus, the map/zone tree, the bot table with its filter bar, the detail tabs and the status

/**
 * The map/zone tree on the left and, on the right, the filter bar and the bot table with its row count. Scrolling
 * near either end of the rows kept loads the next keyset page. Choosing a row asks the editor to open the bot.
 */
public final class BrowseView {

    /** Opens a bot in the editor; false when the user kept the bot that is open (unsaved edits). */
    public interface Opener {
        boolean open(BigInteger guid);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final BrowseViewModel browse;
    private final Opener opener;
    private final ObservableValue<BigInteger> openGuid;
    private final TableView<BotRow> table = new TableView<>();
    private final TreeView<Scope> tree = new TreeView<>();
    private final Node treePane;
    private final Node tablePane;
    private TextField search;
    private BotRow scrollAnchor;
    private boolean revertingSelection;
    private boolean rebuildingTree;

    /**
     * @param openGuid the guid of the bot open in the editor, or null
     * @param hasCharacters true when the database has the server's characters table (names and online state)
     */
    public BrowseView(BrowseViewModel browse, Opener opener, ObservableValue<BigInteger> openGuid,
            ObservableValue<Boolean> hasCharacters) {
        this.browse = browse;
        this.opener = opener;
        this.openGuid = openGuid;
        treePane = buildTree();
        tablePane = browser(hasCharacters);
    }

    /** Ctrl+F: to the search box, its text selected so typing replaces it. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The tree of maps and zones. */
    public Node treePane() {
        return treePane;
    }

    /** The filter bar, the table and the row count. */
    /** Selects the bot's row when the table holds it; false when it does not. */
    public boolean selectRow(BigInteger guid) {
        BotRow row = table.getItems().stream().filter(r -> r.botGuid().equals(guid)).findFirst().orElse(null);
        if (row != null) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
        return row != null;
    }

    public Node tablePane() {
        return tablePane;
    }

    private Node buildTree() {
        tree.setId("zone-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Scope item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setId(null);
                } else {
                    long problems = browse.problemsIn(item.mapId(), item.zoneId());
                    setText(item.label() + "  (" + NumberFormat.getIntegerInstance(Locale.ROOT).format(item.bots())
                            + ")" + (problems > 0 ? "  ⚠ " + problems : ""));
                    setId(item.zoneId() != null ? "zone-" + item.mapId() + "-" + item.zoneId()
                            : item.mapId() != null ? "map-" + item.mapId() : "all-bots");
                    setTooltip(new Tooltip(item.zoneId() != null ? World.zoneLabel(item.zoneId()) + " on "
                            + World.mapLabel(item.mapId()) : item.mapId() != null ? World.mapLabel(item.mapId())
                            : "Every bot in the database"));
                }
            }
        });
        browse.treeProperty().addListener((o, a, nodes) -> rebuildTree(nodes));
        browse.problemCountsProperty().addListener((o, a, b) -> tree.refresh());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuildingTree && item != null && item.getValue() != null) {
                browse.select(item.getValue());
            }
        });
        VBox box = new VBox(new Label("Maps and zones"), tree);
        box.getStyleClass().add("side-pane");
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setMinWidth(220);
        return box;
    }

    private void rebuildTree(List<BrowseViewModel.MapNode> nodes) {
        Scope current = browse.scopeProperty().get();
        long total = nodes.stream().mapToLong(n -> n.map().bots()).sum();
        TreeItem<Scope> all = new TreeItem<>(new Scope(null, null, "All bots", total));
        all.setExpanded(true);
        TreeItem<Scope> reselect = null;
        for (BrowseViewModel.MapNode n : nodes) {
            TreeItem<Scope> map = new TreeItem<>(n.map());
            for (Scope z : n.zones()) {
                TreeItem<Scope> zone = new TreeItem<>(z);
                map.getChildren().add(zone);
                if (same(z, current)) {
                    reselect = zone;
                    map.setExpanded(true);
                }
            }
            if (same(n.map(), current)) {
                reselect = map;
            }
            all.getChildren().add(map);
        }
        rebuildingTree = true;
        tree.setRoot(all);
        rebuildingTree = false;
        if (reselect == null && current != null && current.mapId() == null) {
            reselect = all;
        }
        if (reselect != null) {
            TreeItem<Scope> target = reselect;
            // The scope is unchanged, so the selection is only marked again, without another query.
            rebuildingTree = true;
            tree.getSelectionModel().select(target);
            rebuildingTree = false;
        }
    }

    private static boolean same(Scope a, Scope b) {
        return b != null && java.util.Objects.equals(a.mapId(), b.mapId())
                && java.util.Objects.equals(a.zoneId(), b.zoneId());
    }

    private Node browser(ObservableValue<Boolean> hasCharacters) {
        search = field("filter-search", "guid or name (Ctrl+F)", 170, browse.searchProperty());
        TextField minLevel = field("filter-min-level", "min", 52, browse.minLevelProperty());
        TextField maxLevel = field("filter-max-level", "max", 52, browse.maxLevelProperty());
        TextField minGold = field("filter-min-gold", "min, e.g. 1g 50s", 130, browse.minGoldProperty());
        TextField maxGold = field("filter-max-gold", "max", 110, browse.maxGoldProperty());
        Button apply = new Button("Filter");
        apply.setId("filter-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> browse.reload());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            for (TextField f : List.of(search, minLevel, maxLevel, minGold, maxGold)) {
                f.clear();
            }
            browse.reload();
        });
        for (TextField f : List.of(search, minLevel, maxLevel, minGold, maxGold)) {
            f.setOnAction(e -> browse.reload());
        }
        Label problem = new Label();
        problem.setId("filter-problem");
        problem.getStyleClass().add("save-blocked");
        problem.textProperty().bind(browse.filterProblemProperty());
        HBox bar = new HBox(6, new Label("Search"), search, new Label("Level"), minLevel, new Label("–"), maxLevel,
                new Label("Gold"), minGold, new Label("–"), maxGold, apply, clear, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("filter-bar");

        table.setId("bot-table");
        table.setItems(browse.rows());
        table.setPlaceholder(new Label("No bots match. Choose a map or zone, or change the filters."));
        TableColumn<BotRow, BigInteger> guid = column("Guid", "col-guid", BotSort.GUID, BotRow::botGuid, 70);
        TableColumn<BotRow, String> name = column("Name", "col-name", BotSort.NAME, BotRow::name, 115);
        TableColumn<BotRow, Integer> level = column("Level", "col-level", BotSort.LEVEL, BotRow::level, 50);
        TableColumn<BotRow, String> gold = column("Gold", "col-gold", BotSort.GOLD,
                r -> Money.format(r.goldCopper()), 135);
        gold.getStyleClass().add("numeric");
        TableColumn<BotRow, Long> health = column("Health", "col-health", BotSort.HEALTH, BotRow::health, 80);
        TableColumn<BotRow, Long> mana = column("Mana", "col-mana", BotSort.MANA, BotRow::mana, 70);
        TableColumn<BotRow, String> zone = column("Zone", "col-zone", BotSort.ZONE,
                r -> World.zoneName(r.zoneId()).orElse(Long.toString(r.zoneId())), 150);
        TableColumn<BotRow, String> updated = column("Last updated", "col-updated", BotSort.UPDATED,
                r -> r.lastUpdated() == null ? "" : TIME.format(r.lastUpdated()), 135);
        TableColumn<BotRow, String> online = column("Online", "col-online", null,
                r -> r.online() == null ? "" : r.isOnline() ? "online" : "", 60);
        online.setSortable(false);
        TableColumn<BotRow, String> race = column("Race", "col-race", null, r -> RowChecks.race(r.race()), 80);
        race.setSortable(false);
        TableColumn<BotRow, String> klass = column("Class", "col-class", null,
                r -> RowChecks.characterClass(r.characterClass()), 90);
        klass.setSortable(false);
        TableColumn<BotRow, List<String>> status = new TableColumn<>("⚠");
        status.setId("col-status");
        status.setPrefWidth(36);
        status.setSortable(false);
        status.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(RowChecks.problems(cd.getValue(),
                browse.limits())));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<String> problems, boolean empty) {
                super.updateItem(problems, empty);
                boolean bad = !empty && problems != null && !problems.isEmpty();
                setText(bad ? RowChecks.status(problems) : null);
                setTooltip(bad ? new Tooltip("The doctor would report:\n" + String.join("\n", problems)) : null);
                getStyleClass().remove("status-bad");
                if (bad) {
                    getStyleClass().add("status-bad");
                }
            }
        });
        table.getColumns().setAll(List.of(status, guid, name, race, klass, level, gold, health, mana, zone, updated,
                online));
        for (TableColumn<BotRow, ?> c : List.of(name, race, klass, online)) {
            c.setVisible(false);
        }
        hasCharacters.addListener((o, a, characters) -> {
            for (TableColumn<BotRow, ?> c : List.of(name, race, klass, online)) {
                c.setVisible(Boolean.TRUE.equals(characters));
            }
        });
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                browse.sortBy(BotSort.GUID, false);
            } else {
                TableColumn<BotRow, ?> c = t.getSortOrder().get(0);
                browse.sortBy((BotSort) c.getUserData(), c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<BotRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BotRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("online-row");
                    if (!empty && item != null && item.isOnline()) {
                        getStyleClass().add("online-row");
                    }
                }
            };
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, previous, row) -> {
            if (revertingSelection || row == null) {
                return;
            }
            if (row.botGuid().equals(openGuid.getValue())) {
                return;
            }
            if (!opener.open(row.botGuid())) {
                revertingSelection = true;
                Platform.runLater(() -> {
                    if (previous != null) {
                        table.getSelectionModel().select(previous);
                    } else {
                        table.getSelectionModel().clearSelection();
                    }
                    revertingSelection = false;
                });
            }
        });
        browse.rows().addListener((ListChangeListener<BotRow>) c -> {
            if (scrollAnchor != null) {
                int at = browse.rows().indexOf(scrollAnchor);
                scrollAnchor = null;
                if (at >= 0) {
                    Platform.runLater(() -> table.scrollTo(at));
                }
            }
        });
        table.skinProperty().addListener((o, a, skin) -> Platform.runLater(this::watchScrolling));

        Label count = new Label();
        count.setId("row-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
            long total = browse.totalProperty().get();
            int shown = browse.rows().size();
            if (shown == 0) {
                return total == 0 ? "No bots" : n.format(total) + (total == 1 ? " bot" : " bots");
            }
            long first = browse.firstRowIndexProperty().get() + 1;
            return n.format(total) + (total == 1 ? " bot" : " bots") + " · rows " + n.format(first) + "–"
                    + n.format(first + shown - 1)
                    + " loaded (" + browse.sortProperty().get().name().toLowerCase(Locale.ROOT)
                    + (browse.descendingProperty().get() ? ", descending)" : ")");
        }, browse.totalProperty(), browse.rows(), browse.firstRowIndexProperty(), browse.sortProperty(),
                browse.descendingProperty()));
        HBox footer = new HBox(count);
        footer.setPadding(new Insets(2, 6, 2, 6));
        VBox box = new VBox(bar, table, footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Loads the next or previous keyset page when the user scrolls near either end of the rows kept. */
    private void watchScrolling() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((o, a, v) -> {
                                        double max = bar.getMax();
                    if (v.doubleValue() >= max * 0.92 && browse.moreAfterProperty().get()
                            && !browse.loadingProperty().get()) {
                        scrollAnchor = lastVisible();
                        browse.loadNext();
                    } else if (v.doubleValue() <= max * 0.08 && browse.moreBeforeProperty().get()
                            && !browse.loadingProperty().get()) {
                        scrollAnchor = firstVisible();
                        browse.loadPrevious();
                    }
                });
            }
        }
    }

    private BotRow firstVisible() {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return null;
        }
        int i = flow.getFirstVisibleCell().getIndex();
        return i >= 0 && i < table.getItems().size() ? table.getItems().get(i) : null;
    }

    private BotRow lastVisible() {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getLastVisibleCell() == null) {
            return null;
        }
        int i = flow.getLastVisibleCell().getIndex() - 20;
        return i >= 0 && i < table.getItems().size() ? table.getItems().get(i) : null;
    }

    private static <T> TableColumn<BotRow, T> column(String title, String id, BotSort sort, Function<BotRow, T> value,
            double width) {
        TableColumn<BotRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setUserData(sort);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new ClippedCell<>());
        return c;
    }

    private static TextField field(String id, String prompt, double width, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(p);
        return f;
    }

}
