package pbi.app.cli;

/** Closing a connection after a command, without letting a dead server delay the error message. */
final class Closing {

    private Closing() {
    }

    /**
     * Closes normally after success and always for the embedded server (which must stop cleanly). After a failure
     * on a remote server the pool may wait up to its login timeout for a connection attempt that will never
     * finish, so it is closed on a daemon thread and the error reaches the user at once.
     */
    static void close(OpenConnection open, boolean succeeded) {
        if (succeeded || open.embedded() != null) {
            open.close();
            return;
        }
        Thread closer = new Thread(open::close, "pbi-close-after-failure");
        closer.setDaemon(true);
        closer.start();
    }
}
