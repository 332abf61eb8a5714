package pbi.app.gui.bulk;

import java.io.File;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import pbi.app.gui.common.WindowSizes;
import pbi.dao.doctor.Rule;

/**
 * Tools → Bulk edit: which bots (left), which edits (right), then Dry run, Apply, Cancel and Save report…; the
 * dry run's text (every bot, change and SQL) fills the rest of the window.
 */
public final class BulkView {

    private final BulkViewModel vm;
    private final Stage stage = new Stage();

    BulkView(BulkViewModel vm, Stage owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Bulk edit");

        ToggleGroup choice = new ToggleGroup();
        RadioButton filter = choice(choice, "The browser's current filter", BulkViewModel.Choice.FILTER, "bulk-by-filter");
        RadioButton zone = choice(choice, "Map / zone", BulkViewModel.Choice.ZONE, "bulk-by-zone");
        RadioButton rule = choice(choice, "Findings of a doctor rule", BulkViewModel.Choice.RULE, "bulk-by-rule");
        RadioButton guids = choice(choice, "These guids", BulkViewModel.Choice.GUIDS, "bulk-by-guids");
        choice.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.choiceProperty().set((BulkViewModel.Choice) b.getUserData());
            }
        });
        choice.getToggles().stream().filter(t -> t.getUserData() == vm.choiceProperty().get()).findFirst()
                .ifPresent(t -> t.setSelected(true));
        vm.choiceProperty().addListener((o, a, b) -> choice.getToggles().stream()
                .filter(t -> t.getUserData() == b).findFirst().ifPresent(t -> t.setSelected(true)));
        TextField map = field(vm.mapProperty(), "map", "bulk-map", 5);
        TextField zoneId = field(vm.zoneProperty(), "zone", "bulk-zone", 5);
        ComboBox<Rule> rules = new ComboBox<>();
        rules.setId("bulk-rule");
        rules.getItems().setAll(Rule.values());
        rules.valueProperty().bindBidirectional(vm.ruleProperty());
        TextField guidList = field(vm.guidsProperty(), "42, 43, 44", "bulk-guids", 18);
        GridPane bots = new GridPane();
        bots.setHgap(8);
        bots.setVgap(6);
        bots.addRow(0, filter);
        bots.addRow(1, zone, new HBox(6, new Label("map"), map, new Label("zone"), zoneId));
        bots.addRow(2, rule, rules);
        bots.addRow(3, guids, guidList);
        Label botsHint = new Label("A rule's findings are looked for on the map / zone above when one is typed.");
        botsHint.setWrapText(true);
        botsHint.getStyleClass().add("hint");

        GridPane edits = new GridPane();
        edits.setHgap(8);
        edits.setVgap(6);
        edits.addRow(0, check("Set gold to", vm.setGoldProperty(), "bulk-set-gold"),
                field(vm.setGoldTextProperty(), "1500 or 12g 34s 56c", "bulk-set-gold-value", 14));
        edits.addRow(1, check("Cap gold at", vm.capGoldProperty(), "bulk-cap-gold"),
                field(vm.capGoldTextProperty(), "100000", "bulk-cap-gold-value", 14));
        edits.addRow(2, check("Set level to", vm.setLevelProperty(), "bulk-set-level"),
                field(vm.setLevelTextProperty(), "80", "bulk-set-level-value", 14));
        edits.addRow(3, check("Repair durability to the maximum (needs world data)", vm.repairProperty(),
                "bulk-repair"));
        GridPane.setColumnSpan(edits.getChildren().get(edits.getChildren().size() - 1), 2);
        edits.addRow(4, check("Teleport to", vm.teleportProperty(), "bulk-teleport"),
                field(vm.teleportTextProperty(), "MAP,ZONE,X,Y,Z", "bulk-teleport-value", 22));
        edits.addRow(5, check("Remove item id everywhere", vm.removeItemProperty(), "bulk-remove-item"),
                field(vm.removeItemTextProperty(), "item id", "bulk-remove-item-value", 14));

        HBox form = new HBox(24, titled("Bots", new VBox(6, bots, botsHint)), titled("Edits", edits));

        Button dryRun = new Button("Dry run");
        dryRun.setId("bulk-dry-run");
        dryRun.setDefaultButton(true);
        dryRun.disableProperty().bind(vm.runningProperty());
        dryRun.setOnAction(e -> vm.dryRun());
        Button apply = new Button("Apply…");
        apply.setId("bulk-apply");
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        Button cancel = new Button("Cancel");
        cancel.setId("bulk-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button save = new Button("Save report…");
        save.setId("bulk-save-report");
        save.disableProperty().bind(vm.reportProperty().isEmpty().or(vm.runningProperty()));
        save.setOnAction(e -> saveReport());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("bulk-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("bulk-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox buttons = new HBox(8, dryRun, apply, cancel, save, progress, status);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TextArea report = new TextArea();
        report.setId("bulk-report");
        report.setEditable(false);
        report.setStyle("-fx-font-family: monospace;");
        report.textProperty().bind(vm.reportProperty());
        VBox.setVgrow(report, Priority.ALWAYS);
        VBox root = new VBox(10, form, buttons, report);
        root.setPadding(new Insets(12));
        root.setId("bulk-root");
        Scene scene = new Scene(new BorderPane(root));
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        WindowSizes.fit(stage, 1100, 760, 820, 560);
    }

    /** Tools → Bulk edit…: opens the window, built the first time. */
    public static MenuItem menuItem(BulkViewModel vm, Stage owner) {
        return new Opener(vm, owner).menuItem();
    }

    /** Opens the one bulk edit window of a main window, built the first time it is asked for. */
    public static final class Opener {
        private final BulkViewModel vm;
        private final Stage owner;
        private BulkView view;

        public Opener(BulkViewModel vm, Stage owner) {
            this.vm = vm;
            this.owner = owner;
        }

        public MenuItem menuItem() {
            MenuItem item = new MenuItem("_Bulk edit…");
            item.setId("menu-bulk");
            item.setOnAction(e -> open());
            return item;
        }

        public void open() {
            vm.opened();
            if (view == null) {
                view = new BulkView(vm, owner);
            }
            view.stage.show();
            view.stage.toFront();
        }

        /** The doctor's "Bulk edit these bots": the window with the bots breaking {@code rule} chosen. */
        public void forRule(Rule rule) {
            open();
            vm.chooseRule(rule);
        }
    }

    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the bulk edit report");
        chooser.setInitialFileName("bulk-edit.txt");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            vm.saveReport(file.toPath());
        }
    }

    private static RadioButton choice(ToggleGroup group, String text, BulkViewModel.Choice value, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.setId(id);
        return button;
    }

    private static CheckBox check(String text, BooleanProperty property, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static TextField field(StringProperty property, String prompt, String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Node titled(String title, Node content) {
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold;");
        return new VBox(6, label, content);
    }
}
