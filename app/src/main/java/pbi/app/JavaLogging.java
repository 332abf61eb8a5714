package pbi.app;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what libraries log through {@code java.util.logging} (JavaFX does, at start-up) to the app's log file
 * instead of the console: JUL's own console handler printed JavaFX's two-line warning about running from the class
 * path on every start of the window.
 */
final class JavaLogging extends Handler {

    /** Only the message; the time, level and logger are the log file's own pattern. */
    private final SimpleFormatter messages = new SimpleFormatter();

    private JavaLogging() {
    }

    /** Replaces JUL's console handler with this one; records below WARNING are not even made. */
    static void toLogFile() {
        LogManager.getLogManager().reset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(new JavaLogging());
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String name = record.getLoggerName() == null ? "jul" : record.getLoggerName();
        Logger logger = LoggerFactory.getLogger(name);
        String message = messages.formatMessage(record);
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            logger.error(message, record.getThrown());
        } else if (level >= Level.WARNING.intValue()) {
            logger.warn(message, record.getThrown());
        } else if (level >= Level.INFO.intValue()) {
            logger.info(message, record.getThrown());
        } else {
            logger.debug(message, record.getThrown());
        }
    }

    @Override
    public void flush() {
        // The log file's appender flushes on its own.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
