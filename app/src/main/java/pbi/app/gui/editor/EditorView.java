package pbi.app.gui.editor;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pbi.dao.domain.World;

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

    /**
     * A tab whose controls are made when the first bot opens. Before that the tab holds an empty pane: the window's
     * first show then styles no form fields, grids or lists that have nothing to show yet (about half of its CSS
     * work at start-up). The pane stays the tab's content, so whatever wraps it keeps wrapping the real view.
     */
    private Tab lazyTab(String title, String id, Supplier<Node> build) {
        StackPane holder = new StackPane();
        holder.setId(id + "-content");
        holder.setAlignment(Pos.TOP_LEFT);
        Tab tab = new Tab(title, holder);
        tab.setId(id);
        Runnable fill = () -> {
            if (holder.getChildren().isEmpty() && editor.loadedProperty().get() != null) {
                holder.getChildren().setAll(build.get());
            }
        };
        editor.loadedProperty().addListener((o, was, now) -> fill.run());
        return tab;
    }

    private Node json() {
        TextArea json = new TextArea();
        json.setId("json-text");
        json.setEditable(false);
        json.getStyleClass().add("json");
        json.textProperty().bind(Bindings.createStringBinding(() -> JsonDump.of(
                editor.editedProperty().get() != null ? editor.editedProperty().get()
                        : editor.loadedProperty().get()), editor.editedProperty(), editor.loadedProperty()));
        return json;
    }

    private Node details() {
        Tab state = lazyTab("State", "tab-state", () -> new StateView(editor).root());
        Tab inventory = lazyTab("Inventory", "tab-inventory", () -> new InventoryView(editor).root());
        Tab equipment = lazyTab("Equipment", "tab-equipment", () -> new EquipmentView(editor).root());
        Tab jsonTab = lazyTab("JSON", "tab-json", this::json);
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
        // The notice names the missing database and the option to name it: too long for a narrow window.
        Tooltip noticeTip = new Tooltip();
        noticeTip.textProperty().bind(editor.items().noticeProperty());
        noticeTip.setWrapText(true);
        noticeTip.setMaxWidth(600);
        itemsNotice.setTooltip(noticeTip);
        itemsNotice.visibleProperty().bind(editor.items().noticeProperty().isNotNull());
        itemsNotice.managedProperty().bind(itemsNotice.visibleProperty());
        VBox box = new VBox(header, itemsNotice, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

}
