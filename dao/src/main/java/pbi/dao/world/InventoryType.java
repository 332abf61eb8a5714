package pbi.dao.world;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code item_template.InventoryType}: what kind of item it is and which equipment slots (0-18) it fits.
 * Unknown codes fit no slot, which is what the game does with them.
 */
public enum InventoryType {
    NON_EQUIP(0, "Not wearable"),
    HEAD(1, "Head", 0),
    NECK(2, "Neck", 1),
    SHOULDERS(3, "Shoulder", 2),
    BODY(4, "Shirt", 3),
    CHEST(5, "Chest", 4),
    WAIST(6, "Waist", 5),
    LEGS(7, "Legs", 6),
    FEET(8, "Feet", 7),
    WRISTS(9, "Wrist", 8),
    HANDS(10, "Hands", 9),
    FINGER(11, "Finger", 10, 11),
    TRINKET(12, "Trinket", 12, 13),
    WEAPON(13, "One-Hand", 15, 16),
    SHIELD(14, "Shield", 16),
    RANGED(15, "Ranged", 17),
    CLOAK(16, "Back", 14),
    TWO_HAND(17, "Two-Hand", 15),
    BAG(18, "Bag"),
    TABARD(19, "Tabard", 18),
    ROBE(20, "Chest", 4),
    MAIN_HAND(21, "Main Hand", 15),
    OFF_HAND(22, "Off Hand", 16),
    HOLDABLE(23, "Held In Off-hand", 16),
    AMMO(24, "Projectile"),
    THROWN(25, "Thrown", 17),
    RANGED_RIGHT(26, "Ranged", 17),
    QUIVER(27, "Quiver"),
    RELIC(28, "Relic", 17);

    /** {@code characters.class} of the warrior, the one class that may wield a two-hander in the off hand. */
    public static final int WARRIOR = 1;
    /** The off-hand equipment slot. */
    public static final int OFF_HAND_SLOT = 16;

    private static final InventoryType[] BY_CODE = values();

    private final int code;
    private final String kind;
    private final List<Integer> slots;

    InventoryType(int code, String kind, Integer... slots) {
        this.code = code;
        this.kind = kind;
        this.slots = List.of(slots);
    }

    public static Optional<InventoryType> of(long code) {
        return Optional.ofNullable(byCode(code));
    }

    private static InventoryType byCode(long code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }

    public int code() {
        return code;
    }

    /** The kind as the game's tooltip names it: "Head", "Two-Hand", "Held In Off-hand". */
    public String kind() {
        return kind;
    }

    /** The equipment slots this type fits for everyone; see {@link #fits(long, int, Integer)} for Titan's Grip. */
    public List<Integer> slots() {
        return slots;
    }

    public boolean wearable() {
        return !slots.isEmpty();
    }

    /** "Two-Hand" for a known code, "type 31" for one this tool does not know. */
    public static String kindName(long code) {
        return of(code).map(InventoryType::kind).orElse("type " + code);
    }

    /**
     * Whether an item of this InventoryType may sit in this equipment slot. A two-hander in the off hand is legal
     * for a warrior (Titan's Grip) and, when the class is unknown, is given the benefit of the doubt.
     *
     * @param classId {@code characters.class}, or null when the bot has no characters row
     */
    public static boolean fits(long code, int slot, Integer classId) {
        InventoryType type = byCode(code);
        if (type == null) {
            return false;
        }
        if (type == TWO_HAND && slot == OFF_HAND_SLOT) {
            return classId == null || classId == WARRIOR;
        }
        return type.slots.contains(slot);
    }

    /** Every type that fits the slot, for an item picker. */
    public static List<InventoryType> fitting(int slot, Integer classId) {
        return Arrays.stream(values()).filter(t -> fits(t.code, slot, classId)).toList();
    }
}
