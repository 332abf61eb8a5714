package pbi.dao.domain;

import java.math.BigInteger;

/** Gold is stored in copper; people read it as "12g 34s 56c". */
public final class Money {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private Money() {
    }

    public static String format(BigInteger copper) {
        if (copper == null) {
            return "";
        }
        BigInteger[] goldRest = copper.divideAndRemainder(TEN_THOUSAND);
        BigInteger[] silverCopper = goldRest[1].divideAndRemainder(HUNDRED);
        return String.format("%,dg %ds %dc", goldRest[0], silverCopper[0], silverCopper[1]);
    }

    public static BigInteger of(BigInteger gold, int silver, int copper) {
        return gold.multiply(TEN_THOUSAND).add(BigInteger.valueOf(silver * 100L + copper));
    }

    public static BigInteger gold(BigInteger copper) {
        return copper.divide(TEN_THOUSAND);
    }

    public static int silver(BigInteger copper) {
        return copper.mod(TEN_THOUSAND).divide(HUNDRED).intValue();
    }

    public static int copper(BigInteger copper) {
        return copper.mod(HUNDRED).intValue();
    }
}
