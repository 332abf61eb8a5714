package pbi.app.gui.common;

import pbi.dao.doctor.Place;

/**
 * A value the doctor would report, located in the window.
 *
 * @param ruleId the doctor's rule id, such as {@code state.gold_over_cap}
 * @param target where it stands: a state field name ({@code gold}, {@code x}, …), {@code inv:BAG:SLOT} or
 *               {@code eq:SLOT}
 * @param message why, in user terms
 */
public record Flag(String ruleId, String target, String message) {

    public static String inventoryTarget(int bag, int slot) {
        return "inv:" + bag + ":" + slot;
    }

    public static String equipmentTarget(int slot) {
        return "eq:" + slot;
    }

    /** Where a doctor finding stands in the window: a state field key, {@code inv:BAG:SLOT} or {@code eq:SLOT}. */
    public static String targetOf(Place place) {
        return switch (place.table()) {
            case INVENTORY -> inventoryTarget(place.bag(), place.slot());
            case EQUIPMENT -> equipmentTarget(place.slot());
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
