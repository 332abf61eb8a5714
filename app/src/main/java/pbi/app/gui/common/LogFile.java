package pbi.app.gui.common;

import java.nio.file.Path;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * Where the log is written: {@code <data dir>/logs/inspector.log}, or the file the system property
 * {@link #PROPERTY} names (the tests point it under {@code target/}). Logback asks the same question in
 * {@code pbi.app.LogSetup}, so the file named in messages is the file written.
 */
public final class LogFile {

    public static final String PROPERTY = "pbi.log.file";

    private LogFile() {
    }

    public static Path path() {
        String set = System.getProperty(PROPERTY);
        return set == null || set.isBlank() ? in(EmbeddedDatabase.defaultHome()) : Path.of(set);
    }

    /** The log file of a data directory. */
    public static Path in(Path home) {
        return home.resolve("logs").resolve("inspector.log");
    }
}
