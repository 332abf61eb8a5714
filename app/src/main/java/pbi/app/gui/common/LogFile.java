package pbi.app.gui.common;

import java.nio.file.Path;

/**
 * Where the log is written. The composition root sets {@link #PROPERTY} before anything logs (to
 * {@code <data dir>/logs/inspector.log}); {@code logback.xml} reads the same property, so the file named in messages
 * is the file written.
 */
public final class LogFile {

    public static final String PROPERTY = "pbi.log.file";

    private LogFile() {
    }

    public static Path path() {
        String set = System.getProperty(PROPERTY);
        return set == null || set.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "playerbot-inspector", "inspector.log")
                : Path.of(set);
    }

    /** Points the log at {@code file} unless a property given on the command line already did. */
    public static void useIfUnset(Path file) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, file.toAbsolutePath().toString());
        }
    }
}
