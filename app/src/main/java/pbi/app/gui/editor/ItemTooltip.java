package pbi.app.gui.editor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import pbi.app.gui.common.Flag;

/** Draws an {@link ItemDescription} the way the game's item tooltip looks: a dark box, the name in its colour. */
final class ItemTooltip {

    private ItemTooltip() {
    }

    /** The tooltip's content: the description, then the doctor's reasons for this slot. */
    static VBox content(ItemDescription description, List<Flag> flags) {
        VBox box = new VBox(1);
        box.getStyleClass().add("item-tooltip");
        for (ItemDescription.Line line : description.lines()) {
            Label label = new Label(line.text());
            label.getStyleClass().add("tip-" + line.tone().name().toLowerCase(java.util.Locale.ROOT).replace('_',
                    '-'));
            if (line.color() != null) {
                label.setStyle("-fx-text-fill: " + line.color() + ";");
            }
            label.setWrapText(true);
            label.setMaxWidth(320);
            box.getChildren().add(label);
        }
        for (Flag flag : flags) {
            Label label = new Label("⚠ " + flag.message() + " [" + flag.ruleId() + "]");
            label.getStyleClass().add("tip-warning");
            label.setWrapText(true);
            label.setMaxWidth(320);
            box.getChildren().add(label);
        }
        return box;
    }

    /** Installs the tooltip on {@code owner}; its text stays readable by tests and screen readers. */
    static void install(Node owner, ItemDescription description, List<Flag> flags) {
        Tooltip tip = new Tooltip(description.text() + flags.stream().map(f -> "\n⚠ " + f.message() + " ["
                + f.ruleId() + "]").reduce("", String::concat));
        tip.setGraphic(content(description, flags));
        tip.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        tip.getStyleClass().add("item-tooltip-window");
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.INDEFINITE);
        Tooltip.install(owner, tip);
    }
}
