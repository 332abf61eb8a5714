package pbi.dao.bulk;

import java.util.List;

/**
 * The apply's outcome for each bot it reached.
 *
 * @param cancelled true when the user stopped it between two bots
 * @param notReached how many bots to change were left untouched because of the cancel
 */
public record BulkResult(List<BulkOutcome> outcomes, boolean cancelled, int notReached) {

    public BulkResult {
        outcomes = List.copyOf(outcomes);
    }

    public long count(BulkOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean clean() {
        return count(BulkOutcome.Status.APPLIED) == outcomes.size() && !cancelled;
    }

    /** "Applied to 5 bots; 1 conflict; 0 failed" and, after a cancel, how many were not reached. */
    public String summary() {
        long applied = count(BulkOutcome.Status.APPLIED);
        long conflicts = count(BulkOutcome.Status.CONFLICT);
        long failed = count(BulkOutcome.Status.FAILED);
        String text = "Applied to " + applied + (applied == 1 ? " bot" : " bots") + "; " + conflicts
                + (conflicts == 1 ? " conflict" : " conflicts") + "; " + failed + " failed";
        return cancelled ? "Cancelled after " + outcomes.size() + " of " + (outcomes.size() + notReached)
                + " bots. " + text + "; " + notReached + " not reached" : text;
    }
}
