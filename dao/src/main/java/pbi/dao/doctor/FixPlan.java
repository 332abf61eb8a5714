package pbi.dao.doctor;

import java.util.List;

/** The repairs of a set of findings, one entry per bot that changes. */
public record FixPlan(List<BotFix> bots) {

    public FixPlan {
        bots = List.copyOf(bots);
    }

    public boolean isEmpty() {
        return bots.isEmpty();
    }

    /** All SQL of the plan, bot by bot. */
    public List<String> sql() {
        return bots.stream().flatMap(b -> b.sql().stream()).toList();
    }
}
