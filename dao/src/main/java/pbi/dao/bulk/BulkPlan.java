package pbi.dao.bulk;

import java.util.List;

/**
 * A dry run: every chosen bot with its changes and SQL. Applying it writes exactly these changes, bot by bot.
 *
 * @param cancelled true when planning was stopped before every bot was read; such a plan lists only the bots read
 */
public record BulkPlan(Selection selection, List<BulkEdit> edits, List<BotChange> bots, boolean cancelled) {

    public BulkPlan {
        edits = List.copyOf(edits);
        bots = List.copyOf(bots);
    }

    public List<BotChange> toChange() {
        return bots.stream().filter(b -> b.status() == BotChange.Status.CHANGE).toList();
    }

    public long count(BotChange.Status status) {
        return bots.stream().filter(b -> b.status() == status).count();
    }

    /** "12 bots chosen: 5 to change, 7 unchanged". */
    public String summary() {
        long missing = count(BotChange.Status.MISSING);
        return bots.size() + (bots.size() == 1 ? " bot" : " bots") + " chosen: " + count(BotChange.Status.CHANGE)
                + " to change, " + count(BotChange.Status.UNCHANGED) + " unchanged"
                + (missing > 0 ? ", " + missing + " not found" : "")
                + (cancelled ? " (planning was cancelled; this plan is incomplete)" : "");
    }

    public String describeEdits() {
        return String.join("; ", edits.stream().map(BulkEdit::describe).toList());
    }
}
