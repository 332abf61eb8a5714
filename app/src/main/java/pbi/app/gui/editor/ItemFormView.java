package pbi.app.gui.editor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import pbi.app.gui.editor.ItemFormViewModel.EnchantRow;
import pbi.app.gui.editor.ItemFormViewModel.Kind;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.world.EnchantNames;

/**
 * The editor beside the inventory grid and the paper doll. Two instances (ids prefixed "inv-" and "eq-") show the
 * same {@link ItemFormViewModel}, each only for its own kind of slot.
 */
final class ItemFormView {

    private final ItemFormViewModel vm;
    private final String prefix;
    private final Kind kind;
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox enchantRows = new VBox(4);
    private final VBox root;

    ItemFormView(ItemFormViewModel vm, Kind kind, javafx.beans.value.ObservableBooleanValue editable) {
        this.vm = vm;
        this.kind = kind;
        this.prefix = kind == Kind.INVENTORY ? "inv-" : "eq-";
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(vm.titleProperty());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        int row = 0;
        TextField id = field("item-id", "itemId", vm.itemIdProperty(), editable);
        Button pickItem = new Button("Choose…");
        pickItem.setId(prefix + "pick");
        pickItem.setOnAction(e -> ItemPickerView.show(pickItem, vm.itemPicker()).ifPresent(c -> vm.useItem(c.id())));
        pickItem.disableProperty().bind(Bindings.not(editable));
        grid.addRow(row++, new Label("Item"), new HBox(4, id, pickItem));
        Label name = new Label();
        name.setId(prefix + "item-name");
        name.getStyleClass().add("form-item-name");
        name.setWrapText(true);
        ItemCatalogModel items = vm.items();
        javafx.beans.value.ChangeListener<Object> naming = (o, a, b) -> {
            String t = vm.itemIdProperty().get().strip();
            var item = t.matches("\\d{1,10}") ? items.find(Long.parseLong(t)) : java.util.Optional.<
                    pbi.dao.world.ItemTemplate>empty();
            name.setText(item.map(i -> i.name() + " · Item Level " + i.itemLevel() + (i.slots().isEmpty() ? ""
                    : " · " + i.kind())).orElse(t.isEmpty() ? "" : items.available() ? "Unknown item #" + t
                    : "#" + t));
            name.setStyle(item.map(i -> "-fx-text-fill: " + i.quality().color() + ";").orElse(""));
        };
        vm.itemIdProperty().addListener(naming);
        items.readyProperty().addListener(naming);
        naming.changed(null, null, null);
        grid.add(name, 0, row++, 2, 1);
        name.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, new Label("Item guid"), field("item-guid", "itemGuid", vm.itemGuidProperty(), editable));
        if (kind == Kind.INVENTORY) {
            grid.addRow(row++, new Label("Stack count"), field("item-stack", "stack", vm.stackProperty(), editable));
        }
        grid.addRow(row++, new Label("Durability"), field("item-durability", "durability", vm.durabilityProperty(),
                editable));
        if (kind == Kind.EQUIPMENT) {
            HBox gems = new HBox(4);
            for (int i = 0; i < ItemStrings.MAX_GEMS; i++) {
                TextField g = field("item-gem-" + i, "gems", vm.gemProperty(i), editable);
                g.setPrefColumnCount(6);
                g.setPromptText("socket " + (i + 1));
                int socket = i;
                Button pickGem = new Button("…");
                pickGem.setId(prefix + "pick-gem-" + i);
                pickGem.setOnAction(e -> ItemPickerView.show(pickGem, ItemPickerViewModel.gems())
                        .ifPresent(c -> vm.setGem(socket, c.id())));
                pickGem.disableProperty().bind(Bindings.not(editable));
                gems.getChildren().addAll(g, pickGem);
            }
            grid.addRow(row++, new Label("Gems"), gems);
        }
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        Label enchTitle = new Label("Enchantments (id and seconds left; 0 = permanent)");
        Button addEnch = new Button("Add enchantment");
        addEnch.setId(prefix + "add-enchantment");
        addEnch.setOnAction(e -> vm.addEnchantment());
        addEnch.disableProperty().bind(Bindings.not(editable));
        Button pickEnch = new Button("Add by name…");
        pickEnch.setId(prefix + "pick-enchantment");
        pickEnch.setOnAction(e -> ItemPickerView.show(pickEnch, ItemPickerViewModel.enchantments())
                .ifPresent(c -> vm.addEnchantment(c.id())));
        pickEnch.disableProperty().bind(Bindings.not(editable));
        vm.enchantments().addListener((ListChangeListener<EnchantRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuildEnchantments(editable);
            }
        });
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("stored-note");
        note.textProperty().bind(vm.storedNoteProperty());
        note.visibleProperty().bind(vm.storedNoteProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        Label resulting = new Label();
        resulting.getStyleClass().add("hint");
        resulting.setWrapText(true);

        Button choose = new Button(kind == Kind.INVENTORY ? "Add item…" : "Equip item…");
        choose.setId(prefix + "choose");
        choose.setDefaultButton(false);
        choose.setOnAction(e -> ItemPickerView.show(choose, vm.itemPicker()).ifPresent(c -> vm.useItem(c.id())));
        choose.visibleProperty().bind(vm.emptyProperty());
        choose.managedProperty().bind(choose.visibleProperty());
        choose.disableProperty().bind(Bindings.not(editable));
        Button create = new Button(kind == Kind.INVENTORY ? "Add by id" : "Equip by id");
        create.setId(prefix + "create");
        create.setOnAction(e -> vm.create());
        create.visibleProperty().bind(vm.emptyProperty());
        create.managedProperty().bind(create.visibleProperty());
        create.disableProperty().bind(Bindings.not(editable));
        Button remove = new Button("Unequip");
        remove.setId(prefix + "remove");
        remove.setOnAction(e -> unequip(remove));
        remove.visibleProperty().bind(vm.emptyProperty().not().and(new SimpleBooleanProperty(kind
                == Kind.EQUIPMENT)));
        remove.managedProperty().bind(remove.visibleProperty());
        remove.disableProperty().bind(Bindings.not(editable));
        Button delete = new Button("Delete item…");
        delete.setId(prefix + "delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> vm.actions().delete());
        delete.visibleProperty().bind(vm.emptyProperty().not());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.disableProperty().bind(Bindings.not(editable));
        Label emptyHint = new Label();
        emptyHint.getStyleClass().add("hint");
        emptyHint.textProperty().bind(Bindings.when(vm.emptyProperty())
                .then(kind == Kind.INVENTORY ? "This slot is empty. Add an item by name, or type its id."
                        : "Nothing is equipped here. Equip an item that fits, by name or id.")
                .otherwise(kind == Kind.INVENTORY ? "Changes apply as you type. Drag the slot to move the item."
                        : "Changes apply as you type."));
        emptyHint.setWrapText(true);

        VBox form = new VBox(8, title, emptyHint, grid, enchTitle, enchantRows, new HBox(8, addEnch, pickEnch),
                note, resulting, new HBox(8, choose, create, remove, delete));
        form.visibleProperty().bind(vm.kindProperty().isEqualTo(kind));
        form.managedProperty().bind(form.visibleProperty());
        Label pick = new Label(kind == Kind.INVENTORY ? "Click a slot to inspect or edit its item."
                : "Click a slot of the paper doll to inspect or edit it.");
        pick.getStyleClass().add("hint");
        pick.visibleProperty().bind(form.visibleProperty().not());
        pick.managedProperty().bind(pick.visibleProperty());
        root = new VBox(8, pick, form);
        root.setPadding(new Insets(8));
        root.setId(prefix + "item-form");
        root.getStyleClass().add("item-form");
        root.setPrefWidth(380);
        root.setMinWidth(340);
        vm.problems().addListener((MapChangeListener<String, String>) c -> validation.revalidate());
        rebuildEnchantments(editable);
    }

    private void unequip(Node owner) {
        if (vm.actions().unequip() != ItemActions.Unequipped.NO_FREE_SLOT) {
            return;
        }
        var places = vm.actions().placesWhenBagsAreFull();
        if (places.isEmpty()) {
            Alert full = new Alert(Alert.AlertType.WARNING, "Every bag slot is taken and every bag is at its"
                    + " largest size. Free a bag slot first, or delete the item.");
            full.setHeaderText("No room in the bags");
            full.initOwner(owner.getScene().getWindow());
            full.showAndWait();
            return;
        }
        ChoiceDialog<InventoryItem.SlotKey> ask = new ChoiceDialog<>(places.get(0), places);
        ask.setTitle("Unequip");
        ask.setHeaderText("Every bag slot shown is taken. Where should the item go?");
        ask.setContentText("Bag:slot");
        ask.initOwner(owner.getScene().getWindow());
        ask.getDialogPane().setId("unequip-place-dialog");
        ask.showAndWait().ifPresent(vm.actions()::unequipTo);
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty p,
            javafx.beans.value.ObservableBooleanValue editable) {
        TextField f = new TextField();
        f.setId(prefix + id);
        f.setPrefColumnCount(12);
        f.textProperty().bindBidirectional(p);
        f.editableProperty().bind(editable);
        validation.registerValidator(f, false, (Control c, String v) -> {
            String problem = vm.kindProperty().get() == kind ? vm.problems().get(key) : null;
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
        return f;
    }

    private void rebuildEnchantments(javafx.beans.value.ObservableBooleanValue editable) {
        enchantRows.getChildren().clear();
        List<EnchantRow> rows = List.copyOf(vm.enchantments());
        if (rows.isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().add("hint");
            enchantRows.getChildren().add(none);
        }
        for (int i = 0; i < rows.size(); i++) {
            EnchantRow r = rows.get(i);
            TextField id = new TextField();
            id.setId(prefix + "ench-id-" + i);
            id.setPrefColumnCount(6);
            id.setPromptText("enchant id");
            id.textProperty().bindBidirectional(r.idProperty());
            id.editableProperty().bind(editable);
            TextField seconds = new TextField();
            seconds.setId(prefix + "ench-duration-" + i);
            seconds.setPrefColumnCount(6);
            seconds.setPromptText("seconds");
            seconds.textProperty().bindBidirectional(r.durationProperty());
            seconds.editableProperty().bind(editable);
            for (TextField f : List.of(id, seconds)) {
                validation.registerValidator(f, false, (Control c, String v) -> {
                    String problem = vm.problems().get("enchantments");
                    boolean mine = problem != null && problem.startsWith("Enchantment " + (rows.indexOf(r) + 1)
                            + ":");
                    return ValidationResult.fromErrorIf(c, problem, mine);
                });
            }
            Button remove = new Button("Remove");
            remove.setId(prefix + "ench-remove-" + i);
            remove.setOnAction(e -> vm.removeEnchantment(r));
            remove.disableProperty().bind(Bindings.not(editable));
            Label meaning = new Label();
            meaning.textProperty().bind(Bindings.createStringBinding(() -> {
                String d = r.durationProperty().get().strip();
                return d.equals("0") ? "permanent" : d.matches("\\d+") ? describe(Long.parseLong(d)) + " left" : "";
            }, r.durationProperty()));
            meaning.setMinWidth(Region.USE_PREF_SIZE);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(6, id, new Label(":"), seconds, meaning, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            Label named = new Label();
            named.setId(prefix + "ench-name-" + i);
            named.getStyleClass().add("enchant-name");
            named.textProperty().bind(Bindings.createStringBinding(() -> {
                String t = r.idProperty().get().strip();
                return t.matches("\\d{1,10}") ? EnchantNames.name(Long.parseLong(t)).orElse("unknown enchantment")
                        : "";
            }, r.idProperty()));
            enchantRows.getChildren().add(new VBox(2, line, named));
        }
    }

    private static String describe(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        return h > 0 ? h + "h " + m + "m" : m > 0 ? m + "m " + seconds % 60 + "s" : seconds + "s";
    }

    Node root() {
        return root;
    }
}
