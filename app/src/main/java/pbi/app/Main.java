package pbi.app;

import java.util.OptionalInt;
import pbi.app.cli.Cli;

/** The jar's entry point: no arguments opens the window on the embedded database; otherwise a subcommand runs. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            // The window runs in a JVM started for a fast start (see WindowJvm); this one only waits for it.
            OptionalInt relaunched = WindowJvm.relaunch(Main.class, args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
        }
        if (args.length == 0 || args[0].equals("gui")) {
            // Logging is set up first, on this thread: a line logged on one thread while another sets logging up is
            // held and replayed with a warning on the console. JavaFX's own warnings go to the same file.
            org.slf4j.LoggerFactory.getILoggerFactory();
            JavaLogging.toLogFile();
        }
        if (args.length == 0) {
            // The window on the embedded database: its server starts now, while the rest of the JVM loads.
            pbi.app.gui.main.EmbeddedStart.prestart();
        }
        int code = App.defaults().run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
