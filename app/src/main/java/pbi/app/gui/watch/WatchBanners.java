package pbi.app.gui.watch;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The notices of the read-only mode and of the live watch. */
public final class WatchBanners {

    /** How many changes the notice lists before "… and N more" (all of them are in its tooltip). */
    static final int SHOWN = 6;

    private WatchBanners() {
    }

    /** "read-only: account pbi_ro has no UPDATE grant on playerbot_state", shown while there is a reason. */
    public static Node readOnly(ReadOnlyStringProperty reason) {
        Label label = new Label();
        label.setId("read-only-banner");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(() -> reason.get() == null ? ""
                : capitalized(reason.get()) + ". Saving, deleting, importing, restoring and the doctor's"
                        + " repairs are off.", reason));
        label.getStyleClass().add("warning-banner");
        label.visibleProperty().bind(reason.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A one-line notice (the watch cannot poll, the grants could not be read), shown while there is one. */
    public static Node note(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add("items-notice");
        label.visibleProperty().bind(text.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * "Changed on the server at 12:01:03 (2 changes since you opened it)", the changes, Reload and Keep editing.
     *
     * @param reload reads the bot again (asking first when there are unsaved edits)
     */
    public static Node changed(WatchViewModel vm, Runnable reload) {
        Label headline = new Label();
        headline.setId("watch-headline");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setStyle("-fx-font-weight: bold;");
        Label lines = new Label();
        lines.setId("watch-changes");
        lines.setWrapText(true);
        // Every line shows: the editor below gives up height before the notice does.
        lines.setMinHeight(Region.USE_PREF_SIZE);
        lines.textProperty().bind(Bindings.createStringBinding(() -> shown(vm.changesProperty().get()),
                vm.changesProperty()));
        Tooltip all = new Tooltip();
        all.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.changesProperty().get()),
                vm.changesProperty()));
        lines.setTooltip(all);
        Label hint = new Label("Reload to see them, or keep editing: saving then merges your edits with them.");
        Button reloadButton = new Button("Reload");
        reloadButton.setId("watch-reload");
        reloadButton.setOnAction(e -> reload.run());
        Button keep = new Button("Keep editing");
        keep.setId("watch-keep");
        keep.setOnAction(e -> vm.dismiss());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, hint, gap, reloadButton, keep);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, headline, lines, actions);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setId("watch-banner");
        box.getStyleClass().add("warning-banner");
        box.visibleProperty().bind(vm.showingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The first {@link #SHOWN} changes, then how many more. */
    static String shown(List<String> changes) {
        if (changes.size() <= SHOWN) {
            return String.join("\n", changes);
        }
        return String.join("\n", changes.subList(0, SHOWN)) + "\n… and " + (changes.size() - SHOWN) + " more";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
