package pbi.app.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.service.PlannedStatement;
import pbi.dao.service.Write;

/**
 * The review dialog's words: each planned statement as the change it makes, in the user's terms (gold as g/s/c,
 * maps and zones and slots by name), before → after. Pure.
 */
public final class ReviewLines {

    private ReviewLines() {
    }

    /** One line per statement, in the statements' order, so each sits over its SQL. */
    public static List<String> of(List<PlannedStatement> statements, BotState before, BotState after) {
        List<String> out = new ArrayList<>();
        for (PlannedStatement s : statements) {
            out.add(s.write() == Write.UPDATE_STATE && before != null && after != null
                    ? String.join("\n", state(before, after)) : capitalised(s.summary()));
        }
        return out;
    }

    /** The state's changed values, one line each: "Gold: 12c → 250g 5s 0c". */
    public static List<String> state(BotState before, BotState after) {
        List<String> out = new ArrayList<>();
        line(out, "Gold", before, after, s -> Money.format(s.goldCopper()));
        line(out, "Position x", before, after, s -> Float.toString(s.positionX()));
        line(out, "Position y", before, after, s -> Float.toString(s.positionY()));
        line(out, "Position z", before, after, s -> Float.toString(s.positionZ()));
        line(out, "Orientation", before, after, s -> Float.toString(s.orientation()));
        line(out, "Map", before, after, s -> World.mapLabel(s.mapId()));
        line(out, "Zone", before, after, s -> World.zoneLabel(s.zoneId()));
        line(out, "Health", before, after, s -> Long.toString(s.health()));
        line(out, "Mana", before, after, s -> Long.toString(s.mana()));
        line(out, "Level", before, after, s -> Integer.toString(s.level()));
        return out;
    }

    private static void line(List<String> out, String label, BotState before, BotState after,
            Function<BotState, String> shown) {
        String a = shown.apply(before);
        String b = shown.apply(after);
        if (!Objects.equals(a, b)) {
            out.add(label + ": " + a + " → " + b);
        }
    }

    private static String capitalised(String summary) {
        return summary == null || summary.isEmpty() ? "" : Character.toUpperCase(summary.charAt(0))
                + summary.substring(1);
    }
}
