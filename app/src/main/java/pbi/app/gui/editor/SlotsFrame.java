package pbi.app.gui.editor;

import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import pbi.app.gui.common.Coalesced;

/**
 * What the Inventory and Equipment tabs share: the slots scrolling on the left, the selected slot's form on the
 * right, and one coalesced redraw whenever anything the slots show changes.
 */
final class SlotsFrame {

    private SlotsFrame() {
    }

    static HBox frame(Node slots, BotEditorViewModel vm, ItemFormViewModel.Kind kind) {
        ScrollPane scroll = new ScrollPane(slots);
        scroll.setFitToWidth(true);
        ScrollPane formScroll = new ScrollPane(new ItemFormView(vm.itemForm(), kind, vm.editableProperty()).root());
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(360);
        HBox root = new HBox(scroll, formScroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        return root;
    }

    /** The scroll pane around the slots of a frame made by {@link #frame}. */
    static ScrollPane slotsScroll(HBox frame) {
        return (ScrollPane) frame.getChildren().get(0);
    }

    /** Redraws on edits, doctor flags, a new bot, the selected slot, the highlighted place and item names. */
    static void redrawOnChange(BotEditorViewModel vm, Coalesced redraw) {
        vm.changedSlots().addListener((SetChangeListener<String>) c -> redraw.request());
        vm.flagsProperty().addListener((o, a, b) -> redraw.request());
        vm.loadedProperty().addListener((o, a, b) -> redraw.request());
        vm.itemForm().titleProperty().addListener((o, a, b) -> redraw.request());
        vm.highlightProperty().addListener((o, a, b) -> redraw.request());
        vm.items().readyProperty().addListener((o, a, b) -> redraw.request());
    }
}
