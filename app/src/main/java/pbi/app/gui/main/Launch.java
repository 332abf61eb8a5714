package pbi.app.gui.main;

import java.lang.management.ManagementFactory;

/** Time since the app was launched, for the start-up figures in the log. */
final class Launch {

    /** The launch: the first JVM's start when the window runs in a relaunched one (pbi.launched), else this one's. */
    private static final long LAUNCHED = Long.getLong("pbi.launched",
            ManagementFactory.getRuntimeMXBean().getStartTime());

    private Launch() {
    }

    static long millisSince() {
        return System.currentTimeMillis() - LAUNCHED;
    }
}
