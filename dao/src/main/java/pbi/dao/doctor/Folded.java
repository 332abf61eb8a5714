package pbi.dao.doctor;

/**
 * Reads the server's folded digests quickly. Anything these fast checks do not recognise as plainly well formed
 * is handed to {@link Checks} (and so to ItemStrings, the one parser) row by row; they never decide a finding.
 */
final class Folded {

    private static final int MAX_ID_DIGITS = 9;
    private static final int MAX_DURATION_DIGITS = 18;

    private Folded() {
    }

    /**
     * Adds the numbers of a comma-separated list of unsigned 64-bit values to {@code sink} as raw bits, but only
     * when there are exactly {@code expected} of them (a fold the server truncated is not half-added).
     */
    static boolean readGuids(String text, long expected, GuidCollector sink) {
        if (text == null || text.isEmpty() || expected > Integer.MAX_VALUE - 8) {
            return expected == 0;
        }
        long[] read = new long[(int) expected];
        int count = 0;
        long value = 0;
        int digits = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ',';
            if (c >= '0' && c <= '9') {
                if (++digits > 20) {
                    return false;
                }
                value = value * 10 + (c - '0');
            } else if (c == ',' && digits > 0 && count < read.length) {
                read[count++] = value;
                value = 0;
                digits = 0;
            } else {
                return false;
            }
        }
        if (count != expected) {
            return false;
        }
        for (long v : read) {
            sink.add(v);
        }
        return true;
    }

    /** True when the '|'-joined strings are exactly {@code expected} plainly well-formed enchantment strings. */
    static boolean plainEnchantments(String joined, long expected) {
        return plain(joined, expected, true);
    }

    /** True when the '|'-joined strings are exactly {@code expected} plainly well-formed gem strings. */
    static boolean plainGems(String joined, long expected) {
        return plain(joined, expected, false);
    }

    private static boolean plain(String joined, long expected, boolean enchantments) {
        if (expected == 0) {
            return joined == null;
        }
        if (joined == null) {
            return false;
        }
        long pieces = 0;
        int start = 0;
        for (int i = 0, n = joined.length(); i <= n; i++) {
            if (i == n || joined.charAt(i) == '|') {
                boolean ok = enchantments ? enchantmentString(joined, start, i) : gemString(joined, start, i);
                if (!ok) {
                    return false;
                }
                pieces++;
                start = i + 1;
            }
        }
        return pieces == expected;
    }

    /** id:duration(;id:duration){0,11} with ids 1-999,999,999 and durations of up to 18 digits. */
    private static boolean enchantmentString(String s, int from, int to) {
        int entries = 0;
        int i = from;
        while (true) {
            int idEnd = number(s, i, to, MAX_ID_DIGITS, true);
            if (idEnd < 0 || idEnd >= to || s.charAt(idEnd) != ':') {
                return false;
            }
            int durationEnd = number(s, idEnd + 1, to, MAX_DURATION_DIGITS, false);
            if (durationEnd < 0) {
                return false;
            }
            if (++entries > pbi.dao.domain.ItemStrings.MAX_ENCHANTMENTS) {
                return false;
            }
            if (durationEnd == to) {
                return true;
            }
            if (s.charAt(durationEnd) != ';') {
                return false;
            }
            i = durationEnd + 1;
        }
    }

    /** id(,id){0,2} with ids 1-999,999,999. */
    private static boolean gemString(String s, int from, int to) {
        int gems = 0;
        int i = from;
        while (true) {
            int end = number(s, i, to, MAX_ID_DIGITS, true);
            if (end < 0 || ++gems > pbi.dao.domain.ItemStrings.MAX_GEMS) {
                return false;
            }
            if (end == to) {
                return true;
            }
            if (s.charAt(end) != ',') {
                return false;
            }
            i = end + 1;
        }
    }

    /** The index after a run of 1..maxDigits digits starting at {@code i}, or -1. */
    private static int number(String s, int i, int to, int maxDigits, boolean nonZeroLead) {
        int j = i;
        while (j < to && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        int digits = j - i;
        if (digits == 0 || digits > maxDigits || (nonZeroLead && s.charAt(i) == '0')) {
            return -1;
        }
        return j;
    }
}
