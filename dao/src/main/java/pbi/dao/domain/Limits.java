package pbi.dao.domain;

import java.math.BigInteger;

/**
 * The rules that depend on the server version. The defaults are WotLK 3.3.5's.
 *
 * @param maxLevel highest legal character level
 * @param goldCap MAX_MONEY_AMOUNT in copper
 * @param worldHalfExtent x and y stay within this distance of the map's centre
 * @param maxAbsZ the largest plausible height, in yards
 */
public record Limits(int maxLevel, BigInteger goldCap, double worldHalfExtent, double maxAbsZ) {

    public static final double TWO_PI = 2 * Math.PI;
    /** Health or mana at or above this is a negative number that wrapped around. */
    public static final long WRAPPED_THRESHOLD = 0x8000_0000L;

    public static Limits wotlk() {
        return new Limits(80, BigInteger.valueOf(2_147_483_646L), 64 * 533.33333 / 2, 10_000);
    }
}
