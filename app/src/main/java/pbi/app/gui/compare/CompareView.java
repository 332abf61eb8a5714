package pbi.app.gui.compare;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import pbi.app.gui.common.WindowSizes;
import pbi.dao.compare.Comparison;
import pbi.dao.history.HistoryEntry;

/**
 * The compare window: what to compare with (another bot, a history entry, a JSON file) on top; the state fields
 * and the slots of both sides below, differing rows highlighted; "Copy to the open bot" for the selected row.
 */
public final class CompareView {

    private static final String DIFFERS = "-fx-background-color: #fff1a8;";
    private static final String ONLY_ONE_SIDE = "-fx-background-color: #ffd9c2;";

    private final CompareViewModel vm;
    private final Stage stage = new Stage();
    private final TableView<Comparison.FieldRow> fields = new TableView<>();
    private final TableView<Comparison.SlotRow> slots = new TableView<>();

    CompareView(CompareViewModel vm, Stage owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Compare bots");

        TextField guid = new TextField();
        guid.setId("compare-guid");
        guid.setPromptText("bot guid");
        guid.setPrefColumnCount(10);
        guid.textProperty().bindBidirectional(vm.otherGuidProperty());
        Button withBot = new Button("Compare with bot");
        withBot.setId("compare-with-bot");
        withBot.setDefaultButton(true);
        withBot.setOnAction(e -> vm.compareWithBot());
        ComboBox<HistoryEntry> entries = new ComboBox<>(vm.historyEntries());
        entries.setId("compare-history");
        entries.setPromptText("history entry");
        entries.setCellFactory(l -> historyCell());
        entries.setButtonCell(historyCell());
        Button withHistory = new Button("Compare with history");
        withHistory.setId("compare-with-history");
        withHistory.disableProperty().bind(entries.valueProperty().isNull());
        withHistory.setOnAction(e -> vm.compareWithHistory(entries.getValue()));
        Button withFile = new Button("Compare with file…");
        withFile.setId("compare-with-file");
        withFile.setOnAction(e -> chooseFile());
        HBox chooser = new HBox(8, new Label("Right side:"), guid, withBot, entries, withHistory, withFile);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Label left = new Label();
        left.setId("compare-left-title");
        left.textProperty().bind(vm.leftTitleProperty().concat("  ←→  ").concat(vm.rightTitleProperty()));
        CheckBox only = new CheckBox("Only differences");
        only.setId("compare-only-differences");
        only.selectedProperty().bindBidirectional(vm.onlyDifferencesProperty());
        HBox titles = new HBox(16, left, only);
        titles.setAlignment(Pos.CENTER_LEFT);

        fields.setId("compare-fields");
        fields.getColumns().add(column("Field", Comparison.FieldRow::column, 140));
        fields.getColumns().add(column("Open bot (left)", Comparison.FieldRow::left, 260));
        fields.getColumns().add(column("Other (right)", Comparison.FieldRow::right, 260));
        fields.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Comparison.FieldRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && row.differs() ? DIFFERS : "");
            }
        });
        slots.setId("compare-slots");
        slots.getColumns().add(column("Slot", r -> r.place().label(), 150));
        slots.getColumns().add(column("Open bot (left)", r -> r.left() == null ? "—" : r.left(), 300));
        slots.getColumns().add(column("Other (right)", r -> r.right() == null ? "—" : r.right(), 300));
        slots.getColumns().add(column("Differs in", r -> switch (r.status()) {
            case SAME -> "";
            case CHANGED -> String.join(", ", r.columns());
            case ONLY_LEFT -> "only on the left";
            case ONLY_RIGHT -> "only on the right";
        }, 160));
        slots.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Comparison.SlotRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(empty || row == null || !row.differs() ? ""
                        : row.status() == Comparison.Status.CHANGED ? DIFFERS : ONLY_ONE_SIDE);
            }
        });
        fields.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                slots.getSelectionModel().clearSelection();
            }
        });
        slots.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                fields.getSelectionModel().clearSelection();
            }
        });
        SplitPane tables = new SplitPane(fields, slots);
        tables.setOrientation(javafx.geometry.Orientation.VERTICAL);
        tables.setDividerPositions(0.48);

        Button copy = new Button("Copy to the open bot ←");
        copy.setId("compare-copy");
        copy.disableProperty().bind(fields.getSelectionModel().selectedItemProperty().isNull()
                .and(slots.getSelectionModel().selectedItemProperty().isNull()));
        copy.setOnAction(e -> copySelected());
        Button refresh = new Button("Refresh");
        refresh.setId("compare-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Label message = new Label();
        message.setId("compare-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, copy, refresh, close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        vm.comparisonProperty().addListener((o, a, b) -> fill());
        vm.onlyDifferencesProperty().addListener((o, a, b) -> fill());
        VBox top = new VBox(8, chooser, titles);
        BorderPane root = new BorderPane(tables, top, null, bottom, null);
        BorderPane.setMargin(tables, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(10));
        root.setId("compare-root");
        Scene scene = new Scene(root);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                vm.refresh();
            }
        });
        WindowSizes.fit(stage, 1100, 720, 800, 500);
    }

    /** Tools → Compare…: opens the window on the bot open in the editor. */
    public static MenuItem menuItem(CompareViewModel vm, Stage owner) {
        return new Opener(vm, owner).menuItem();
    }

    /** Opens the one compare window of a main window, built the first time it is asked for. */
    public static final class Opener {
        private final CompareViewModel vm;
        private final Stage owner;
        private CompareView view;

        public Opener(CompareViewModel vm, Stage owner) {
            this.vm = vm;
            this.owner = owner;
        }

        public MenuItem menuItem() {
            MenuItem item = new MenuItem("_Compare…");
            item.setId("menu-compare");
            item.setOnAction(e -> open());
            return item;
        }

        /** Shows the window on the open bot; false (after a message) when no bot is open. */
        public boolean open() {
            if (!vm.open()) {
                return false;
            }
            if (view == null) {
                view = new CompareView(vm, owner);
            }
            view.stage.show();
            view.stage.toFront();
            return true;
        }

        /** "Compare with current" of the history dialog: the open bot beside one of its history entries. */
        public void compareWith(HistoryEntry entry) {
            if (open()) {
                vm.compareWithHistory(entry);
            }
        }
    }

    private void copySelected() {
        Comparison.FieldRow field = fields.getSelectionModel().getSelectedItem();
        Comparison.SlotRow slot = slots.getSelectionModel().getSelectedItem();
        if (field != null) {
            vm.copyField(field.column());
        } else if (slot != null) {
            vm.copySlot(slot.place());
        }
    }

    private void fill() {
        Comparison.FieldRow field = fields.getSelectionModel().getSelectedItem();
        Comparison.SlotRow slot = slots.getSelectionModel().getSelectedItem();
        fields.getItems().setAll(vm.fieldRows());
        slots.getItems().setAll(vm.slotRows());
        // Keep the place selected across a copy, so the user sees it turn the same.
        if (field != null) {
            fields.getItems().stream().filter(r -> r.column().equals(field.column())).findFirst()
                    .ifPresent(r -> fields.getSelectionModel().select(r));
        }
        if (slot != null) {
            slots.getItems().stream().filter(r -> r.place().equals(slot.place())).findFirst()
                    .ifPresent(r -> slots.getSelectionModel().select(r));
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare with a bot file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Bot exports (*.json, *.jsonl)", "*.json", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            vm.compareWithFile(file.toPath());
        }
    }

    private static ListCell<HistoryEntry> historyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : CompareViewModel.label(entry));
            }
        };
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    Stage stage() {
        return stage;
    }
}
