package pbi.app.gui.doctor;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import pbi.app.gui.common.WindowSizes;
import pbi.dao.doctor.BotFix;
import pbi.dao.doctor.Change;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.FixPlan;
import pbi.dao.doctor.Rule;

/**
 * Tools → Doctor: a window listing the findings grouped by rule with counts, with Scan, Cancel and progress;
 * selecting a finding opens its bot in the main window with the value marked; Fix and Fix all show the exact change
 * first.
 */
public final class DoctorView {

    private final DoctorViewModel vm;
    private final Stage stage = new Stage();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("findings"));

    DoctorView(DoctorViewModel vm, Stage owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Doctor — corrupted bots");
        Button scan = new Button("Scan");
        scan.setId("doctor-scan");
        scan.setOnAction(e -> vm.scan());
        scan.disableProperty().bind(vm.scanningProperty().or(vm.fixingProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("doctor-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.scanningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("doctor-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setPrefWidth(220);
        Label status = new Label();
        status.setId("doctor-status");
        status.textProperty().bind(vm.statusProperty());
        ToggleGroup grouping = new ToggleGroup();
        RadioButton byRule = new RadioButton("by rule");
        byRule.setId("doctor-group-rule");
        byRule.setToggleGroup(grouping);
        RadioButton byBot = new RadioButton("by bot");
        byBot.setId("doctor-group-bot");
        byBot.setToggleGroup(grouping);
        (vm.groupByBotProperty().get() ? byBot : byRule).setSelected(true);
        byBot.selectedProperty().bindBidirectional(vm.groupByBotProperty());
        vm.groupByBotProperty().addListener((o, a, b) -> rebuild());
        ToolBar bar = new ToolBar(scan, cancel, progress, status, new Separator(), new Label("Group"), byRule,
                byBot);

        tree.setId("doctor-findings");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item, getTreeItem()));
                // Findings are long; the whole line is one hover away when the window is narrow.
                setTooltip(item instanceof Finding ? new javafx.scene.control.Tooltip(getText()) : null);
            }
        });
        TextArea detail = new TextArea();
        detail.setId("doctor-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        Button fixOne = new Button("Fix this finding…");
        fixOne.setId("doctor-fix-one");
        Button fixRule = new Button("Fix all of this rule…");
        fixRule.setId("doctor-fix-rule");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            Object value = item == null ? null : item.getValue();
            boolean writable = vm.readOnlyProperty().get() == null;
            fixOne.setDisable(!(value instanceof Finding) || !writable);
            fixRule.setDisable(!(value instanceof Finding || value instanceof Rule) || !writable);
            if (value instanceof Finding f) {
                detail.setText("Bot " + f.botGuid() + ", " + f.location() + "\n" + f.detail() + "\n\n"
                        + RuleTitles.titled(f.rule()) + ", " + f.severity() + ": " + f.rule().description()
                        + "\nFix: " + f.rule().fix());
                vm.open(f);
            } else if (value instanceof Rule r) {
                detail.setText(RuleTitles.titled(r) + ", " + r.severity() + ": " + r.description() + "\nFix: "
                        + r.fix());
            } else {
                detail.clear();
            }
        });
        fixOne.setDisable(true);
        fixRule.setDisable(true);
        fixOne.setOnAction(e -> {
            if (selected() instanceof Finding f) {
                vm.fix(f, this::review);
            }
        });
        fixRule.setOnAction(e -> {
            Object value = selected();
            Rule rule = value instanceof Finding f ? f.rule() : value instanceof Rule r ? r : null;
            if (rule != null) {
                vm.fixAll(rule, this::review);
            }
        });
        vm.findings().addListener((ListChangeListener<Finding>) c -> rebuild());
        HBox buttons = new HBox(8, fixOne, fixRule);
        if (vm.bulkEdit() != null) {
            Button bulk = new Button("Bulk edit these bots…");
            bulk.setId("doctor-bulk-edit");
            bulk.disableProperty().bind(fixRule.disableProperty());
            bulk.setOnAction(e -> {
                Object value = selected();
                Rule rule = value instanceof Finding f ? f.rule() : value instanceof Rule r ? r : null;
                if (rule != null) {
                    vm.bulkEdit().accept(rule);
                }
            });
            buttons.getChildren().add(bulk);
        }
        VBox bottom = new VBox(8, detail, buttons);
        bottom.setPadding(new Insets(8));
        BorderPane root = new BorderPane(tree, bar, null, bottom, null);
        root.setId("doctor-root");
        VBox.setVgrow(tree, Priority.ALWAYS);
        Scene scene = new Scene(root);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        WindowSizes.fit(stage, 1000, 700, 720, 480);
    }

    /** Tools → Doctor…: opens the doctor's window, built the first time it is asked for. */
    public static MenuItem menuItem(DoctorViewModel vm, Stage owner) {
        MenuItem item = new MenuItem("_Doctor…");
        item.setId("menu-doctor");
        item.setOnAction(new EventHandler<>() {
            private DoctorView view;

            @Override
            public void handle(ActionEvent e) {
                if (view == null) {
                    view = new DoctorView(vm, owner);
                }
                view.stage.show();
                view.stage.toFront();
            }
        });
        return item;
    }

    private Object selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** A group of the findings by bot. */
    record BotGroup(BigInteger guid) {
    }

    /** Rebuilds the groups (by rule or by bot, as chosen), keeping which groups were expanded. */
    private void rebuild() {
        Set<Object> expanded = new HashSet<>();
        tree.getRoot().getChildren().stream().filter(TreeItem::isExpanded).forEach(i -> expanded.add(i.getValue()));
        Object selected = selected();
        tree.getRoot().getChildren().clear();
        Map<?, List<Finding>> groups = vm.groupByBotProperty().get() ? botGroups() : vm.byRule();
        for (Map.Entry<?, List<Finding>> group : groups.entrySet()) {
            TreeItem<Object> groupItem = new TreeItem<>(group.getKey());
            groupItem.setExpanded(expanded.contains(group.getKey()));
            group.getValue().forEach(f -> groupItem.getChildren().add(new TreeItem<>(f)));
            tree.getRoot().getChildren().add(groupItem);
            if (group.getKey().equals(selected)) {
                tree.getSelectionModel().select(groupItem);
            }
        }
    }

    private Map<BotGroup, List<Finding>> botGroups() {
        Map<BotGroup, List<Finding>> out = new java.util.LinkedHashMap<>();
        vm.byBot().forEach((guid, list) -> out.put(new BotGroup(guid), list));
        return out;
    }

    private static String label(Object item, TreeItem<Object> treeItem) {
        int count = treeItem == null ? 0 : treeItem.getChildren().size();
        String findings = count + " finding" + (count == 1 ? "" : "s");
        if (item instanceof Rule r) {
            return RuleTitles.title(r) + "  ·  " + r.id() + "  ·  " + r.severity().name().toLowerCase() + "  ·  "
                    + findings;
        }
        if (item instanceof BotGroup b) {
            return "Bot " + b.guid() + "  ·  " + findings;
        }
        if (item instanceof Finding f) {
            boolean underBot = treeItem != null && treeItem.getParent() != null
                    && treeItem.getParent().getValue() instanceof BotGroup;
            return (underBot ? RuleTitles.title(f.rule()) : "bot " + f.botGuid()) + "  ·  " + f.location() + "  ·  "
                    + f.detail();
        }
        return String.valueOf(item);
    }

    /** Shows every change (before → after) and the exact SQL, bot by bot; true when the user chooses Repair. */
    private boolean review(FixPlan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Review the repair");
        WindowSizes.fit(dialog, 640, 420);
        dialog.setHeaderText(plan.bots().size() + " bot(s) change, each in a transaction of its own. Each bot's"
                + " previous version is saved to the history first.");
        String changes = plan.bots().stream().map(DoctorView::describe).collect(Collectors.joining("\n\n"));
        TextArea text = new TextArea(changes);
        text.setId("doctor-review");
        text.setEditable(false);
        // Long UPDATEs wrap: the whole statement shows without scrolling sideways.
        text.setWrapText(true);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(820, 420);
        dialog.getDialogPane().setContent(text);
        ButtonType repair = new ButtonType("Repair", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(repair, ButtonType.CANCEL);
        dialog.getDialogPane().setId("doctor-review-dialog");
        dialog.getDialogPane().lookupButton(repair).setId("doctor-repair");
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == repair;
    }

    static String describe(BotFix fix) {
        StringBuilder out = new StringBuilder("Bot " + fix.botGuid() + " ("
                + fix.rules().stream().map(Rule::id).sorted().collect(Collectors.joining(", ")) + ")\n");
        for (Change c : fix.changes()) {
            out.append("  ").append(c).append('\n');
        }
        out.append("  START TRANSACTION;\n");
        fix.sql().forEach(s -> out.append("  ").append(s).append('\n'));
        return out.append("  COMMIT;").toString();
    }
}
