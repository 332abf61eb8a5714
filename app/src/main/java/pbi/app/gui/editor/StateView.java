package pbi.app.gui.editor;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import pbi.app.gui.common.Flag;
import pbi.app.gui.common.Styles;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;

/** The State tab: gold, position with map and zone pickers, health, mana and level. */
final class StateView {

    private static final KeyCombination REVERT_FIELD = new KeyCodeCombination(KeyCode.Z,
            KeyCombination.SHORTCUT_DOWN);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final BotEditorViewModel vm;
    private final Map<StateField, TextField> fields = new EnumMap<>(StateField.class);
    private final ValidationSupport validation = new ValidationSupport();
    private final Label updated = new Label();
    private final ScrollPane root;

    StateView(BotEditorViewModel vm) {
        this.vm = vm;
        StateForm form = vm.form();
        for (StateField key : StateField.values()) {
            TextField f = new TextField();
            f.setId("state-" + key.key());
            f.textProperty().bindBidirectional(form.text(key));
            f.editableProperty().bind(vm.editableProperty());
            fields.put(key, f);
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (REVERT_FIELD.match(e)) {
                    vm.revertField(key);
                    f.positionCaret(f.getText().length());
                    e.consume();
                }
            });
            validation.registerValidator(f, false, (Control c, String v) -> {
                String problem = form.problems().get(key);
                return ValidationResult.fromErrorIf(c, problem, problem != null);
            });
        }
        form.problems().addListener((MapChangeListener<StateField, String>) c -> validation.revalidate());
        for (StateField k : List.of(StateField.SILVER, StateField.COPPER)) {
            fields.get(k).setPrefColumnCount(3);
        }
        fields.get(StateField.GOLD).setPrefColumnCount(9);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.getColumnConstraints().addAll(new ColumnConstraints(90), new ColumnConstraints());
        int row = 0;
        Label goldText = new Label();
        goldText.getStyleClass().add("hint");
        goldText.textProperty().bind(Bindings.createStringBinding(() -> {
            var e = vm.editedProperty().get();
            return e == null ? "" : "= " + Money.format(e.state().goldCopper()) + " (" + e.state().goldCopper()
                    + " copper)";
        }, vm.editedProperty()));
        grid.addRow(row++, new Label("Gold"), new HBox(4, fields.get(StateField.GOLD), new Label("g"),
                fields.get(StateField.SILVER), new Label("s"), fields.get(StateField.COPPER), new Label("c"),
                goldText));
        grid.addRow(row++, new Label("Position"), new HBox(4, new Label("x"), sized(StateField.X), new Label("y"),
                sized(StateField.Y), new Label("z"), sized(StateField.Z), new Label("yards")));
        grid.addRow(row++, new Label("Orientation"),
                new HBox(4, sized(StateField.ORIENTATION), new Label("radians (0 to 2π)")));

        ComboBox<Long> mapPicker = new ComboBox<>();
        mapPicker.setId("map-picker");
        mapPicker.getItems().setAll(World.maps().keySet());
        mapPicker.setConverter(converter(World::mapLabel));
        mapPicker.setPromptText("choose a map");
        mapPicker.setOnAction(e -> {
            if (mapPicker.getValue() != null) {
                form.text(StateField.MAP).set(Long.toString(mapPicker.getValue()));
            }
        });
        mapPicker.disableProperty().bind(vm.editableProperty().not());
        ComboBox<Long> zonePicker = new ComboBox<>();
        zonePicker.setId("zone-picker");
        zonePicker.setConverter(converter(World::zoneLabel));
        zonePicker.setPromptText("choose a zone");
        zonePicker.setOnAction(e -> {
            if (zonePicker.getValue() != null) {
                form.text(StateField.ZONE).set(Long.toString(zonePicker.getValue()));
            }
        });
        zonePicker.disableProperty().bind(vm.editableProperty().not());
        javafx.beans.value.ChangeListener<String> onMap = (o, a, map) -> {
            try {
                long id = Long.parseLong(map == null ? "" : map.strip());
                zonePicker.getItems().setAll(World.zonesOf(id).keySet());
                mapPicker.setValue(World.mapName(id).isPresent() ? id : null);
            } catch (NumberFormatException e) {
                zonePicker.getItems().clear();
                mapPicker.setValue(null);
            }
            syncZone(zonePicker);
        };
        form.text(StateField.MAP).addListener(onMap);
        // This view may be made after a bot has loaded (the tab is built then): it starts from what is there.
        onMap.changed(null, null, form.text(StateField.MAP).get());
        form.text(StateField.ZONE).addListener((o, a, zone) -> syncZone(zonePicker));
        Label mapName = nameLabel(StateField.MAP, World::mapName);
        Label zoneName = nameLabel(StateField.ZONE, World::zoneName);
        fields.get(StateField.MAP).setPrefColumnCount(6);
        fields.get(StateField.ZONE).setPrefColumnCount(6);
        grid.addRow(row++, new Label("Map"), new HBox(6, fields.get(StateField.MAP), mapName, mapPicker));
        grid.addRow(row++, new Label("Zone"), new HBox(6, fields.get(StateField.ZONE), zoneName, zonePicker));
        grid.addRow(row++, new Label("Health"), new HBox(6, sized(StateField.HEALTH), new Label("Mana"),
                sized(StateField.MANA), new Label("Level"), fields.get(StateField.LEVEL)));
        fields.get(StateField.LEVEL).setPrefColumnCount(4);
        updated.setId("state-updated");
        grid.addRow(row++, new Label("Last updated"), updated);
        for (Node n : grid.getChildren()) {
            if (n instanceof HBox h) {
                h.setAlignment(Pos.CENTER_LEFT);
            }
        }

        Label warning = new Label();
        warning.setId("online-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.onlineWarningProperty());
        Button editAnyway = new Button("Edit anyway…");
        editAnyway.setId("edit-online");
        editAnyway.setOnAction(e -> vm.allowEditingOnline());
        editAnyway.visibleProperty().bind(vm.editableProperty().not());
        HBox banner = new HBox(10, warning, editAnyway);
        banner.getStyleClass().add("warning-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(vm.onlineWarningProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        HBox.setHgrow(warning, Priority.ALWAYS);

        ListView<Flag> flagList = new ListView<>();
        flagList.setId("flag-list");
        flagList.setPrefHeight(90);
        flagList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Flag f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : "⚠ " + f.message() + "  [" + f.ruleId() + "]");
            }
        });
        flagList.setPlaceholder(new Label("The doctor's checks find nothing wrong with this bot."));
        vm.flagsProperty().addListener((o, a, flags) -> flagList.getItems().setAll(flags));
        flagList.getItems().setAll(vm.flagsProperty().get());
        Label flagsTitle = new Label("Checks");
        flagsTitle.getStyleClass().add("section-title");

        VBox problemList = new VBox(2);
        problemList.setId("form-problems");
        problemList.getStyleClass().add("form-problems");
        problemList.managedProperty().bind(problemList.visibleProperty());
        form.problems().addListener((MapChangeListener<StateField, String>) c -> listProblems(problemList));
        listProblems(problemList);
        VBox box = new VBox(8, banner, grid, problemList, flagsTitle, flagList);
        box.setPadding(new Insets(6));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("state-pane");

        vm.form().changed().addListener((SetChangeListener<StateField>) c -> restyle());
        vm.flagsProperty().addListener((o, a, b) -> restyle());
        vm.loadedProperty().addListener((o, a, b) -> restyle());
        vm.highlightProperty().addListener((o, a, b) -> restyle());
        restyle();
    }

    /** One link per box that cannot be saved, in form order, named as the box's label; a click focuses the box. */
    private void listProblems(VBox list) {
        list.getChildren().clear();
        for (StateField key : StateField.values()) {
            String problem = vm.form().problems().get(key);
            if (problem != null) {
                Hyperlink link = new Hyperlink("✖ " + LocalChecks.named(key, problem));
                link.setId("problem-" + key.key());
                link.getStyleClass().add("form-problem");
                link.setOnAction(e -> {
                    fields.get(key).requestFocus();
                    fields.get(key).selectAll();
                });
                list.getChildren().add(link);
            }
        }
        list.setVisible(!list.getChildren().isEmpty());
    }

    private Label nameLabel(StateField key, java.util.function.LongFunction<java.util.Optional<String>> name) {
        Label l = new Label();
        l.setMinWidth(140);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            try {
                return name.apply(Long.parseLong(vm.form().text(key).get().strip())).orElse("(unknown)");
            } catch (NumberFormatException e) {
                return "";
            }
        }, vm.form().text(key)));
        return l;
    }

    private static StringConverter<Long> converter(java.util.function.LongFunction<String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(Long id) {
                return id == null ? "" : label.apply(id);
            }

            @Override
            public Long fromString(String s) {
                return null;
            }
        };
    }

    private void syncZone(ComboBox<Long> zonePicker) {
        try {
            String zone = vm.form().text(StateField.ZONE).get();
            long id = Long.parseLong(zone == null ? "" : zone.strip());
            zonePicker.setValue(zonePicker.getItems().contains(id) ? id : null);
        } catch (NumberFormatException e) {
            zonePicker.setValue(null);
        }
    }

    private TextField sized(StateField key) {
        TextField f = fields.get(key);
        f.setPrefColumnCount(9);
        return f;
    }

    private void restyle() {
        List<Flag> flags = vm.flagsProperty().get();
        String highlight = vm.highlightProperty().get();
        for (Map.Entry<StateField, TextField> e : fields.entrySet()) {
            StateField key = e.getKey();
            String target = key.target();
            List<Flag> mine = flags.stream().filter(f -> f.target().equals(target)).toList();
            Styles.toggle(e.getValue(), "edited", vm.form().changed().contains(key));
            Styles.toggle(e.getValue(), "highlighted", target.equals(highlight));
            Styles.flag(e.getValue(), mine, vm.form().changed().contains(key) ? "Edited" : null);
        }
        var bot = vm.loadedProperty().get();
        updated.setText(bot == null || bot.state().lastUpdated() == null ? ""
                : TIME.format(bot.state().lastUpdated()));
        Styles.flag(updated, flags.stream().filter(f -> f.target().equals("updated")).toList(), null);
    }

    Node root() {
        return root;
    }
}
