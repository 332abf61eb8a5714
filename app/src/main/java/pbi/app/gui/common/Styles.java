package pbi.app.gui.common;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Marks nodes as edited or flagged, with a tooltip saying why. */
public final class Styles {

    private Styles() {
    }

    /** The application's one stylesheet, for every scene and dialog pane. */
    public static String stylesheet() {
        return Styles.class.getResource("/pbi/app/gui/common/inspector.css").toExternalForm();
    }

    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().removeAll(styleClass);
        }
    }

    /** Sets the "flagged" style and a tooltip listing the doctor's reasons; {@code base} is the normal tooltip. */
    public static void flag(Control control, List<Flag> flags, String base) {
        toggle(control, "flagged", !flags.isEmpty());
        String reasons = flags.stream().map(f -> "⚠ " + f.message() + " [" + f.ruleId() + "]")
                .collect(Collectors.joining("\n"));
        String text = base == null || base.isEmpty() ? reasons : reasons.isEmpty() ? base : base + "\n\n" + reasons;
        control.setTooltip(text.isEmpty() ? null : new Tooltip(text));
    }
}
