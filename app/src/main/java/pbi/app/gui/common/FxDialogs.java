package pbi.app.gui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
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
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(520);
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
        dialog.getDialogPane().setMinWidth(520);
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == yes;
    }

    @Override
    public boolean reviewChanges(List<String> summaries, List<String> sql, boolean canSave) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "Review changes", "review-dialog");
        dialog.setHeaderText(summaries.size() + " change" + (summaries.size() == 1 ? "" : "s")
                + ", saved in one transaction");
        ListView<String> list = new ListView<>();
        list.setId("review-summaries");
        list.getItems().setAll(summaries);
        list.setPrefHeight(160);
        TextArea text = new TextArea("START TRANSACTION;\n" + String.join("\n", sql) + "\nCOMMIT;");
        text.setId("review-sql");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setStyle("-fx-font-family: monospace;");
        VBox box = new VBox(8, new Label("What changes:"), list, new Label("The exact SQL Save will run:"), text);
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
    public ConflictChoice resolveConflict(String botLabel, List<String> differences) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "The bot changed in the database", "conflict-dialog");
        dialog.setHeaderText("Bot " + botLabel + " was changed by someone else since you loaded it.");
        ListView<String> list = new ListView<>();
        list.setId("conflict-differences");
        list.getItems().setAll(differences);
        list.setPrefHeight(200);
        Label help = new Label("Reload discards your edits and shows the bot as it is now. Overwrite saves your"
                + " edits over the other changes. Cancel keeps your edits without saving.");
        help.setWrapText(true);
        VBox box = new VBox(8, new Label("What changed in the database:"), list, help);
        box.setPadding(new Insets(8));
        box.setPrefWidth(680);
        dialog.getDialogPane().setContent(box);
        ButtonType reload = new ButtonType("Reload (discard my edits)", ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(reload, overwrite, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(reload)).setId("conflict-reload");
        ((Button) dialog.getDialogPane().lookupButton(overwrite)).setId("conflict-overwrite");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("conflict-cancel");
        ButtonType choice = dialog.showAndWait().orElse(ButtonType.CANCEL);
        return choice == reload ? ConflictChoice.RELOAD : choice == overwrite ? ConflictChoice.OVERWRITE
                : ConflictChoice.CANCEL;
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
