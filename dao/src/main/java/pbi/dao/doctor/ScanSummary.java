package pbi.dao.doctor;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a scan ended: counts per rule, the number of bots with findings, whether it was cancelled, how long it took.
 *
 * @param itemRulesSkipped why the item rules did not run (no world data), or null when they ran
 */
public record ScanSummary(Scope scope, Map<Rule, Integer> counts, int botsWithFindings, boolean cancelled,
        Duration elapsed, String itemRulesSkipped) {

    public ScanSummary {
        counts = Map.copyOf(counts);
    }

    public ScanSummary(Scope scope, Map<Rule, Integer> counts, int botsWithFindings, boolean cancelled,
            Duration elapsed) {
        this(scope, counts, botsWithFindings, cancelled, elapsed, null);
    }

    public Optional<String> itemRulesSkippedReason() {
        return Optional.ofNullable(itemRulesSkipped);
    }

    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean clean() {
        return findings() == 0 && !cancelled;
    }
}
