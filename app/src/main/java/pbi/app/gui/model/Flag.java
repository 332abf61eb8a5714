package pbi.app.gui.model;

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
}
