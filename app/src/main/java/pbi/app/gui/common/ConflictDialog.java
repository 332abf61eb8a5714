package pbi.app.gui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import pbi.dao.service.Merge;

/**
 * The conflict dialog: what the database changed, a base/theirs/mine row with a choice for each place both sides
 * changed, and "Apply my changes on top" as the default button; it stays disabled until every conflict is answered.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static DialogService.ConflictAnswer ask(Dialog<ButtonType> dialog, String botLabel, List<String> differences,
            List<Merge.Conflict> conflicts) {
        dialog.setHeaderText("Bot " + botLabel + " was changed by someone else since you loaded it.");
        ListView<String> list = new ListView<>();
        list.setId("conflict-differences");
        list.getItems().setAll(differences);
        list.setPrefHeight(140);
        VBox box = new VBox(8, new Label("What changed in the database:"), list);
        Map<String, ToggleGroup> groups = new HashMap<>();
        if (!conflicts.isEmpty()) {
            GridPane grid = new GridPane();
            grid.setId("conflict-choices");
            grid.setHgap(12);
            grid.setVgap(4);
            String[] heads = {"Field or row", "When loaded", "Database now (theirs)", "Your edit (mine)", "Keep"};
            for (int c = 0; c < heads.length; c++) {
                Label head = new Label(heads[c]);
                head.setStyle("-fx-font-weight: bold;");
                grid.add(head, c, 0);
            }
            for (int i = 0; i < conflicts.size(); i++) {
                Merge.Conflict conflict = conflicts.get(i);
                ToggleGroup group = new ToggleGroup();
                RadioButton theirs = new RadioButton("theirs");
                theirs.setId("conflict-theirs-" + i);
                theirs.setToggleGroup(group);
                theirs.setUserData(Merge.Side.THEIRS);
                RadioButton mine = new RadioButton("mine");
                mine.setId("conflict-mine-" + i);
                mine.setToggleGroup(group);
                mine.setUserData(Merge.Side.MINE);
                groups.put(conflict.key(), group);
                grid.addRow(i + 1, wrapped(conflict.where()), wrapped(conflict.base()), wrapped(conflict.theirs()),
                        wrapped(conflict.mine()), new VBox(2, theirs, mine));
            }
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(260, 40 + 44 * conflicts.size()));
            box.getChildren().addAll(new Label("Both you and the database changed these; choose which to keep:"),
                    scroll);
        }
        Label help = new Label("Apply my changes on top writes only what you changed onto the bot as it is now."
                + " Reload discards your edits. Overwrite everything writes your whole version, reverting the"
                + " database's changes (they are listed first). Cancel keeps your edits without saving.");
        help.setWrapText(true);
        box.getChildren().add(help);
        box.setPadding(new Insets(8));
        box.setPrefWidth(860);
        dialog.getDialogPane().setContent(box);
        ButtonType merge = new ButtonType("Apply my changes on top", ButtonBar.ButtonData.OK_DONE);
        ButtonType reload = new ButtonType("Reload (discard my edits)", ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType("Overwrite everything…", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(merge, reload, overwrite, ButtonType.CANCEL);
        Button mergeButton = (Button) dialog.getDialogPane().lookupButton(merge);
        mergeButton.setId("conflict-merge");
        mergeButton.setDefaultButton(true);
        Button overwriteButton = (Button) dialog.getDialogPane().lookupButton(overwrite);
        overwriteButton.setId("conflict-overwrite");
        overwriteButton.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(reload)).setId("conflict-reload");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("conflict-cancel");
        Runnable allAnswered = () -> mergeButton.setDisable(
                groups.values().stream().anyMatch(g -> g.getSelectedToggle() == null));
        groups.values().forEach(g -> g.selectedToggleProperty().addListener((o, a, b) -> allAnswered.run()));
        allAnswered.run();
        ButtonType choice = dialog.showAndWait().orElse(ButtonType.CANCEL);
        Map<String, Merge.Side> sides = new HashMap<>();
        groups.forEach((key, group) -> {
            if (group.getSelectedToggle() != null) {
                sides.put(key, (Merge.Side) group.getSelectedToggle().getUserData());
            }
        });
        DialogService.ConflictChoice chosen = choice == merge ? DialogService.ConflictChoice.MERGE
                : choice == reload ? DialogService.ConflictChoice.RELOAD
                : choice == overwrite ? DialogService.ConflictChoice.OVERWRITE : DialogService.ConflictChoice.CANCEL;
        return new DialogService.ConflictAnswer(chosen, sides);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(240);
        return label;
    }
}
