package pbi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.DatabaseException;
import pbi.dao.world.WorldSource;
import pbi.dao.db.Redact;
import pbi.dao.domain.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line: picocli parsing, and one place that turns failures into a line on stderr and an exit code. */
@Command(name = "playerbot-inspector", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Inspect, edit, export, import and repair playerbots in a TrinityCore characters database.",
        subcommands = {GuiCommand.class, ExportCommand.class, ImportCommand.class, DoctorCommand.class,
                MapCommand.class, BulkCommand.class, AuditCommand.class})
public final class Cli implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    /** Returned when the GUI took over and the JVM must not exit yet. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    /**
     * Opens the window on a server, or on the embedded database when the settings are null, reading item names from
     * {@code world}.
     */
    public interface WindowLauncher {
        void launch(ConnectionSettings settings, WorldSource world);

        /** As above, with the window read-only whatever the connection ({@code gui --read-only}). */
        default void launch(ConnectionSettings settings, WorldSource world, boolean readOnly) {
            launch(settings, world);
        }
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    private final WindowLauncher launcher;

    private Cli(WindowLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void run() {
        new GuiCommand(launcher).run();
    }

    /** The command line without a window, for scripts and tests: {@code gui} says it is not available. */
    public static CommandLine commandLine() {
        return commandLine((settings, world) -> {
            throw new ConnectionOptions.UsageException("the window is not available here");
        });
    }

    /** The command line; {@code gui} (and no subcommand at all) opens the window through {@code launcher}. */
    public static CommandLine commandLine(WindowLauncher launcher) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == GuiCommand.class ? type.cast(new GuiCommand(launcher))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = new CommandLine(new Cli(launcher), factory);
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
        } else if (e instanceof ConnectionOptions.ReadOnlyException) {
            code = ExitCode.READ_ONLY;
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
        // Messages may carry a URL or a value from the database: no password, no terminal control characters.
        String safe = SafeText.escape(Redact.text(message));
        LOG.warn("Exit code {}: {}", code, safe, e);
        err.println("error: " + safe);
        if (verbose) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(SafeText.lines(Redact.text(trace.toString())));
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
