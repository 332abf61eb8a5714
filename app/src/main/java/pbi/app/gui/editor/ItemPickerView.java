package pbi.app.gui.editor;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import pbi.app.gui.common.Styles;
import pbi.app.gui.editor.ItemPickerViewModel.Choice;

/**
 * The picker dialog: a search box over a list. Typing filters; Up/Down move through the list without leaving the
 * box; Enter or a double click takes the selected choice; Escape cancels.
 */
final class ItemPickerView {

    private ItemPickerView() {
    }

    static Optional<Choice> show(Node owner, ItemPickerViewModel vm) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(vm.title());
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ButtonType take = new ButtonType("Choose", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(take, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(Styles.stylesheet());
        TextField search = new TextField();
        search.setId("picker-search");
        search.setPromptText("Name or id");
        search.textProperty().bindBidirectional(vm.queryProperty());
        ListView<Choice> list = new ListView<>(vm.results());
        list.setId("picker-list");
        list.getStyleClass().add("picker-list");
        list.setPrefSize(520, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(c.name());
                name.getStyleClass().add("picker-name");
                if (c.color() != null) {
                    name.setStyle("-fx-text-fill: " + c.color() + ";");
                }
                Label detail = new Label((c.detail() == null ? "" : c.detail() + " · ") + "id " + c.id());
                detail.getStyleClass().add("picker-detail");
                setText(null);
                setGraphic(new VBox(name, detail));
            }
        });
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.results().isEmpty()
                ? (vm.queryProperty().get().isBlank() ? "Type an item id (item names are unavailable)."
                        : "Nothing matches.") : vm.results().size() >= ItemPickerViewModel.LIMIT
                        ? "The first " + ItemPickerViewModel.LIMIT + " matches; type more to narrow them."
                        : vm.results().size() + " match" + (vm.results().size() == 1 ? "" : "es"), vm.results(),
                vm.queryProperty()));
        vm.selectedProperty().addListener((o, a, b) -> {
            list.getSelectionModel().select(b.intValue());
            if (b.intValue() >= 0) {
                list.scrollTo(b.intValue());
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.selectedProperty()
                .set(b.intValue()));
        list.getSelectionModel().select(vm.selectedProperty().get());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                vm.move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) {
                vm.move(e.getCode() == KeyCode.PAGE_DOWN ? 10 : -10);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.chosen().isPresent()) {
                dialog.setResult(vm.chosen().get());
                dialog.close();
            }
        });
        Node takeButton = dialog.getDialogPane().lookupButton(take);
        takeButton.disableProperty().bind(vm.selectedProperty().lessThan(0));
        VBox content = new VBox(8, search, list, count);
        content.setId("item-picker");
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> b == take ? vm.chosen().orElse(null) : null);
        dialog.setResizable(true);
        // The dialog focuses its default button when shown; the search box must win so that typing searches.
        dialog.setOnShown(e -> Platform.runLater(search::requestFocus));
        return dialog.showAndWait();
    }
}
