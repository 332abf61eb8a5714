package pbi.app;

import pbi.app.cli.Cli;
import pbi.app.gui.common.LogFile;
import pbi.dao.db.EmbeddedDatabase;

/** The jar's entry point: no arguments opens the window on the embedded database; otherwise a subcommand runs. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before anything logs: Logback reads the file name once, when the first logger is made.
        LogFile.useIfUnset(App.logFileIn(EmbeddedDatabase.defaultHome()));
        int code = App.defaults().run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
