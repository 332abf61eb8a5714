package pbi.app.gui.common;

import java.util.List;
import java.util.Map;
import pbi.dao.service.Merge;

/** Every dialog the ViewModels need, behind one interface so that tests can answer them. */
public interface DialogService {

    /**
     * What the user chose when the bot changed in the database since it was loaded. {@code MERGE}, "Apply my
     * changes on top", is the default; {@code OVERWRITE} writes the whole edit over the other changes.
     */
    enum ConflictChoice { MERGE, RELOAD, OVERWRITE, CANCEL }

    /**
     * @param sides with {@code MERGE}, the side each conflict takes, by {@link Merge.Conflict#key()}
     */
    record ConflictAnswer(ConflictChoice choice, Map<String, Merge.Side> sides) {
        public ConflictAnswer {
            sides = Map.copyOf(sides);
        }
    }

    void showError(String title, String message);

    void showWarning(String title, String message);

    /** Asks a yes/no question; {@code confirmLabel} names the action ("Delete", "Discard changes"). */
    boolean confirm(String title, String message, String confirmLabel);

    /** Lists the planned changes and their exact SQL; true when the user chose to save. */
    boolean reviewChanges(List<String> summaries, List<String> sql, boolean canSave);

    /**
     * Shows what changed in the database, and where both sides changed the same field or row, base, theirs and
     * mine; with {@code MERGE}, the answer has a side for every one of {@code conflicts}.
     */
    ConflictAnswer resolveConflict(String botLabel, List<String> differences, List<Merge.Conflict> conflicts);

    /** A brief, non-blocking success message. */
    void notifySuccess(String message);
}
