package pbi.app.gui.main;

import java.nio.file.Path;

/**
 * What Help → About shows besides the connection: the version, and where the data and the log are.
 *
 * @param dataDirectory the embedded database, history and logs live here
 */
public record AppInfo(String version, Path dataDirectory, Path logFile) {

    /** The About text; {@code connection} is already masked (no password). */
    public String describe(String connection) {
        return "Version: " + version + "\nData directory: " + dataDirectory + "\nLog file: " + logFile
                + "\nConnection: " + connection;
    }
}
