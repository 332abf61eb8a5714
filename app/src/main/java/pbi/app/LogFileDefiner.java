package pbi.app;

import ch.qos.logback.core.PropertyDefinerBase;
import pbi.app.gui.common.LogFile;

/** Gives {@code logback.xml} the log file's path, worked out the one way {@link LogFile} does. */
public final class LogFileDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogFile.path().toAbsolutePath().toString();
    }
}
