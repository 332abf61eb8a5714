package pbi.app.gui.common;

import java.util.List;

/** Every dialog the ViewModels need, behind one interface so that tests can answer them. */
public interface DialogService {

    /** What the user chose when the bot changed in the database since it was loaded. */
    enum ConflictChoice { RELOAD, OVERWRITE, CANCEL }

    void showError(String title, String message);

    void showWarning(String title, String message);

    /** Asks a yes/no question; {@code confirmLabel} names the action ("Delete", "Discard changes"). */
    boolean confirm(String title, String message, String confirmLabel);

    /** Lists the planned changes and their exact SQL; true when the user chose to save. */
    boolean reviewChanges(List<String> summaries, List<String> sql, boolean canSave);

    ConflictChoice resolveConflict(String botLabel, List<String> differences);

    /** A brief, non-blocking success message. */
    void notifySuccess(String message);
}
