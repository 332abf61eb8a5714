package pbi.app.gui.model;

import pbi.dao.db.DatabaseException;

/** Turns failures into the one line a user reads; the details go to the log. */
public final class Messages {

    private Messages() {
    }

    public static String of(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof DatabaseException) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "Unexpected error: " + failure.getClass().getSimpleName()
                : message;
    }
}
