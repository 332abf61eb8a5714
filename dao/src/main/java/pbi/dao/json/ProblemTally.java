package pbi.dao.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An import check's problems: every one goes to the caller as it is found, the first {@link ImportCheck#LISTED} of
 * each kind are kept, and all are counted by rule. A realm's export read into another realm can raise a warning for
 * every item (hundreds of thousands); kept whole, they took hundreds of megabytes and a review no one could read.
 */
final class ProblemTally implements Consumer<Problem> {

    private final Consumer<Problem> found;
    private final List<Problem> refused = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Integer> warningsByRule = new TreeMap<>();
    private int refusedCount;
    private int warningCount;

    ProblemTally(Consumer<Problem> found) {
        this.found = found;
    }

    @Override
    public void accept(Problem p) {
        found.accept(p);
        if (p.refused()) {
            refusedCount++;
            keep(refused, p);
        } else {
            warningCount++;
            warningsByRule.merge(p.rule() == null ? "other" : p.rule(), 1, Integer::sum);
            keep(warnings, p);
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this);
    }

    private static void keep(List<Problem> kept, Problem p) {
        if (kept.size() < ImportCheck.LISTED) {
            kept.add(p);
        }
    }

    List<Problem> refused() {
        return List.copyOf(refused);
    }

    int refusedCount() {
        return refusedCount;
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    int warningCount() {
        return warningCount;
    }

    Map<String, Integer> warningsByRule() {
        return Map.copyOf(warningsByRule);
    }
}
