package pbi.dao.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gold is stored in copper; people read and type it as "12g 34s 56c". This is the one place that formats and
 * parses it, for the editor's three boxes and the browser's filters alike. Parse failures are
 * {@link IllegalArgumentException}s whose message is the sentence the user reads.
 */
public final class Money {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final Pattern GOLD_PIECES = Pattern.compile("[\\d,]+(\\.\\d+)?");
    private static final Pattern COINS = Pattern.compile(
            "\\s*(?:([\\d,]+)\\s*g)?\\s*(?:(\\d+)\\s*s)?\\s*(?:(\\d+)\\s*c)?\\s*");
    /** A whole number of gold pieces; 16 digits keep any value a BIGINT UNSIGNED of copper can hold in reach. */
    private static final Pattern WHOLE_GOLD = Pattern.compile("\\d{1,16}");
    private static final Pattern COIN = Pattern.compile("\\d{1,2}");

    private Money() {
    }

    /** "214,748g 36s 46c"; the empty string for null. */
    public static String format(BigInteger copper) {
        if (copper == null) {
            return "";
        }
        BigInteger[] goldRest = copper.divideAndRemainder(TEN_THOUSAND);
        BigInteger[] silverCopper = goldRest[1].divideAndRemainder(HUNDRED);
        return String.format(Locale.ROOT, "%,dg %ds %dc", goldRest[0], silverCopper[0], silverCopper[1]);
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

    /**
     * Parses what a user types for an amount: gold pieces ("1500", "1,500", "2.5") or coins ("12g 34s 56c", any
     * part left out). Blank text is no amount (null).
     *
     * @param what the amount's name in the message, such as "Least gold"
     * @throws IllegalArgumentException saying "{what} must be gold pieces (1500) or like 12g 34s 56c"
     */
    public static BigInteger parse(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (GOLD_PIECES.matcher(t).matches()) {
            try {
                return new BigDecimal(t.replace(",", "")).movePointRight(4).toBigInteger();
            } catch (NumberFormatException e) {
                // "1,,": not gold pieces; it is not coins either, so the message below applies
            }
        }
        Matcher m = COINS.matcher(t);
        if (m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            try {
                BigInteger g = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1).replace(",", ""));
                int s = m.group(2) == null ? 0 : coin(m.group(2), "Silver");
                int c = m.group(3) == null ? 0 : coin(m.group(3), "Copper");
                return of(g, s, c);
            } catch (IllegalArgumentException e) {
                // a coin of 100 or more, or "g" with only commas: the general message says what is expected
            }
        }
        throw new IllegalArgumentException(what + " must be gold pieces (1500) or like 12g 34s 56c");
    }

    /** A whole number of gold pieces, commas allowed: the editor's gold box. */
    public static BigInteger wholeGold(String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (!WHOLE_GOLD.matcher(t).matches()) {
            throw new Coins(Coins.Part.GOLD, "Gold must be a whole number of gold pieces");
        }
        return new BigInteger(t);
    }

    /** Silver or copper: 0 to 99. */
    public static int coin(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (!COIN.matcher(t).matches()) {
            throw new Coins("Silver".equals(what) ? Coins.Part.SILVER : Coins.Part.COPPER,
                    what + " must be a whole number from 0 to 99");
        }
        return Integer.parseInt(t);
    }

    /** "Gold must be at most 214,748g 36s 46c". */
    public static String atMost(String what, BigInteger cap) {
        return what + " must be at most " + format(cap);
    }

    /** A coin box that does not parse, and which box it is. */
    public static final class Coins extends IllegalArgumentException {

        public enum Part { GOLD, SILVER, COPPER }

        private final Part part;

        Coins(Part part, String message) {
            super(message);
            this.part = part;
        }

        public Part part() {
            return part;
        }
    }
}
