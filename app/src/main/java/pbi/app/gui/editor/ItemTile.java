package pbi.app.gui.editor;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pbi.dao.world.ItemTemplate;

/**
 * One item as a tile, dark like the game's bag slots: the name in its quality colour (or "#id", marked, when the
 * item is unknown), the stack count, and a durability bar against the item's maximum (red when broken).
 */
final class ItemTile extends VBox {

    static final double WIDTH = 156;
    static final double HEIGHT = 60;

    private ItemTile() {
        getStyleClass().addAll("slot", "item-tile");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setSpacing(2);
    }

    /** Makes the tile {@code width} pixels wide (narrower tiles for a bag with more columns than usual). */
    void fixWidth(double width) {
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
    }

    /** An empty slot, showing its number. */
    static ItemTile empty(String text) {
        ItemTile tile = new ItemTile();
        tile.getStyleClass().add("slot-empty");
        Label number = new Label(text);
        number.getStyleClass().add("tile-slot-number");
        tile.getChildren().add(number);
        return tile;
    }

    /**
     * @param stack the stack count, or null for an equipped item
     * @param namesAvailable false without world data: then "#id" is not marked as unknown
     */
    static ItemTile of(long itemId, Optional<ItemTemplate> template, Long stack, long durability,
            boolean namesAvailable) {
        ItemTile tile = new ItemTile();
        Label name = new Label();
        name.setId("tile-name");
        name.setWrapText(true);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMaxHeight(30);
        name.getStyleClass().add("tile-name");
        ItemTemplate item = template.orElse(null);
        if (item == null) {
            name.setText("#" + itemId);
            if (namesAvailable) {
                tile.getStyleClass().add("item-unknown");
                name.setText("#" + itemId + "  unknown");
            }
        } else {
            name.setText(item.name());
            name.setStyle("-fx-text-fill: " + item.quality().color() + ";");
            tile.setStyle("-quality: " + item.quality().color() + ";");
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(4);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        if (item != null && item.hasDurability()) {
            bottom.getChildren().add(durabilityBar(durability, item.maxDurability(), 60));
        } else if (item == null && durability != 0) {
            Label dur = new Label("dur " + durability);
            dur.getStyleClass().add("tile-detail");
            bottom.getChildren().add(dur);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bottom.getChildren().add(gap);
        if (stack != null && (stack != 1 || item != null && item.maxStack() > 1)) {
            Label count = new Label(Long.toString(stack));
            count.setId("tile-count");
            count.getStyleClass().add("tile-count");
            bottom.getChildren().add(count);
        }
        tile.getChildren().addAll(name, spacer, bottom);
        return tile;
    }

    /** Current against maximum durability, {@code width} pixels wide: red and full when broken. */
    static StackPane durabilityBar(long current, long max, double width) {
        double share = Math.max(0, Math.min(1, (double) current / max));
        Region track = new Region();
        track.getStyleClass().add("durability-track");
        track.setPrefSize(width, 5);
        track.setMaxSize(width, 5);
        Region fill = new Region();
        fill.getStyleClass().add(current == 0 ? "durability-broken" : current > max ? "durability-over"
                : share < 0.25 ? "durability-low" : "durability-fill");
        double filled = current == 0 ? width : width * share;
        fill.setPrefSize(filled, 5);
        fill.setMaxSize(filled, 5);
        StackPane bar = new StackPane(track, fill);
        bar.setId("tile-durability");
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        bar.setMaxSize(width, 5);
        bar.setMinSize(width, 5);
        return bar;
    }
}
