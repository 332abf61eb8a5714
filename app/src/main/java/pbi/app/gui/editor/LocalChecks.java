package pbi.app.gui.editor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import pbi.app.gui.common.Flag;
import pbi.dao.doctor.Checks;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;

/**
 * The per-bot doctor rules the window marks in place: the doctor's own {@link Checks}, so the window and the
 * doctor always agree, with each finding located on the window's fields.
 */
public final class LocalChecks {

    /** The window's clock is not the database's; only a last_updated clearly in the future is marked. */
    private static final int CLOCK_SLACK_MINUTES = 5;

    private LocalChecks() {
    }

    /**
     * The checks while a box holds a value that cannot be saved: the doctor cannot read a half-typed bot, so the
     * box's own problem stands in, under the rule that would report it once saved (level 300 is a level out of
     * range before it is a bad box).
     */
    public static List<Flag> ofProblems(Map<StateField, String> problems) {
        return problems.entrySet().stream()
                .map(e -> new Flag(ruleOf(e.getKey()), e.getKey().target(), named(e.getKey(), e.getValue())))
                .toList();
    }

    /** A box's problem with the box's name in front, unless the message already starts with it. */
    public static String named(StateField field, String problem) {
        return problem.startsWith(field.label()) ? problem : field.label() + ": " + problem;
    }

    private static String ruleOf(StateField field) {
        return switch (field) {
            case LEVEL -> Rule.LEVEL_OUT_OF_RANGE.id();
            case GOLD, SILVER, COPPER -> Rule.GOLD_OVER_CAP.id();
            case HEALTH -> Rule.HEALTH_WRAPPED.id();
            case MANA -> Rule.MANA_WRAPPED.id();
            case X, Y, Z -> Rule.POSITION_OUT_OF_WORLD.id();
            case ORIENTATION -> Rule.ORIENTATION_OUT_OF_RANGE.id();
            case MAP, ZONE -> Rule.ZONE_NOT_ON_MAP.id();
        };
    }

    public static List<Flag> check(BotSnapshot bot, Limits limits) {
        return Checks.bot(bot, limits, LocalDateTime.now().plusMinutes(CLOCK_SLACK_MINUTES)).stream()
                .map(f -> new Flag(f.rule().id(), Flag.targetOf(f.place()), f.detail()))
                .toList();
    }
}
