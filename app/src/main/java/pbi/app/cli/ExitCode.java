package pbi.app.cli;

/** The command line's exit codes; scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    /** The doctor found problems, or a save met a conflict. */
    public static final int FOUND = 1;
    public static final int USAGE = 2;
    public static final int CONNECTION = 3;
    /** Invalid input or an unknown bot. */
    public static final int INPUT = 4;
    /** A command that writes was refused because the connection is read-only; nothing was written. */
    public static final int READ_ONLY = 5;

    private ExitCode() {
    }
}
