package pbi.app.gui.editor;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pbi.dao.domain.World;

/**
 * The main window: menus, the map/zone tree, the bot table with its filter bar, the detail tabs and the status

/** The bot header and the State, Inventory, Equipment and JSON tabs of the bot being edited. */
public final class EditorView {

    private final BotEditorViewModel editor;
    private final TabPane tabs = new TabPane();
    private final Node root;

    public EditorView(BotEditorViewModel editor) {
        this.editor = editor;
        root = details();
    }

    public TabPane tabs() {
        return tabs;
    }

    public Node root() {
        return root;
    }

    /** Shows the tab that holds {@code place} (a state field key, {@code inv:BAG:SLOT} or {@code eq:SLOT}). */
    public void showPlace(String place) {
        if (place == null) {
            return;
        }
        tabs.getSelectionModel().select(place.startsWith("inv:") ? 1 : place.startsWith("eq:") ? 2 : 0);
    }

    private Node details() {
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
        Label itemsNotice = new Label();
        itemsNotice.setId("items-notice");
        itemsNotice.getStyleClass().add("items-notice");
        itemsNotice.textProperty().bind(editor.items().noticeProperty());
        itemsNotice.visibleProperty().bind(editor.items().noticeProperty().isNotNull());
        itemsNotice.managedProperty().bind(itemsNotice.visibleProperty());
        VBox box = new VBox(header, itemsNotice, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

}
