package pbi.dao.domain;

import java.math.BigInteger;

/**
 * The largest values of the unsigned column types. Which column has which type, and the check of a whole bot, are
 * in {@code pbi.dao.columns} ({@code Tables}, {@code Ranges}).
 */
public final class ColumnRanges {

    public static final BigInteger MAX_BIGINT_UNSIGNED = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    public static final long MAX_INT_UNSIGNED = 0xFFFF_FFFFL;
    public static final int MAX_TINYINT_UNSIGNED = 255;

    private ColumnRanges() {
    }
}
