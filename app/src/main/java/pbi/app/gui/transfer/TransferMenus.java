package pbi.app.gui.transfer;

import java.io.File;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import pbi.app.gui.common.WindowSizes;
import pbi.app.gui.common.DialogService;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.columns.Differences;
import pbi.dao.history.HistoryEntry;
import pbi.dao.json.BotPlan;
import pbi.dao.json.ExportSelection;
import pbi.dao.json.Problem;

/** The File menu's Export…, Import…, Copy as JSON and History… items, with their dialogs. */
public final class TransferMenus {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** The map or zone chosen in the window, as "Export zone…" names and exports it. */
    public record Zone(ExportSelection.Area area, String label) {
    }

    private final TransferViewModel vm;
    private final DialogService dialogs;
    private final Stage owner;
    private Stage progressWindow;

    private TransferMenus(TransferViewModel vm, DialogService dialogs, Stage owner) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /**
     * The File menu's transfer items, in order.
     *
     * @param loaded the bot open in the editor
     * @param zone the map or zone chosen in the window, or null when none is
     */
    public static List<MenuItem> items(TransferViewModel vm, ObservableValue<BotSnapshot> loaded,
            ObservableValue<Zone> zone, DialogService dialogs, Stage owner) {
        return new TransferMenus(vm, dialogs, owner).build(loaded, zone);
    }

    private List<MenuItem> build(ObservableValue<BotSnapshot> loaded, ObservableValue<Zone> zone) {
        BooleanBinding noBot = Bindings.createBooleanBinding(() -> loaded.getValue() == null, loaded);
        MenuItem exportSelected = new MenuItem("Export selected bot…");
        exportSelected.setId("menu-export-selected");
        exportSelected.disableProperty().bind(noBot);
        exportSelected.setOnAction(e -> exportTo(new ExportSelection.Bots(List.of(vm.selectedBot().guid())),
                "bot-" + vm.selectedBot().guid() + ".json"));
        MenuItem exportZone = new MenuItem("Export zone…");
        exportZone.setId("menu-export-zone");
        exportZone.textProperty().bind(Bindings.createStringBinding(() -> zone.getValue() == null
                ? "Export zone…" : "Export " + zone.getValue().label() + "…", zone));
        exportZone.disableProperty().bind(Bindings.createBooleanBinding(() -> zone.getValue() == null, zone));
        exportZone.setOnAction(e -> {
            ExportSelection.Area area = zone.getValue().area();
            exportTo(area, (area.zoneId() != null ? "zone-" + area.zoneId() : "map-" + area.mapId()) + ".jsonl");
        });
        MenuItem exportAll = new MenuItem("Export all…");
        exportAll.setId("menu-export-all");
        exportAll.setOnAction(e -> exportTo(new ExportSelection.All(), "all-bots.jsonl"));
        MenuItem importItem = new MenuItem("Import…");
        importItem.setId("menu-import");
        importItem.setOnAction(e -> importFile());
        MenuItem copy = new MenuItem("Copy as JSON");
        copy.setId("menu-copy-json");
        copy.disableProperty().bind(noBot);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.copyAsJson(vm.selectedBot()));
            Clipboard.getSystemClipboard().setContent(content);
            dialogs.notifySuccess("Copied bot " + vm.selectedBot().guid() + " as JSON");
        });
        MenuItem historyItem = new MenuItem("History…");
        historyItem.setId("menu-history");
        historyItem.disableProperty().bind(noBot);
        historyItem.setOnAction(e -> showHistory(vm.selectedBot()));
        return List.of(exportSelected, exportZone, exportAll, importItem, new SeparatorMenuItem(), copy,
                historyItem, new SeparatorMenuItem());
    }

    private void exportTo(ExportSelection selection, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export bots");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON Lines (*.jsonl)", "*.jsonl"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        vm.export(selection, file.toPath(), count -> { });
        showProgress("Export");
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import bots");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Bot exports (*.json, *.jsonl)", "*.json", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        vm.checkImport(file.toPath(), this::review);
        showProgress("Import");
    }

    /** Lists every bot as new / replaced / unchanged with its differences, and the problems, before writing. */
    private void review(TransferViewModel.Review review) {
        StringBuilder text = new StringBuilder();
        // What the lists leave out goes first, where it is seen without scrolling past a thousand lines.
        if (!review.check().notListed().isEmpty() || review.plansNotListed() > 0) {
            text.append("Not everything is listed here; the command line's import --dry-run prints every line.\n");
            if (!review.check().notListed().isEmpty()) {
                text.append("  ").append(review.check().notListed()).append(". All warnings by rule:\n");
                new java.util.TreeMap<>(review.check().warningsByRule()).forEach((rule, n) ->
                        text.append(String.format("    %s: %,d%n", rule, n)));
            }
            if (review.plansNotListed() > 0) {
                text.append(String.format("  The first %,d bots are listed; %,d more are counted in the summary.%n",
                        review.plans().size(), review.plansNotListed()));
            }
            text.append('\n');
        }
        for (Problem p : review.check().refused()) {
            text.append("REFUSED  ").append(p).append('\n');
        }
        for (Problem p : review.check().warnings()) {
            text.append("warning  ").append(p).append('\n');
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        for (BotPlan plan : review.plans()) {
            text.append("bot ").append(plan.guid()).append(" (line ").append(plan.line()).append("): ")
                    .append(plan.status().name().toLowerCase()).append('\n');
            plan.differences().forEach(d -> text.append("    ").append(d).append('\n'));
        }
        if (review.plansNotListed() > 0) {
            text.append(String.format("… and %,d more bots, not listed here.%n", review.plansNotListed()));
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import " + review.check().file().getFileName());
        WindowSizes.fit(dialog, 640, 420);
        dialog.setHeaderText(review.check().summary());
        TextArea area = new TextArea(text.toString());
        area.setId("import-review-text");
        area.setEditable(false);
        area.setPrefSize(900, 500);
        dialog.getDialogPane().setContent(area);
        ButtonType write = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        int toWrite = review.check().newBots() + review.check().replaced();
        if (review.check().ok() && toWrite > 0) {
            dialog.getDialogPane().getButtonTypes().add(write);
        }
        dialog.getDialogPane().getButtonTypes().add(review.check().ok() ? ButtonType.CANCEL : ButtonType.CLOSE);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == write) {
            vm.applyImport(review.check(), () -> { });
            showProgress("Import");
        }
    }

    private void showHistory(BotSnapshot bot) {
        BigInteger guid = bot.guid();
        List<HistoryEntry> entries = vm.historyOf(guid);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("History of bot " + guid);
        WindowSizes.fit(dialog, 560, 420);
        dialog.setHeaderText(entries.isEmpty() ? "No earlier versions of bot " + guid + " were kept yet."
                : "Earlier versions, newest first. Restore puts one into the editor; save it as usual.");
        ListView<HistoryEntry> list = new ListView<>();
        list.setId("history-list");
        list.getItems().setAll(entries);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : WHEN.format(entry.savedAt())
                        + (entry.reason() == null ? "" : " — " + entry.reason()));
            }
        });
        TextArea changes = new TextArea();
        changes.setEditable(false);
        changes.setPrefRowCount(10);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (entry == null) {
                changes.clear();
                return;
            }
            List<String> lines = Differences.between(vm.selectedBot(), vm.read(entry));
            changes.setText(lines.isEmpty() ? "Same as the bot now." : "Restoring would change:\n"
                    + String.join("\n", lines));
        });
        VBox box = new VBox(8, list, changes);
        box.setPrefSize(700, 450);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        ButtonType compare = new ButtonType("Compare with current", ButtonBar.ButtonData.OTHER);
        if (vm.compareHook() != null) {
            dialog.getDialogPane().getButtonTypes().add(0, compare);
            dialog.getDialogPane().lookupButton(compare).setId("history-compare");
            dialog.getDialogPane().lookupButton(compare).disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        ButtonType answer = dialog.showAndWait().orElse(ButtonType.CLOSE);
        if (answer == compare) {
            vm.compareHook().accept(list.getSelectionModel().getSelectedItem());
        } else if (answer == restore) {
            HistoryEntry chosen = list.getSelectionModel().getSelectedItem();
            if (!vm.restore(chosen)) {
                dialogs.showWarning("Restore", "Open bot " + guid + " in the editor first.");
            }
        }
    }

    /** A small window with a progress bar and Cancel, open while export or import runs. */
    private void showProgress(String title) {
        if (progressWindow == null) {
            ProgressBar bar = new ProgressBar();
            bar.setId("transfer-progress");
            bar.setPrefWidth(360);
            bar.progressProperty().bind(vm.progressProperty());
            Label text = new Label();
            text.textProperty().bind(vm.progressTextProperty());
            Button cancel = new Button("Cancel");
            cancel.setId("transfer-cancel");
            cancel.setCancelButton(true);
            cancel.setOnAction(e -> vm.cancel());
            HBox buttons = new HBox(cancel);
            buttons.setStyle("-fx-alignment: center-right;");
            VBox box = new VBox(10, text, bar, buttons);
            box.setPadding(new Insets(16));
            progressWindow = new Stage();
            progressWindow.initOwner(owner);
            progressWindow.initModality(Modality.WINDOW_MODAL);
            progressWindow.setScene(new Scene(box));
            progressWindow.setOnCloseRequest(e -> vm.cancel());
            vm.runningProperty().addListener((o, was, now) -> {
                if (!now) {
                    progressWindow.hide();
                }
            });
        }
        progressWindow.setTitle(title);
        if (vm.runningProperty().get() && !progressWindow.isShowing()) {
            progressWindow.show();
        }
    }
}
