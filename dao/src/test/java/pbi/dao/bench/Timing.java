package pbi.dao.bench;

import java.util.Arrays;

/** Medians of repeated runs. Two cases measured together alternate, so that noise from a shared machine hits both. */
final class Timing {

    /** One run of a case; {@code i} lets runs pick different bots. */
    @FunctionalInterface
    interface Run {
        void run(int i) throws Exception;
    }

    private Timing() {
    }

    /** The median time of one run, in milliseconds, after {@code warmup} unmeasured runs. */
    static double medianMs(int warmup, int runs, Run run) throws Exception {
        return pairMs(warmup, runs, run, null)[0];
    }

    /**
     * Times two cases alternately, swapping which goes first on every run.
     *
     * @return the median milliseconds of {@code a} and of {@code b}
     */
    static double[] pairMs(int warmup, int runs, Run a, Run b) throws Exception {
        for (int i = 0; i < warmup; i++) {
            a.run(-1 - i);
            if (b != null) {
                b.run(-1 - i);
            }
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            if (b == null || i % 2 == 0) {
                ta[i] = time(a, i);
                if (b != null) {
                    tb[i] = time(b, i);
                }
            } else {
                tb[i] = time(b, i);
                ta[i] = time(a, i);
            }
        }
        return new double[] {median(ta), b == null ? Double.NaN : median(tb)};
    }

    /**
     * Times several cases in turn, starting each run with the next case, so that noise from a shared machine hits
     * them all alike. Warm-up runs get negative {@code i}.
     *
     * @return the median milliseconds of each case
     */
    static double[] medians(int warmup, int runs, Run... cases) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Run c : cases) {
                c.run(-1 - i);
            }
        }
        double[][] times = new double[cases.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < cases.length; k++) {
                int c = (i + k) % cases.length;
                times[c][i] = time(cases[c], i);
            }
        }
        double[] medians = new double[cases.length];
        for (int c = 0; c < cases.length; c++) {
            medians[c] = median(times[c]);
        }
        return medians;
    }

    private static double time(Run run, int i) throws Exception {
        long start = System.nanoTime();
        run.run(i);
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
