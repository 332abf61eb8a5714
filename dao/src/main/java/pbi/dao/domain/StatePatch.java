package pbi.dao.domain;

import java.math.BigInteger;

/** The state columns a save changes; a null field is left as it is. */
public record StatePatch(
        Float positionX,
        Float positionY,
        Float positionZ,
        Long mapId,
        Long zoneId,
        Float orientation,
        BigInteger goldCopper,
        Long health,
        Long mana,
        Integer level) {

    /** The columns in which {@code edited} differs from {@code base}. Floats are compared bit for bit. */
    public static StatePatch between(BotState base, BotState edited) {
        return new StatePatch(
                changed(base.positionX(), edited.positionX()),
                changed(base.positionY(), edited.positionY()),
                changed(base.positionZ(), edited.positionZ()),
                base.mapId() == edited.mapId() ? null : edited.mapId(),
                base.zoneId() == edited.zoneId() ? null : edited.zoneId(),
                changed(base.orientation(), edited.orientation()),
                base.goldCopper().equals(edited.goldCopper()) ? null : edited.goldCopper(),
                base.health() == edited.health() ? null : edited.health(),
                base.mana() == edited.mana() ? null : edited.mana(),
                base.level() == edited.level() ? null : edited.level());
    }

    public boolean isEmpty() {
        return positionX == null && positionY == null && positionZ == null && mapId == null && zoneId == null
                && orientation == null && goldCopper == null && health == null && mana == null && level == null;
    }

    private static Float changed(float before, float after) {
        return Float.floatToRawIntBits(before) == Float.floatToRawIntBits(after) ? null : after;
    }
}
