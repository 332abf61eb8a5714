package pbi.dao.doctor;

import java.time.Duration;
import java.util.Map;

/** How a scan ended: counts per rule, the number of bots with findings, whether it was cancelled, how long it took. */
public record ScanSummary(Scope scope, Map<Rule, Integer> counts, int botsWithFindings, boolean cancelled,
        Duration elapsed) {

    public ScanSummary {
        counts = Map.copyOf(counts);
    }

    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean clean() {
        return findings() == 0 && !cancelled;
    }
}
