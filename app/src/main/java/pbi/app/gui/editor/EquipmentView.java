package pbi.app.gui.editor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pbi.app.gui.common.Coalesced;
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.Styles;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.World;
import pbi.dao.world.ItemTemplate;

/** The Equipment tab: a paper doll of the 19 named slots, laid out as in the game's character window. */
final class EquipmentView {

    private static final int[] LEFT = {0, 1, 2, 14, 4, 3, 18, 8};
    private static final int[] RIGHT = {9, 5, 6, 7, 10, 11, 12, 13};
    private static final int[] BOTTOM = {15, 16, 17};
    /** Two text lines; nine rows of them, with their gaps, fit the detail area of a 1400x900 window. */
    static final double TILE_HEIGHT = 42;
    static final double TILE_WIDTH = 270;
    static final double PORTRAIT_WIDTH = 130;
    private static final double GAP = 6;
    private final Coalesced redraw = new Coalesced(this::rebuild);
    private final BotEditorViewModel vm;
    private final GridPane doll = new GridPane();
    private final HBox root;
    EquipmentView(BotEditorViewModel vm) {
        this.vm = vm;
        doll.setHgap(GAP);
        doll.setVgap(4);
        doll.setPadding(new Insets(6));
        doll.setId("paper-doll");
        root = SlotsFrame.frame(doll, vm, ItemFormViewModel.Kind.EQUIPMENT);
        vm.slots().equipment().addListener((MapChangeListener<Integer, EquipmentItem>) c -> redraw.request());
        SlotsFrame.redrawOnChange(vm, redraw);
        rebuild();
    }

    private void rebuild() {
        doll.getChildren().clear();
        if (vm.loadedProperty().get() == null) {
            doll.add(new Label("No bot selected."), 0, 0);
            return;
        }
        List<Flag> flags = vm.flagsProperty().get();
        for (int i = 0; i < LEFT.length; i++) {
            doll.add(tile(LEFT[i], flags, TILE_WIDTH), 0, i);
            doll.add(tile(RIGHT[i], flags, TILE_WIDTH), 2, i);
        }
        Label portrait = new Label();
        portrait.getStyleClass().add("portrait");
        portrait.textProperty().bind(Bindings.createStringBinding(() -> {
            var info = vm.characterProperty().get();
            var bot = vm.loadedProperty().get();
            if (bot == null) {
                return "";
            }
            String level = "Level " + vm.form().text(StateField.LEVEL).get();
            return (info == null ? "Bot " + bot.guid() + "\n" + level : info.name() + "\n" + level + "\n"
                    + CharacterNames.race(info.race()) + "\n" + CharacterNames.characterClass(info.characterClass()))
                    + "\n\n" + vm.slots().equipment().size() + " of 19 slots equipped";
        }, vm.characterProperty(), vm.loadedProperty(), vm.form().text(StateField.LEVEL)));
        portrait.setId("paper-doll-portrait");
        portrait.setMinWidth(PORTRAIT_WIDTH);
        portrait.setMaxWidth(PORTRAIT_WIDTH);
        portrait.setWrapText(true);
        portrait.setAlignment(Pos.CENTER);
        portrait.setMaxHeight(Double.MAX_VALUE);
        doll.add(portrait, 1, 0, 1, LEFT.length);
        // The three weapons share the doll's width under the portrait, as in the game's character window.
        double weaponWidth = Math.floor((2 * TILE_WIDTH + PORTRAIT_WIDTH - GAP) / BOTTOM.length);
        HBox weapons = new HBox(GAP);
        weapons.setAlignment(Pos.CENTER);
        for (int slot : BOTTOM) {
            weapons.getChildren().add(tile(slot, flags, weaponWidth));
        }
        doll.add(weapons, 0, LEFT.length, 3, 1);
        // Rows for any slot numbers beyond 18 (corrupt data), so that nothing stored is hidden.
        int extra = LEFT.length + 1;
        for (EquipmentItem e : vm.slots().equipment().values()) {
            if (e.slot() < 0 || e.slot() >= World.EQUIPMENT_SLOTS.size()) {
                doll.add(tile(e.slot(), flags, TILE_WIDTH), 0, extra++, 3, 1);
            }
        }
    }

    /**
     * One slot in two lines, so that the whole doll fits under the table at the default window size: the slot
     * name with item level, enchantments and gems (and a durability bar), then the item's name in its quality
     * colour. Whatever a line cannot show is in the tile's tooltip.
     */
    private Node tile(int slot, List<Flag> flags, double width) {
        EquipmentItem item = vm.slots().equipment().get(slot);
        String slotName = World.equipmentSlotName(slot);
        String target = Flag.equipmentTarget(slot);
        List<Flag> mine = flags.stream().filter(f -> f.target().equals(target)).toList();
        Label about = new Label(slotName);
        about.getStyleClass().add("slot-name");
        about.setTextOverrun(OverrunStyle.ELLIPSIS);
        about.setMinWidth(0);
        HBox top = new HBox(4, about);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(about, Priority.ALWAYS);
        about.setMaxWidth(Double.MAX_VALUE);
        VBox tile = new VBox(1, top);
        tile.getStyleClass().addAll("slot", "item-tile", "equip-tile");
        if (item == null) {
            tile.getStyleClass().add("slot-empty");
            Label none = new Label("empty");
            none.getStyleClass().add("tile-slot-number");
            tile.getChildren().add(none);
            Tooltip.install(tile, new Tooltip(slotName + ": nothing equipped" + mine.stream()
                    .map(f -> "\n⚠ " + f.message() + " [" + f.ruleId() + "]").collect(Collectors.joining())));
        } else {
            var template = vm.items().find(item.itemId());
            Label itemName = new Label(template.map(ItemTemplate::name).orElse("#" + item.itemId()
                    + (vm.items().available() ? "  unknown" : "")));
            itemName.setId("equip-name-" + slot);
            itemName.getStyleClass().add("tile-name");
            itemName.setTextOverrun(OverrunStyle.ELLIPSIS);
            itemName.setMinWidth(0);
            about.setText(slotName + template.map(t -> " · ilvl " + t.itemLevel()).orElse(
                    item.durability() == 0 ? "" : " · dur " + item.durability()) + gemsAndEnchants(item));
            template.filter(ItemTemplate::hasDurability).ifPresent(t -> top.getChildren().add(
                    ItemTile.durabilityBar(item.durability(), t.maxDurability(), 36)));
            template.ifPresentOrElse(t -> {
                itemName.setStyle("-fx-text-fill: " + t.quality().color() + ";");
                tile.setStyle("-quality: " + t.quality().color() + ";");
            }, () -> Styles.toggle(tile, "item-unknown", vm.items().available()));
            tile.getChildren().add(itemName);
            ItemTooltip.install(tile, ItemDescription.of(new ItemDescription.Stored(item.itemId(),
                    item.itemGuid().toString(), null, item.durability(), item.enchantments(), item.gems(), slot),
                    template, vm.items().available()), mine);
        }
        tile.setId("equip-" + slot);
        tile.setPrefSize(width, TILE_HEIGHT);
        tile.setMinSize(width, TILE_HEIGHT);
        tile.setMaxSize(width, TILE_HEIGHT);
        ItemFormViewModel form = vm.itemForm();
        Styles.toggle(tile, "slot-selected", form.kindProperty().get() == ItemFormViewModel.Kind.EQUIPMENT
                && form.slot() == slot);
        Styles.toggle(tile, "edited", vm.changedSlots().contains(target));
        Styles.toggle(tile, "highlighted", target.equals(vm.highlightProperty().get()));
        Styles.toggle(tile, "flagged", !mine.isEmpty());
        tile.setOnMouseClicked(e -> vm.itemForm().selectEquipment(slot));
        return tile;
    }

    private static String gemsAndEnchants(EquipmentItem item) {
        int enchants = ItemStrings.parseEnchantments(item.enchantments()).values().size();
        int gems = ItemStrings.parseGems(item.gems()).values().size();
        return (enchants == 0 ? "" : " · " + enchants + " ench") + (gems == 0 ? "" : " · " + gems + " gem"
                + (gems == 1 ? "" : "s"));
    }

    Node root() {
        return root;
    }
}
