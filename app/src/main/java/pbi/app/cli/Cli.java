package pbi.app.cli;

import java.io.PrintWriter;
import pbi.dao.db.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line: picocli parsing, and one place that turns failures into a line on stderr and an exit code. */
@Command(name = "playerbot-inspector", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Inspect, edit, export, import and repair playerbots in a TrinityCore characters database.",
        subcommands = {GuiCommand.class, ExportCommand.class, ImportCommand.class, DoctorCommand.class,
                MapCommand.class})
public final class Cli implements Runnable {

    /** Returned by {@link #run} when the GUI took over and the JVM must not exit yet. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    @Override
    public void run() {
        new GuiCommand().run();
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        return GuiCommand.launched() ? KEEP_RUNNING : code;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        // JSON is UTF-8 whatever the terminal's locale says; tests replace this writer with their own.
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
                true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> report(e, line, isVerbose(parsed)));
        return cli;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Prints one clear line (and the stack trace only with --verbose), and picks the exit code. */
    static int report(Exception e, CommandLine line, boolean verbose) {
        PrintWriter err = line.getErr();
        int code;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ConnectionOptions.UsageException) {
            code = ExitCode.USAGE;
        } else if (e instanceof DatabaseException db) {
            code = switch (db.kind()) {
                case CONNECTION, AUTHENTICATION, MISSING_SCHEMA -> ExitCode.CONNECTION;
                case CONFLICT -> ExitCode.FOUND;
                case NOT_FOUND, OUT_OF_RANGE -> ExitCode.INPUT;
                default -> ExitCode.CONNECTION;
            };
        } else if (e instanceof InputException) {
            code = ExitCode.INPUT;
        } else if (e instanceof java.io.IOException) {
            code = ExitCode.INPUT;
        } else {
            code = ExitCode.INPUT;
        }
        err.println("error: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Invalid input or an unknown bot: exit code 4. */
    public static final class InputException extends RuntimeException {
        public InputException(String message) {
            super(message);
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"playerbot-inspector " + (version == null ? "development" : version)};
        }
    }
}
