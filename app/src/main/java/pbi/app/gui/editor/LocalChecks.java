package pbi.app.gui.editor;

import java.time.LocalDateTime;
import java.util.List;
import pbi.app.gui.common.Flag;
import pbi.dao.doctor.Checks;
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

    public static List<Flag> check(BotSnapshot bot, Limits limits) {
        return Checks.bot(bot, limits, LocalDateTime.now().plusMinutes(CLOCK_SLACK_MINUTES)).stream()
                .map(f -> new Flag(f.rule().id(), Flag.targetOf(f.place()), f.detail()))
                .toList();
    }
}
