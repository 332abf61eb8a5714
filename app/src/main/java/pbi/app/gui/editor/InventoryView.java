package pbi.app.gui.editor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
    private static final double GAP = 4;
    /** A bag's title line, the spacing under it, the pane's padding, and room for a horizontal scroll bar. */
    private static final double AROUND_A_GRID = 28 + 4 + 16 + 18;
    /** The pane's padding, a vertical scroll bar and the scroll pane's border. */
    private static final double BESIDE_A_GRID = 16 + 18 + 2;
    private static final double MIN_TILE_WIDTH = 96;
    private final Coalesced redraw = new Coalesced(this::rebuild);
    private final BotEditorViewModel vm;
    private final FlowPane bags = new FlowPane(16, 12);
    private final HBox root;
    /** How many rows of tiles fit the visible height; 0 until the pane has been laid out. */
    private int rowsThatFit;
    private double heightThatFits;
    private double widthThatFits;
    /** Some bag has more columns than usual, so its tiles' width follows the pane's. */
    private boolean widthMatters;

    InventoryView(BotEditorViewModel vm) {
        this.vm = vm;
        bags.setPadding(new Insets(8));
        bags.setId("bag-grids");
        root = SlotsFrame.frame(bags, vm, ItemFormViewModel.Kind.INVENTORY);
        // The scroll pane's size, not its viewport's: a grid laid out anew must not change what it is measured
        // against (a scroll bar coming or going would).
        ScrollPane scroll = SlotsFrame.slotsScroll(root);
        scroll.heightProperty().addListener((o, was, now) -> fitTo(now.doubleValue(), widthThatFits));
        scroll.widthProperty().addListener((o, was, now) -> fitTo(heightThatFits, now.doubleValue()));
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
        widthMatters = false;
        for (BagLayout bag : vm.slots().bags(vm.loadedProperty().get())) {
            GridPane grid = new GridPane();
            grid.setHgap(GAP);
            grid.setVgap(GAP);
            int columns = columns(bag.size());
            double width = tileWidth(columns);
            widthMatters |= columns > COLUMNS;
            grid.getStyleClass().add("bag-grid");
            grid.setId("bag-" + bag.bag());
            int used = 0;
            for (int i = 0; i < bag.size(); i++) {
                int slot = bag.firstSlot() + i;
                InventoryItem item = vm.slots().inventory().get(new InventoryItem.SlotKey(bag.bag(), slot));
                used += item == null ? 0 : 1;
                boolean selected = form.kindProperty().get() == ItemFormViewModel.Kind.INVENTORY
                        && form.bag() == bag.bag() && form.slot() == slot;
                grid.add(tile(bag.bag(), slot, item, flags, selected, width), i % columns, i / columns);
            }
            Label title = new Label(bag.label() + " · " + used + " of " + bag.size() + " slots used");
            title.getStyleClass().add("section-title");
            VBox box = new VBox(4, title, grid);
            bags.getChildren().add(box);
        }
    }

    private void fitTo(double height, double width) {
        int rows = (int) Math.floor((height - AROUND_A_GRID + GAP) / (ItemTile.HEIGHT + GAP));
        boolean changed = rows != rowsThatFit || width != widthThatFits && widthMatters;
        rowsThatFit = rows;
        heightThatFits = height;
        widthThatFits = width;
        if (changed) {
            redraw.request();
        }
    }

    /** The tiles' width in a grid of {@code columns}: narrower than usual only when a wide grid needs it. */
    private double tileWidth(int columns) {
        if (columns <= COLUMNS || widthThatFits <= 0) {
            return ItemTile.WIDTH;
        }
        double share = Math.floor((widthThatFits - BESIDE_A_GRID - (columns - 1) * GAP) / columns);
        return Math.max(MIN_TILE_WIDTH, Math.min(ItemTile.WIDTH, share));
    }

    /**
     * Four columns, as in the game, unless the bag then grows taller than the visible height: a big (or corrupt)
     * bag gets as many columns as it needs to be seen whole without scrolling down.
     */
    private int columns(int slots) {
        int rows = (slots + COLUMNS - 1) / COLUMNS;
        if (rowsThatFit < 1 || rows <= rowsThatFit) {
            return COLUMNS;
        }
        return (slots + rowsThatFit - 1) / rowsThatFit;
    }

    private Node tile(int bag, int slot, InventoryItem item, List<Flag> flags, boolean selected, double width) {
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
        tile.fixWidth(width);
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
