package pbi.app.gui;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import pbi.app.gui.model.BotEditorViewModel;
import pbi.app.gui.model.BrowseViewModel;
import pbi.app.gui.model.BrowseViewModel.Scope;
import pbi.app.gui.model.ConnectViewModel;
import pbi.app.gui.model.JsonDump;
import pbi.app.gui.model.MainViewModel;
import pbi.dao.db.ProfileStore;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;

/**
 * The main window: menus, the map/zone tree, the bot table with its filter bar, the detail tabs and the status
 * bar. Everything it shows comes from {@link MainViewModel}; it only wires controls to properties and commands.
 */
public final class MainView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final MainViewModel vm;
    private final Stage stage;
    private final FxTaskRunner runner;
    private final BorderPane root = new BorderPane();
    private final Menu fileMenu = new Menu("_File");
    private final Menu toolsMenu = new Menu("_Tools");
    private final SeparatorMenuItem fileExtensions = new SeparatorMenuItem();
    private final TableView<BotRow> table = new TableView<>();
    private final TreeView<Scope> tree = new TreeView<>();
    private final TabPane tabs = new TabPane();
    private final TabPane browserTabs = new TabPane();
    private BotRow scrollAnchor;
    private boolean revertingSelection;
    private boolean rebuildingTree;

    public MainView(MainViewModel vm, Stage stage, FxTaskRunner runner) {
        this.vm = vm;
        this.stage = stage;
        this.runner = runner;
        root.setId("main-root");
        root.setTop(new VBox(menus(), toolbar()));
        Tab tableTab = new Tab("Table", browser());
        tableTab.setId("tab-table");
        browserTabs.getTabs().add(tableTab);
        browserTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        browserTabs.setId("browser-tabs");
        SplitPane right = new SplitPane(browserTabs, details());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.36);
        SplitPane center = new SplitPane(treePane(), right);
        center.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(center.getItems().get(0), false);
        ProgressIndicator startup = new ProgressIndicator();
        startup.setPrefSize(64, 64);
        Label startupStatus = new Label();
        startupStatus.setId("startup-status");
        startupStatus.textProperty().bind(vm.statusProperty());
        startupStatus.getStyleClass().add("startup-status");
        VBox overlay = new VBox(16, startup, startupStatus);
        overlay.setAlignment(Pos.CENTER);
        overlay.getStyleClass().add("startup-overlay");
        overlay.setId("startup-overlay");
        overlay.visibleProperty().bind(vm.startingProperty());
        root.setCenter(new StackPane(center, overlay));
        root.setBottom(statusBar());
    }

    public BorderPane root() {
        return root;
    }

    /** The File menu; other modules add their items (Export…, Import…, Copy as JSON, History…) with this. */
    public void addFileItems(MenuItem... items) {
        int at = fileMenu.getItems().indexOf(fileExtensions);
        fileMenu.getItems().addAll(at + 1, List.of(items));
    }

    /** The Tools menu, for the doctor and other tools. */
    public Menu toolsMenu() {
        return toolsMenu;
    }

    /** Opens a bot by guid, optionally pointing out a field (state field name, inv:BAG:SLOT or eq:SLOT). */
    public boolean openBot(BigInteger guid, String highlightField) {
        boolean opened = vm.openBot(guid, highlightField);
        if (opened && highlightField != null) {
            if (highlightField.startsWith("inv:")) {
                tabs.getSelectionModel().select(1);
            } else if (highlightField.startsWith("eq:")) {
                tabs.getSelectionModel().select(2);
            } else {
                tabs.getSelectionModel().select(0);
            }
        }
        return opened;
    }

    /** Adds a view beside the bot table (the map), as a tab next to it. */
    public void addBrowserTab(Tab tab) {
        browserTabs.getTabs().add(tab);
    }

    /** The detail tabs (State, Inventory, …), for modules that add to them. */
    public TabPane detailTabs() {
        return tabs;
    }

    /** Selects the bot's row when the table holds it (the bot itself is opened through the view model). */
    public boolean selectRow(BigInteger guid) {
        BotRow row = table.getItems().stream().filter(r -> r.botGuid().equals(guid)).findFirst().orElse(null);
        if (row != null) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
        return row != null;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    private MenuBar menus() {
        BotEditorViewModel editor = vm.editor();
        MenuItem connect = new MenuItem("_Connect…");
        connect.setId("menu-connect");
        connect.setOnAction(e -> showConnect());
        MenuItem refresh = new MenuItem("_Refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> refresh());
        MenuItem exit = new MenuItem("E_xit");
        exit.setOnAction(e -> {
            if (vm.requestClose()) {
                stage.close();
            }
        });
        fileMenu.getItems().addAll(connect, fileExtensions, refresh, new SeparatorMenuItem(), exit);

        MenuItem save = new MenuItem("_Save");
        save.setId("menu-save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(editor.canSaveProperty().not());
        save.setOnAction(e -> editor.save());
        MenuItem review = new MenuItem("Re_view changes…");
        review.disableProperty().bind(editor.dirtyProperty().not());
        review.setOnAction(e -> editor.review());
        MenuItem revert = new MenuItem("Re_vert");
        revert.disableProperty().bind(editor.dirtyProperty().not());
        revert.setOnAction(e -> editor.revert());
        MenuItem delete = new MenuItem("_Delete bot…");
        delete.disableProperty().bind(editor.loadedProperty().isNull());
        delete.setOnAction(e -> editor.delete());
        Menu edit = new Menu("_Edit", null, save, review, revert, new SeparatorMenuItem(), delete);
        MenuItem placeholder = new MenuItem("No tools installed");
        placeholder.setDisable(true);
        toolsMenu.getItems().add(placeholder);
        toolsMenu.getItems().addListener((ListChangeListener<MenuItem>) c -> {
            if (toolsMenu.getItems().size() > 1) {
                // A list may not be changed while it reports a change; remove the placeholder just after.
                javafx.application.Platform.runLater(() -> toolsMenu.getItems().remove(placeholder));
            }
        });
        MenuBar bar = new MenuBar(fileMenu, edit, toolsMenu);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolbar() {
        BotEditorViewModel editor = vm.editor();
        Button save = new Button("Save");
        save.setId("save-button");
        save.disableProperty().bind(editor.canSaveProperty().not());
        save.setOnAction(e -> editor.save());
        Button review = new Button("Review changes…");
        review.setId("review-button");
        review.disableProperty().bind(editor.dirtyProperty().not());
        review.setOnAction(e -> editor.review());
        Button revert = new Button("Revert");
        revert.setId("revert-button");
        revert.disableProperty().bind(editor.dirtyProperty().not());
        revert.setOnAction(e -> editor.revert());
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-button");
        refresh.setOnAction(e -> refresh());
        Button delete = new Button("Delete bot…");
        delete.setId("delete-button");
        delete.disableProperty().bind(editor.loadedProperty().isNull());
        delete.setOnAction(e -> editor.delete());
        Label reason = new Label();
        reason.setId("save-blocked-reason");
        reason.getStyleClass().add("save-blocked");
        reason.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = editor.saveBlockedReasonProperty().get();
            if (editor.savingProperty().get()) {
                return "Saving…";
            }
            return why == null || !editor.dirtyProperty().get() ? "" : "Cannot save: " + why;
        }, editor.saveBlockedReasonProperty(), editor.dirtyProperty(), editor.savingProperty()));
        return new ToolBar(save, review, revert, refresh, delete, reason);
    }

    private void refresh() {
        vm.browse().reloadTree();
        vm.browse().reload();
        vm.editor().refresh();
    }

    private void showConnect() {
        if (!vm.editor().confirmDiscard()) {
            return;
        }
        ConnectViewModel connect = new ConnectViewModel(runner, ProfileStore.defaultStore());
        new ConnectDialog(connect, stage).showAndWait().ifPresent(accepted -> connect.accept(vm::connect));
    }

    private Node treePane() {
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
                    setText(item.label() + "  (" + NumberFormat.getIntegerInstance(Locale.ROOT).format(item.bots())
                            + ")");
                    setId(item.zoneId() != null ? "zone-" + item.mapId() + "-" + item.zoneId()
                            : item.mapId() != null ? "map-" + item.mapId() : "all-bots");
                    setTooltip(new Tooltip(item.zoneId() != null ? World.zoneLabel(item.zoneId()) + " on "
                            + World.mapLabel(item.mapId()) : item.mapId() != null ? World.mapLabel(item.mapId())
                            : "Every bot in the database"));
                }
            }
        });
        vm.browse().treeProperty().addListener((o, a, nodes) -> rebuildTree(nodes));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuildingTree && item != null && item.getValue() != null) {
                vm.browse().select(item.getValue());
            }
        });
        VBox box = new VBox(new Label("Maps and zones"), tree);
        box.getStyleClass().add("side-pane");
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setMinWidth(220);
        return box;
    }

    private void rebuildTree(List<BrowseViewModel.MapNode> nodes) {
        Scope current = vm.browse().scopeProperty().get();
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

    private Node browser() {
        BrowseViewModel browse = vm.browse();
        TextField search = field("filter-search", "guid or name", 160, browse.searchProperty());
        TextField minLevel = field("filter-min-level", "min", 52, browse.minLevelProperty());
        TextField maxLevel = field("filter-max-level", "max", 52, browse.maxLevelProperty());
        TextField minGold = field("filter-min-gold", "min (e.g. 100 or 1g 50s)", 150, browse.minGoldProperty());
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
        TableColumn<BotRow, BigInteger> guid = column("Guid", "col-guid", BotSort.GUID, BotRow::botGuid, 90);
        TableColumn<BotRow, String> name = column("Name", "col-name", BotSort.NAME, BotRow::name, 130);
        TableColumn<BotRow, Integer> level = column("Level", "col-level", BotSort.LEVEL, BotRow::level, 60);
        TableColumn<BotRow, String> gold = column("Gold", "col-gold", BotSort.GOLD,
                r -> Money.format(r.goldCopper()), 150);
        gold.getStyleClass().add("numeric");
        TableColumn<BotRow, Long> health = column("Health", "col-health", BotSort.HEALTH, BotRow::health, 90);
        TableColumn<BotRow, Long> mana = column("Mana", "col-mana", BotSort.MANA, BotRow::mana, 90);
        TableColumn<BotRow, String> zone = column("Zone", "col-zone", BotSort.ZONE,
                r -> World.zoneName(r.zoneId()).orElse(Long.toString(r.zoneId())), 175);
        TableColumn<BotRow, String> updated = column("Last updated", "col-updated", BotSort.UPDATED,
                r -> r.lastUpdated() == null ? "" : TIME.format(r.lastUpdated()), 150);
        TableColumn<BotRow, String> online = column("Online", "col-online", null,
                r -> r.online() == null ? "" : r.isOnline() ? "online" : "", 70);
        online.setSortable(false);
        table.getColumns().setAll(List.of(guid, name, level, gold, health, mana, zone, updated, online));
        name.setVisible(false);
        online.setVisible(false);
        vm.sessionProperty().addListener((o, a, s) -> {
            boolean characters = s != null && s.browse().hasCharacters();
            name.setVisible(characters);
            online.setVisible(characters);
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
            var loaded = vm.editor().loadedProperty().get();
            if (loaded != null && loaded.guid().equals(row.botGuid())) {
                return;
            }
            if (!vm.openBot(row.botGuid(), null)) {
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
                    BrowseViewModel browse = vm.browse();
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

    private Node details() {
        BotEditorViewModel editor = vm.editor();
        Tab state = new Tab("State", new StateView(editor).root());
        state.setId("tab-state");
        Tab inventory = new Tab("Inventory", new InventoryView(editor).root());
        inventory.setId("tab-inventory");
        Tab equipment = new Tab("Equipment", new EquipmentView(editor).root());
        equipment.setId("tab-equipment");
        javafx.scene.control.TextArea json = new javafx.scene.control.TextArea();
        json.setId("json-text");
        json.setEditable(false);
        json.getStyleClass().add("json");
        json.textProperty().bind(Bindings.createStringBinding(() -> JsonDump.of(
                editor.editedProperty().get() != null ? editor.editedProperty().get()
                        : editor.loadedProperty().get()), editor.editedProperty(), editor.loadedProperty()));
        Tab jsonTab = new Tab("JSON", json);
        jsonTab.setId("tab-json");
        tabs.getTabs().setAll(state, inventory, equipment, jsonTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("detail-tabs");
        Label header = new Label();
        header.setId("bot-header");
        header.getStyleClass().add("bot-header");
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            var bot = editor.loadedProperty().get();
            if (bot == null) {
                return "Select a bot in the table to inspect it.";
            }
            var info = editor.characterProperty().get();
            String who = info == null ? "Bot " + bot.guid()
                    : "Bot " + bot.guid() + " — " + info.name() + ", level " + info.level()
                            + (info.online() ? " (online)" : "");
            return who + " · " + World.zoneName(bot.state().zoneId()).orElse("zone " + bot.state().zoneId())
                    + ", " + World.mapName(bot.state().mapId()).orElse("map " + bot.state().mapId())
                    + (editor.dirtyProperty().get() ? " · unsaved changes" : "");
        }, editor.loadedProperty(), editor.characterProperty(), editor.dirtyProperty()));
        VBox box = new VBox(header, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private Node statusBar() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy-indicator");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(runner.runningProperty().greaterThan(0));
        Label work = new Label();
        work.textProperty().bind(Bindings.createStringBinding(() -> runner.statusProperty().get().equals(
                vm.statusProperty().get()) ? "" : runner.statusProperty().get(), runner.statusProperty(),
                vm.statusProperty()));
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label connection = new Label();
        connection.textProperty().bind(Bindings.createStringBinding(() -> vm.sessionProperty().get() == null
                ? "not connected" : vm.sessionProperty().get().database().settings().jdbcUrl().replaceAll("\\?.*", ""),
                vm.sessionProperty()));
        HBox bar = new HBox(8, busy, work, status, spacer, connection);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    static javafx.beans.value.ObservableStringValue constant(String s) {
        return new ReadOnlyStringWrapper(s);
    }
}
