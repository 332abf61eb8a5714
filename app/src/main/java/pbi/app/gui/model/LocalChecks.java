package pbi.app.gui.model;

import java.time.LocalDateTime;
import java.util.List;
import pbi.dao.doctor.Checks;
import pbi.dao.doctor.Place;
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
                .map(f -> new Flag(f.rule().id(), target(f.place()), f.detail()))
                .toList();
    }

    /** Where a doctor finding stands in the window: a state field name, {@code inv:BAG:SLOT} or {@code eq:SLOT}. */
    public static String target(Place place) {
        return switch (place.table()) {
            case INVENTORY -> Flag.inventoryTarget(place.bag(), place.slot());
            case EQUIPMENT -> Flag.equipmentTarget(place.slot());
            case STATE -> place.column() == null ? null : switch (place.column()) {
                case "position_x", "position" -> "x";
                case "position_y" -> "y";
                case "position_z" -> "z";
                case "gold_copper" -> "gold";
                case "zone_id" -> "zone";
                case "map_id" -> "map";
                case "last_updated" -> "updated";
                default -> place.column();
            };
        };
    }
}
