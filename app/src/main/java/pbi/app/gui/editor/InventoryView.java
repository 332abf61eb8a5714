package pbi.app.gui.editor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pbi.app.gui.common.Coalesced;
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.Styles;
import pbi.dao.domain.InventoryItem;

/** The Inventory tab: every bag as a grid of its slots, empty ones included, and the item editor. */
final class InventoryView {

    static final DataFormat SLOT = new DataFormat("application/x-pbi-inventory-slot");
    private static final int COLUMNS = 4;
    private final Coalesced redraw = new Coalesced(this::rebuild);
    private final BotEditorViewModel vm;
    private final FlowPane bags = new FlowPane(16, 12);
    private final HBox root;

    InventoryView(BotEditorViewModel vm) {
        this.vm = vm;
        bags.setPadding(new Insets(8));
        bags.setId("bag-grids");
        root = SlotsFrame.frame(bags, vm, ItemFormViewModel.Kind.INVENTORY);
        vm.slots().inventory()
                .addListener((MapChangeListener<InventoryItem.SlotKey, InventoryItem>) c -> redraw.request());
        SlotsFrame.redrawOnChange(vm, redraw);
        rebuild();
    }

    private void rebuild() {
        bags.getChildren().clear();
        if (vm.loadedProperty().get() == null) {
            bags.getChildren().add(new Label("No bot selected."));
            return;
        }
        List<Flag> flags = vm.flagsProperty().get();
        ItemFormViewModel form = vm.itemForm();
        for (BagLayout bag : vm.slots().bags(vm.loadedProperty().get())) {
            GridPane grid = new GridPane();
            grid.setHgap(4);
            grid.setVgap(4);
            grid.getStyleClass().add("bag-grid");
            grid.setId("bag-" + bag.bag());
            int used = 0;
            for (int i = 0; i < bag.size(); i++) {
                int slot = bag.firstSlot() + i;
                InventoryItem item = vm.slots().inventory().get(new InventoryItem.SlotKey(bag.bag(), slot));
                used += item == null ? 0 : 1;
                boolean selected = form.kindProperty().get() == ItemFormViewModel.Kind.INVENTORY
                        && form.bag() == bag.bag() && form.slot() == slot;
                grid.add(tile(bag.bag(), slot, item, flags, selected), i % COLUMNS, i / COLUMNS);
            }
            Label title = new Label(bag.label() + " · " + used + " of " + bag.size() + " slots used");
            title.getStyleClass().add("section-title");
            VBox box = new VBox(4, title, grid);
            bags.getChildren().add(box);
        }
    }

    private Node tile(int bag, int slot, InventoryItem item, List<Flag> flags, boolean selected) {
        String target = Flag.inventoryTarget(bag, slot);
        List<Flag> mine = flags.stream().filter(f -> f.target().equals(target)).toList();
        ItemTile tile;
        if (item == null) {
            tile = ItemTile.empty(Integer.toString(slot));
            String base = "Bag " + bag + ", slot " + slot + ": empty";
            Tooltip.install(tile, new Tooltip(base + mine.stream().map(f -> "\n⚠ " + f.message() + " ["
                    + f.ruleId() + "]").collect(Collectors.joining())));
        } else {
            var template = vm.items().find(item.itemId());
            tile = ItemTile.of(item.itemId(), template, item.stackCount(), item.durability(),
                    vm.items().available());
            ItemTooltip.install(tile, ItemDescription.of(new ItemDescription.Stored(item.itemId(),
                    item.itemGuid().toString(), item.stackCount(), item.durability(), item.enchantments(), null,
                    null), template, vm.items().available()), mine);
        }
        tile.setId("slot-" + bag + "-" + slot);
        Styles.toggle(tile, "slot-selected", selected);
        Styles.toggle(tile, "edited", vm.changedSlots().contains(target));
        Styles.toggle(tile, "highlighted", target.equals(vm.highlightProperty().get()));
        Styles.toggle(tile, "flagged", !mine.isEmpty());
        tile.setOnMouseClicked(e -> vm.itemForm().selectInventory(bag, slot));
        tile.setOnDragDetected(e -> {
            if (item == null || !vm.editableProperty().get()) {
                return;
            }
            var board = tile.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(SLOT, bag + ":" + slot);
            board.setContent(content);
            e.consume();
        });
        tile.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(SLOT)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        tile.setOnDragEntered(e -> Styles.toggle(tile, "drop-target", e.getDragboard().hasContent(SLOT)));
        tile.setOnDragExited(e -> Styles.toggle(tile, "drop-target", false));
        tile.setOnDragDropped(e -> {
            Object from = e.getDragboard().getContent(SLOT);
            boolean done = false;
            if (from instanceof String s) {
                String[] parts = s.split(":");
                moveTo(new InventoryItem.SlotKey(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])), bag, slot);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return tile;
    }

    private void moveTo(InventoryItem.SlotKey from, int bag, int slot) {
        vm.moveItem(from, new InventoryItem.SlotKey(bag, slot));
        vm.itemForm().selectInventory(bag, slot);
    }

    Node root() {
        return root;
    }
}
