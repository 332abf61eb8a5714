package pbi.app.gui.editor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
    private final Coalesced redraw = new Coalesced(this::rebuild);
    private final BotEditorViewModel vm;
    private final GridPane doll = new GridPane();
    private final HBox root;
    EquipmentView(BotEditorViewModel vm) {
        this.vm = vm;
        doll.setHgap(8);
        doll.setVgap(6);
        doll.setPadding(new Insets(8));
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
            doll.add(tile(LEFT[i], flags), 0, i);
            doll.add(tile(RIGHT[i], flags), 2, i);
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
        portrait.setMinWidth(150);
        portrait.setAlignment(Pos.CENTER);
        portrait.setMaxHeight(Double.MAX_VALUE);
        doll.add(portrait, 1, 0, 1, LEFT.length);
        HBox weapons = new HBox(8);
        weapons.setAlignment(Pos.CENTER);
        for (int slot : BOTTOM) {
            weapons.getChildren().add(tile(slot, flags));
        }
        doll.add(weapons, 0, LEFT.length, 3, 1);
        // Rows for any slot numbers beyond 18 (corrupt data), so that nothing stored is hidden.
        int extra = LEFT.length + 1;
        for (EquipmentItem e : vm.slots().equipment().values()) {
            if (e.slot() < 0 || e.slot() >= World.EQUIPMENT_SLOTS.size()) {
                doll.add(tile(e.slot(), flags), 0, extra++, 3, 1);
            }
        }
    }

    private Node tile(int slot, List<Flag> flags) {
        EquipmentItem item = vm.slots().equipment().get(slot);
        Label name = new Label(World.equipmentSlotName(slot));
        name.getStyleClass().add("slot-name");
        String target = Flag.equipmentTarget(slot);
        List<Flag> mine = flags.stream().filter(f -> f.target().equals(target)).toList();
        VBox tile = new VBox(2, name);
        tile.getStyleClass().addAll("slot", "item-tile", "equip-tile");
        if (item == null) {
            tile.getStyleClass().add("slot-empty");
            Label none = new Label("empty");
            none.getStyleClass().add("tile-slot-number");
            tile.getChildren().add(none);
            Tooltip.install(tile, new Tooltip(World.equipmentSlotName(slot) + ": nothing equipped" + mine.stream()
                    .map(f -> "\n⚠ " + f.message() + " [" + f.ruleId() + "]").collect(Collectors.joining())));
        } else {
            var template = vm.items().find(item.itemId());
            Label itemName = new Label(template.map(ItemTemplate::name).orElse("#" + item.itemId()
                    + (vm.items().available() ? "  unknown" : "")));
            itemName.setId("equip-name-" + slot);
            itemName.getStyleClass().add("tile-name");
            Label detail = new Label(template.map(t -> "Item Level " + t.itemLevel()
                    + (t.hasDurability() ? " · " + item.durability() + "/" + t.maxDurability() : ""))
                    .orElse("dur " + item.durability()) + gemsAndEnchants(item));
            detail.getStyleClass().add("tile-detail");
            template.ifPresentOrElse(t -> {
                itemName.setStyle("-fx-text-fill: " + t.quality().color() + ";");
                tile.setStyle("-quality: " + t.quality().color() + ";");
            }, () -> Styles.toggle(tile, "item-unknown", vm.items().available()));
            tile.getChildren().addAll(itemName, detail);
            ItemTooltip.install(tile, ItemDescription.of(new ItemDescription.Stored(item.itemId(),
                    item.itemGuid().toString(), null, item.durability(), item.enchantments(), item.gems(), slot),
                    template, vm.items().available()), mine);
        }
        tile.setId("equip-" + slot);
        tile.setPrefSize(260, 64);
        tile.setMinSize(260, 64);
        tile.setMaxSize(260, 64);
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
