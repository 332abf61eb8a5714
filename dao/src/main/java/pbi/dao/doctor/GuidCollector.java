package pbi.dao.doctor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every item guid of a scan, as raw 64-bit values in one growing array (8 bytes an item: 80 MB at ten million),
 * sorted once at the end to find the values held more than once. Far cheaper than the server's GROUP BY over
 * millions of distinct keys, which spills to disk.
 */
final class GuidCollector {

    private long[] values = new long[1 << 16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, values.length * 2L)));
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The values held more than once, as unsigned numbers. Sorts in place; call once. */
    List<BigInteger> duplicates() {
        Arrays.parallelSort(values, 0, size);
        List<BigInteger> out = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            if (values[i] == values[i - 1] && (i == 1 || values[i - 1] != values[i - 2])) {
                out.add(unsigned(values[i]));
            }
        }
        values = new long[0];
        size = 0;
        return out;
    }

    static BigInteger unsigned(long bits) {
        BigInteger value = BigInteger.valueOf(bits);
        return bits >= 0 ? value : value.add(BigInteger.ONE.shiftLeft(64));
    }
}
