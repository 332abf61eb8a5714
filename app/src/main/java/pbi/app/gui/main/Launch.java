package pbi.app.gui.main;

import java.lang.management.ManagementFactory;

/** Time since the JVM started, for the start-up figures in the log. */
final class Launch {

    private Launch() {
    }

    static long millisSince() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
