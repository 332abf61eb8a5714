package pbi.app.gui.main;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
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
import pbi.app.gui.browse.BrowseView;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Styles;
import pbi.app.gui.common.WindowSizes;
import pbi.app.gui.connect.ConnectDialog;
import pbi.app.gui.connect.ConnectViewModel;
import pbi.app.gui.editor.BotEditorViewModel;
import pbi.app.gui.editor.EditorView;
import pbi.dao.db.ProfileStore;

/**
 * The main window: menus, tool bar and status bar around the browser ({@link BrowseView}) and the editor
 * ({@link EditorView}). Everything it shows comes from {@link MainViewModel}; it only wires controls to properties
 * and commands.
 */
public final class MainView {

    private final MainViewModel vm;
    private final Stage stage;
    private final FxTaskRunner runner;
    private final ProfileStore profiles;
    private final AppInfo info;
    private final BorderPane root = new BorderPane();
    private final Menu fileMenu = new Menu("_File");
    private final Menu toolsMenu = new Menu("_Tools");
    private final SeparatorMenuItem fileExtensions = new SeparatorMenuItem();
    private final EditorView editorView;
    // Held here: the browser only listens to them, and a binding nobody holds may be collected.
    private final ObjectBinding<BigInteger> openGuid;
    private final ObjectBinding<Boolean> hasCharacters;
    private final Map<String, SplitPane> splits;
    private final BrowseView browser;
    /** The bot table, and beside it views of the same bots (the map). */
    private final TabPane browserTabs = new TabPane();

    public MainView(MainViewModel vm, Stage stage, FxTaskRunner runner, ProfileStore profiles, AppInfo info) {
        this.vm = vm;
        this.stage = stage;
        this.runner = runner;
        this.profiles = profiles;
        this.info = info;
        var loaded = vm.editor().loadedProperty();
        openGuid = Bindings.createObjectBinding(() -> loaded.get() == null ? null : loaded.get().guid(), loaded);
        hasCharacters = Bindings.createObjectBinding(() -> vm.sessionProperty().get() != null
                && vm.sessionProperty().get().browse().hasCharacters(), vm.sessionProperty());
        browser = new BrowseView(vm.browse(), guid -> vm.openBot(guid, null), openGuid, hasCharacters);
        editorView = new EditorView(vm.editor());
        root.setId("main-root");
        root.setTop(new VBox(menus(), toolbar()));
        Tab tableTab = new Tab("Table", browser.tablePane());
        tableTab.setId("tab-table");
        browserTabs.getTabs().add(tableTab);
        browserTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        browserTabs.setId("browser-tabs");
        SplitPane right = new SplitPane(browserTabs, editorView.root());
        right.setId("table-detail-split");
        right.setOrientation(Orientation.VERTICAL);
        // The detail area gets the larger part: a whole bag grid fits under the table at the default size.
        right.setDividerPositions(0.3);
        SplitPane center = new SplitPane(browser.treePane(), right);
        center.setId("tree-split");
        center.setDividerPositions(0.2);
        splits = Map.of("tree", center, "table", right);
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

    /** The movable dividers by name ("tree": tree | rest, "table": table over detail), remembered by the window. */
    public Map<String, SplitPane> splits() {
        return splits;
    }

    /** The File menu; other modules add their items (Export…, Import…, Copy as JSON, History…) with this. */
    public void addFileItems(MenuItem... items) {
        int at = fileMenu.getItems().indexOf(fileExtensions);
        fileMenu.getItems().addAll(at + 1, List.of(items));
    }

    /** The File menu, for modules that disable their items (read-only mode). */
    public Menu fileMenu() {
        return fileMenu;
    }

    /** Puts a notice (read-only, changed on the server) under the tool bar. */
    public void addBanner(Node banner) {
        ((VBox) root.getTop()).getChildren().add(banner);
    }

    /** Puts a notice above the detail tabs of the open bot. */
    public void addEditorBanner(Node banner) {
        ((VBox) editorView.root()).getChildren().add(1, banner);
    }

    /** The Tools menu, for the doctor and other tools. */
    public Menu toolsMenu() {
        return toolsMenu;
    }

    /** Opens a bot by guid, optionally pointing out a field (state field name, inv:BAG:SLOT or eq:SLOT). */
    public boolean openBot(BigInteger guid, String highlightField) {
        boolean opened = vm.openBot(guid, highlightField);
        if (opened) {
            editorView.showPlace(highlightField);
        }
        return opened;
    }

    /** Adds a view beside the bot table (the map), as a tab next to it. */
    public void addBrowserTab(Tab tab) {
        browserTabs.getTabs().add(tab);
    }

    /** The detail tabs (State, Inventory, …), for modules that add to them. */
    public TabPane detailTabs() {
        return editorView.tabs();
    }

    /** Selects the bot's row when the table holds it (the bot itself is opened through the view model). */
    public boolean selectRow(BigInteger guid) {
        return browser.selectRow(guid);
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
        MenuItem find = new MenuItem("_Find bots…");
        find.setId("menu-find");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> browser.focusSearch());
        MenuItem delete = new MenuItem("_Delete bot…");
        delete.setId("menu-delete");
        // A text box consumes Delete itself, so the key reaches this only outside the boxes; it always asks first.
        delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        delete.disableProperty().bind(editor.loadedProperty().isNull().or(editor.readOnlyProperty().isNotNull()));
        delete.setOnAction(e -> editor.delete());
        Menu edit = new Menu("_Edit", null, save, review, revert, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(), delete);
        MenuItem placeholder = new MenuItem("No tools installed");
        placeholder.setDisable(true);
        toolsMenu.getItems().add(placeholder);
        toolsMenu.getItems().addListener((ListChangeListener<MenuItem>) c -> {
            if (toolsMenu.getItems().size() > 1) {
                // A list may not be changed while it reports a change; remove the placeholder just after.
                javafx.application.Platform.runLater(() -> toolsMenu.getItems().remove(placeholder));
            }
        });
        MenuItem about = new MenuItem("_About Playerbot Inspector");
        about.setId("menu-about");
        about.setOnAction(e -> showAbout());
        MenuBar bar = new MenuBar(fileMenu, edit, toolsMenu, new Menu("_Help", null, about));
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
        delete.disableProperty().bind(editor.loadedProperty().isNull().or(editor.readOnlyProperty().isNotNull()));
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
        refresh.setTooltip(new javafx.scene.control.Tooltip("Read the tree, the table and the open bot again (F5)"));
        save.setTooltip(new javafx.scene.control.Tooltip("Save every edit in one transaction (Ctrl+S)"));
        delete.setTooltip(new javafx.scene.control.Tooltip("Delete the open bot, after a confirmation (Delete)"));
        // Delete stands at the far end, away from Refresh and Save, so a slip of the mouse cannot reach it.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(reason, Priority.SOMETIMES);
        return new ToolBar(refresh, new Separator(), save, review, revert, reason, gap, delete);
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
        ConnectViewModel connect = new ConnectViewModel(runner, profiles);
        new ConnectDialog(connect, stage).showAndWait().ifPresent(accepted -> connect.accept(vm::connect));
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Playerbot Inspector");
        about.setHeaderText("Playerbot Inspector " + info.version());
        about.getDialogPane().setId("about-dialog");
        WindowSizes.fit(about, 560, 300);
        about.getDialogPane().getStylesheets().add(Styles.stylesheet());
        TextArea text = new TextArea(info.describe(vm.connectionLabel()));
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        about.getDialogPane().setContent(text);
        about.showAndWait();
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
        connection.textProperty().bind(Bindings.createStringBinding(vm::connectionLabel, vm.sessionProperty()));
        HBox bar = new HBox(8, busy, work, status, spacer, ReplicaLagBar.of(vm.replicaLag()), connection);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

}