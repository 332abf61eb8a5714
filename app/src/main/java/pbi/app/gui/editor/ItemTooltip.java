package pbi.app.gui.editor;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import pbi.app.gui.common.Flag;

/** Draws an {@link ItemDescription} the way the game's item tooltip looks: a dark box, the name in its colour. */
final class ItemTooltip {

    private static final int LONG = 60;

    private ItemTooltip() {
    }

    /** The tooltip's content: the description, then the doctor's reasons for this slot. */
    static VBox content(ItemDescription description, List<Flag> flags) {
        VBox box = new VBox(1);
        box.getStyleClass().add("item-tooltip");
        for (ItemDescription.Line line : description.lines()) {
            box.getChildren().add(line(line.text(), "tip-" + line.tone().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), line.color()));
        }
        for (Flag flag : flags) {
            box.getChildren().add(line("⚠ " + flag.message() + " [" + flag.ruleId() + "]", "tip-warning", null));
        }
        return box;
    }

    /**
     * A label, or for a long line a wrapped text: a wrapping label in a VBox asks for the height of its narrowest
     * layout, and the tooltip would grow to the height of the screen.
     */
    private static Node line(String text, String styleClass, String color) {
        if (text.length() <= LONG) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            if (color != null) {
                label.setStyle("-fx-text-fill: " + color + ";");
            }
            return label;
        }
        Text wrapped = new Text(text);
        wrapped.getStyleClass().addAll("tip-text", styleClass);
        wrapped.setWrappingWidth(360);
        if (color != null) {
            wrapped.setStyle("-fx-fill: " + color + ";");
        }
        return wrapped;
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
