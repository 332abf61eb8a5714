package pbi.app.gui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Redact;
import pbi.dao.domain.SafeText;

/** Turns failures into the one line a user reads; the details, stack trace included, go to the log. */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final int LONGEST = 600;

    private Messages() {
    }

    public static String of(Throwable failure) {
        String shown = shown(failure);
        LOG.warn("Shown to the user: {}", shown, failure);
        return shown;
    }

    private static String shown(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof DatabaseException) {
                return trim(t.getMessage());
            }
            t = t.getCause();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "Unexpected error: " + failure.getClass().getSimpleName()
                + ". Details are in the log, " + LogFile.path() + "." : trim(message);
    }

    /** Server consoles and driver dumps stay in the log; the user gets the first lines and where the rest is. */
    static String trim(String message) {
        if (message == null) {
            return "";
        }
        String m = SafeText.escape(Redact.text(message));
        int console = m.indexOf(", last 100 lines of console");
        if (console > 0) {
            m = m.substring(0, console) + ". The computer may be busy; try again. Details are in the log, "
                    + LogFile.path() + ".";
        }
        return m.length() <= LONGEST ? m : m.substring(0, LONGEST) + "… (details are in the log, " + LogFile.path()
                + ")";
    }
}
