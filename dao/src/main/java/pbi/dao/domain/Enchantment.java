package pbi.dao.domain;

/**
 * One entry of an enchantment string.
 *
 * @param durationSeconds seconds left; 0 means permanent. Kept signed so that a corrupt negative value can be
 *                        reported and written back unchanged.
 */
public record Enchantment(long enchantId, long durationSeconds) {

    public boolean permanent() {
        return durationSeconds == 0;
    }

    @Override
    public String toString() {
        return enchantId + ":" + durationSeconds;
    }
}
