package pbi.app.gui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pbi.dao.service.Merge;

/** Answers dialogs as a test scripts them, and remembers what was shown. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public boolean confirmAnswer = true;
    public boolean reviewAnswer = true;
    public ConflictChoice conflictAnswer = ConflictChoice.CANCEL;
    public List<String> lastDifferences = List.of();
    public List<Merge.Conflict> lastConflicts = List.of();
    /** With {@code MERGE}: the side for every conflict not named in {@link #sides}. */
    public Merge.Side defaultSide = Merge.Side.MINE;
    public final Map<String, Merge.Side> sides = new HashMap<>();

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
    public ConflictAnswer resolveConflict(String botLabel, List<String> differences, List<Merge.Conflict> conflicts) {
        lastDifferences = differences;
        lastConflicts = conflicts;
        shown.add("conflict: " + String.join(" | ", differences));
        Map<String, Merge.Side> answered = new HashMap<>();
        for (Merge.Conflict c : conflicts) {
            answered.put(c.key(), sides.getOrDefault(c.key(), defaultSide));
        }
        return new ConflictAnswer(conflictAnswer, answered);
    }

    @Override
    public void notifySuccess(String message) {
        shown.add("success: " + message);
    }
}
