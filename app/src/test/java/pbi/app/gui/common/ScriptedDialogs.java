package pbi.app.gui.common;

import java.util.ArrayList;
import java.util.List;

/** Answers dialogs as a test scripts them, and remembers what was shown. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public boolean confirmAnswer = true;
    public boolean reviewAnswer = true;
    public ConflictChoice conflictAnswer = ConflictChoice.CANCEL;
    public List<String> lastDifferences = List.of();

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showWarning(String title, String message) {
        shown.add("warning: " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add("confirm: " + message);
        return confirmAnswer;
    }

    @Override
    public boolean reviewChanges(List<String> summaries, List<String> sql, boolean canSave) {
        shown.add("review: " + String.join(" | ", summaries) + " || " + String.join(" ", sql));
        return reviewAnswer && canSave;
    }

    @Override
    public ConflictChoice resolveConflict(String botLabel, List<String> differences) {
        lastDifferences = differences;
        shown.add("conflict: " + String.join(" | ", differences));
        return conflictAnswer;
    }

    @Override
    public void notifySuccess(String message) {
        shown.add("success: " + message);
    }
}
