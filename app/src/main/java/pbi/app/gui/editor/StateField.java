package pbi.app.gui.editor;

import java.util.function.Function;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Money;

/**
 * The boxes of the State tab, in form order. Each knows how the loaded value is shown, whether two states differ
 * in it, and which place the doctor's findings name ({@link #target()}): the three coin boxes share "gold".
 */
public enum StateField {
    GOLD("gold", "Gold", s -> Money.gold(s.goldCopper()).toString()),
    SILVER("silver", "Silver", s -> Integer.toString(Money.silver(s.goldCopper()))),
    COPPER("copper", "Copper", s -> Integer.toString(Money.copper(s.goldCopper()))),
    X("x", "X", s -> Float.toString(s.positionX())),
    Y("y", "Y", s -> Float.toString(s.positionY())),
    Z("z", "Z", s -> Float.toString(s.positionZ())),
    ORIENTATION("orientation", "Orientation", s -> Float.toString(s.orientation())),
    MAP("map", "Map", s -> Long.toString(s.mapId())),
    ZONE("zone", "Zone", s -> Long.toString(s.zoneId())),
    HEALTH("health", "Health", s -> Long.toString(s.health())),
    MANA("mana", "Mana", s -> Long.toString(s.mana())),
    LEVEL("level", "Level", s -> Integer.toString(s.level()));

    private final String key;
    private final String label;
    private final Function<BotState, String> shown;

    StateField(String key, String label, Function<BotState, String> shown) {
        this.key = key;
        this.label = label;
        this.shown = shown;
    }

    /** The box's name in node ids ({@code state-gold}) and in the doctor's places. */
    public String key() {
        return key;
    }

    /** The name a user reads in messages. */
    public String label() {
        return label;
    }

    /** The place the doctor's findings use for this box. */
    public String target() {
        return this == SILVER || this == COPPER ? GOLD.key : key;
    }

    /** The text the box shows for {@code state}. */
    public String shown(BotState state) {
        return shown.apply(state);
    }

    /** True when {@code a} and {@code b} differ in what this box edits; floats compare by their exact bits. */
    public boolean differs(BotState a, BotState b) {
        return switch (this) {
            case GOLD, SILVER, COPPER -> !a.goldCopper().equals(b.goldCopper())
                    && !Money.format(a.goldCopper()).equals(Money.format(b.goldCopper()));
            case X -> Float.floatToRawIntBits(a.positionX()) != Float.floatToRawIntBits(b.positionX());
            case Y -> Float.floatToRawIntBits(a.positionY()) != Float.floatToRawIntBits(b.positionY());
            case Z -> Float.floatToRawIntBits(a.positionZ()) != Float.floatToRawIntBits(b.positionZ());
            case ORIENTATION -> Float.floatToRawIntBits(a.orientation()) != Float.floatToRawIntBits(b.orientation());
            case MAP -> a.mapId() != b.mapId();
            case ZONE -> a.zoneId() != b.zoneId();
            case HEALTH -> a.health() != b.health();
            case MANA -> a.mana() != b.mana();
            case LEVEL -> a.level() != b.level();
        };
    }
}
