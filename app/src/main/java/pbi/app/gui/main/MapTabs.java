package pbi.app.gui.main;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import pbi.app.gui.common.TaskRunner;
import pbi.app.gui.editor.BotEditorViewModel;
import pbi.app.gui.editor.StateField;
import pbi.app.gui.map.MapPane;
import pbi.app.gui.map.MapViewModel;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.geo.Atlas;
import pbi.dao.service.MapService;

/**
 * Puts the map into the main window: a "Map" tab beside the bot table that follows the tree's map or zone, and a
 * small map of the open bot's zone on the State tab. A click on a dot opens its bot like a click on its row; a drag
 * (or "Move here") only edits the open bot's x, y and zone, so that review, save and conflict checks are the
 * editor's usual ones.
 */
public final class MapTabs {

    private final MainView view;
    private final MainViewModel main;
    private final BotEditorViewModel editor;
    private final MapViewModel map;
    private final MapViewModel small;
    private MapService service;

    private MapTabs(MainView view, MainViewModel main, TaskRunner runner) {
        this.view = view;
        this.main = main;
        this.editor = main.editor();
        this.map = new MapViewModel(runner, editor.limits(), Atlas.standard());
        this.small = new MapViewModel(runner, editor.limits(), Atlas.standard());
    }

    /** Adds the map tab and the State tab's small map to the window; returns the wiring for tests. */
    public static MapTabs install(MainView view, MainViewModel main, TaskRunner runner) {
        MapTabs tabs = new MapTabs(view, main, runner);
        tabs.wire();
        return tabs;
    }

    public MapViewModel map() {
        return map;
    }

    public MapViewModel smallMap() {
        return small;
    }

    private void wire() {
        main.sessionProperty().addListener((o, a, session) -> {
            service = session == null ? null
                    : new MapService(session.database().reads(), Atlas.standard(), editor.limits().worldHalfExtent());
            map.connect(() -> service);
            small.connect(() -> service);
        });
        if (main.sessionProperty().get() != null) {
            var session = main.sessionProperty().get();
            service = new MapService(session.database().reads(), Atlas.standard(),
                    editor.limits().worldHalfExtent());
            map.connect(() -> service);
            small.connect(() -> service);
        }
        main.browse().scopeProperty().addListener((o, a, scope) -> {
            if (scope != null && scope.mapId() != null) {
                map.show(scope.mapId(), scope.zoneId());
            }
        });
        editor.loadedProperty().addListener((o, previous, bot) -> {
            BigInteger guid = bot == null ? null : bot.guid();
            map.setSelected(guid);
            small.setSelected(guid);
            if (bot != null) {
                small.show(bot.state().mapId(), bot.state().zoneId());
            }
        });
        // A save ends with the editor no longer saving: the positions on the server have changed.
        editor.savingProperty().addListener((o, was, now) -> {
            if (was && !now) {
                map.refresh();
                small.refresh();
            }
        });
        // A position typed into the State form, or dropped on one map, shows on both maps until saved or reverted.
        for (StateField key : new StateField[] {StateField.X, StateField.Y}) {
            editor.form().text(key).addListener((o, a, b) -> showPending());
        }
        map.setOnBotClicked(this::open);
        small.setOnBotClicked(guid -> { });
        map.setOnBotMoved(move -> move(map, move));
        small.setOnBotMoved(move -> move(small, move));

        MapPane pane = new MapPane(map);
        Tab tab = new Tab("Map", pane);
        tab.setId("tab-map");
        view.addBrowserTab(tab);
        view.detailTabs().getTabs().stream().filter(t -> "tab-state".equals(t.getId())).findFirst()
                .ifPresent(this::addSmallMap);
    }

    private void addSmallMap(Tab state) {
        MapPane pane = new MapPane(small);
        pane.setId("state-small-map");
        pane.setMinSize(220, 180);
        pane.setPrefSize(320, 240);
        pane.setMaxHeight(300);
        Label title = new Label("Where the bot stands");
        title.getStyleClass().add("section-title");
        VBox side = new VBox(4, title, pane);
        side.setId("state-map-box");
        side.visibleProperty().bind(editor.loadedProperty().isNotNull());
        side.managedProperty().bind(side.visibleProperty());
        VBox.setVgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        Node form = state.getContent();
        BorderPane both = new BorderPane(form);
        both.setRight(side);
        state.setContent(both);
    }

    /** A dot was clicked: open its bot as if its row had been chosen, unless the user keeps unsaved edits. */
    private void open(BigInteger guid) {
        BotSnapshot loaded = editor.loadedProperty().get();
        if (loaded != null && loaded.guid().equals(guid)) {
            return;
        }
        if (editor.dirtyProperty().get()) {
            if (!editor.confirmDiscard()) {
                map.setSelected(loaded.guid());
                return;
            }
            editor.revert();
        }
        if (!view.selectRow(guid)) {
            main.openBot(guid, null);
        }
    }

    /** A dropped dot edits the open bot's position; any other bot first has to be opened. */
    private void move(MapViewModel source, MapViewModel.BotMove move) {
        BotSnapshot loaded = editor.loadedProperty().get();
        if (loaded == null || !loaded.guid().equals(move.botGuid()) || !editor.allowEditingOnline()) {
            source.cancelDrag();
            return;
        }
        editor.form().text(StateField.X).set(coordinate(move.x()));
        editor.form().text(StateField.Y).set(coordinate(move.y()));
        if (move.zoneId() != null) {
            editor.form().text(StateField.ZONE).set(Long.toString(move.zoneId()));
        }
        String mapId = Long.toString(source.mapId());
        if (!Objects.equals(editor.form().text(StateField.MAP).get(), mapId)) {
            editor.form().text(StateField.MAP).set(mapId);
        }
    }

    private void showPending() {
        BotSnapshot loaded = editor.loadedProperty().get();
        Double x = number(editor.form().text(StateField.X).get());
        Double y = number(editor.form().text(StateField.Y).get());
        boolean moved = loaded != null && x != null && y != null
                && (x.floatValue() != loaded.state().positionX() || y.floatValue() != loaded.state().positionY());
        map.showPending(moved ? x : null, moved ? y : null);
        small.showPending(moved ? x : null, moved ? y : null);
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
