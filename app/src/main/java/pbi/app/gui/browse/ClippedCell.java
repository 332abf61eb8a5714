package pbi.app.gui.browse;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table cell that shows its whole text as a tooltip when the column is too narrow to show it. */
final class ClippedCell<S, T> extends TableCell<S, T> {

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.toString());
        setTooltip(null);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        String text = getText();
        boolean clipped = text != null && !text.isEmpty() && prefWidth(-1) > getWidth() + 0.5;
        if (clipped && (getTooltip() == null || !text.equals(getTooltip().getText()))) {
            setTooltip(new Tooltip(text));
        } else if (!clipped && getTooltip() != null) {
            setTooltip(null);
        }
    }
}
