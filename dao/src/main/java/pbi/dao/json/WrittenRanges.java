package pbi.dao.json;

import java.util.BitSet;

/**
 * Which bots of an import file (numbered 1..n in file order) are in the database as the file has them, to say
 * exactly what an interrupted import wrote: "bots 1–324 written, 325–2,001 not".
 */
final class WrittenRanges {

    private final int total;
    private final BitSet done = new BitSet();

    WrittenRanges(int total) {
        this.total = total;
    }

    synchronized void add(int number) {
        done.set(number);
    }

    /** "Bots 1–324 of 2,001 are written (or were already up to date), 325–2,001 are not". */
    synchronized String describe() {
        BitSet missing = new BitSet();
        missing.set(1, total + 1);
        missing.andNot(done);
        if (done.isEmpty()) {
            return String.format("None of the file's %,d bots was written", total);
        }
        return String.format("Bots %s of %,d are written (or were already up to date), %s %s not", ranges(done),
                total, ranges(missing), missing.cardinality() == 1 ? "is" : "are");
    }

    static String ranges(BitSet set) {
        StringBuilder out = new StringBuilder();
        for (int from = set.nextSetBit(0); from >= 0; ) {
            int to = set.nextClearBit(from) - 1;
            out.append(out.length() == 0 ? "" : ", ").append(String.format("%,d", from));
            if (to > from) {
                out.append('–').append(String.format("%,d", to));
            }
            from = set.nextSetBit(to + 1);
        }
        return out.toString();
    }
}
