package pbi.app.gui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import pbi.dao.service.Merge;
import org.controlsfx.control.Notifications;

/** The one dialog service: every alert, confirmation and review window of the application. */
public final class FxDialogs implements DialogService {

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, "error-dialog");
    }

    @Override
    public void showWarning(String title, String message) {
        alert(Alert.AlertType.WARNING, title, message, "warning-dialog");
    }

    private void alert(Alert.AlertType type, String title, String message, String id) {
        Alert alert = new Alert(type);
        prepare(alert, title, id);
        // Both wrap, so a long host name and port are shown whole, never cut off with an ellipsis.
        Label header = new Label(title);
        header.setWrapText(true);
        header.getStyleClass().add("dialog-title");
        Label text = new Label(message);
        text.setId(id + "-message");
        text.setWrapText(true);
        // The same words once more in a box that can be selected and copied into a bug report or a search.
        TextArea details = new TextArea(title + "\n" + message);
        details.setId(id + "-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(3);
        VBox content = new VBox(10, header, text, new Label("Details (select to copy):"), details);
        content.setPadding(new Insets(4));
        content.setPrefWidth(560);
        alert.getDialogPane().setHeaderText(null);
        alert.getDialogPane().setContent(content);
        WindowSizes.fit(alert, 520, 260);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title, "confirm-dialog");
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(yes, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(yes)).setId("confirm-yes");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("confirm-no");
        WindowSizes.fit(dialog, 520, 180);
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == yes;
    }

    @Override
    public boolean reviewChanges(List<String> summaries, List<String> sql, boolean canSave) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "Review changes", "review-dialog");
        WindowSizes.fit(dialog, 720, 520);
        dialog.setHeaderText(summaries.size() + " change" + (summaries.size() == 1 ? "" : "s")
                + ", saved in one transaction");
        // Each change in the user's words, with the exact statement that makes it just under it.
        ListView<Integer> list = new ListView<>();
        list.setId("review-summaries");
        for (int i = 0; i < summaries.size(); i++) {
            list.getItems().add(i);
        }
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                if (empty || i == null) {
                    setGraphic(null);
                    return;
                }
                Label change = new Label(summaries.get(i));
                change.getStyleClass().add("review-change");
                change.setWrapText(true);
                Label statement = new Label(i < sql.size() ? sql.get(i) : "");
                statement.getStyleClass().add("review-statement");
                statement.setWrapText(true);
                VBox entry = new VBox(2, change, statement);
                entry.setMaxWidth(l.getWidth() - 30);
                setGraphic(entry);
            }
        });
        list.setPrefHeight(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        TextArea text = new TextArea("START TRANSACTION;\n" + String.join("\n", sql) + "\nCOMMIT;");
        text.setId("review-sql");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setStyle("-fx-font-family: monospace;");
        VBox box = new VBox(8, new Label("What changes:"), list, new Label("The whole transaction Save will run (copyable):"), text);
        box.setPadding(new Insets(8));
        box.setPrefWidth(820);
        dialog.getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CLOSE);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("review-save");
        saveButton.setDisable(!canSave);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE)).setId("review-close");
        return dialog.showAndWait().orElse(ButtonType.CLOSE) == save;
    }

    @Override
    public ConflictAnswer resolveConflict(String botLabel, List<String> differences, List<Merge.Conflict> conflicts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "The bot changed in the database", "conflict-dialog");
        WindowSizes.fit(dialog, 720, 480);
        return ConflictDialog.ask(dialog, botLabel, differences, conflicts);
    }

    @Override
    public void notifySuccess(String message) {
        Notifications.create().owner(owner).title("Playerbot Inspector").text(message)
                .hideAfter(Duration.seconds(4)).showInformation();
    }

    private void prepare(Dialog<?> dialog, String title, String id) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(Styles.stylesheet());
    }
}
