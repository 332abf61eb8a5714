package pbi.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the window in a JVM started for a fast start: {@code java -jar} cannot carry JVM options, so the window's
 * command starts the same JVM again with a class-data-sharing archive of the app's own classes and the
 * client compiler only, and waits for it. The archive is recorded by the first window's JVM when it exits and kept
 * in the user's cache; a new jar or another JDK records a new one. Together they halve the CPU a warm start needs.
 *
 * <p>The relaunch is the same JVM ({@code java.home}), its options and its class path. Only this class and the JDK
 * are loaded before it, so the first JVM costs about a tenth of a second. It never relaunches when the class path
 * holds anything but jars (the archive covers jars only), when the options already choose these or load an agent (a
 * debugger's port cannot be opened twice), under the installed app image's launcher (its runtime links JavaFX in,
 * with the JDK's own archive), or with {@code -Dpbi.relaunch=false}.
 */
final class WindowJvm {

    /** Set in the relaunched JVM: when the first one started, in epoch milliseconds, for the start-up figures. */
    static final String LAUNCHED = "pbi.launched";

    private static final List<String> CHOSEN_BY_USER = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-agentlib",
            "-agentpath", "-javaagent", "-Xdebug", "-Xrunjdwp");

    private WindowJvm() {
    }

    /**
     * Runs {@code main} with {@code args} in a JVM of its own and returns its exit code, or nothing when this JVM
     * should run the command itself (it is the relaunched one, or a relaunch is not possible here).
     */
    static OptionalInt relaunch(Class<?> main, String[] args) {
        // The installed app image's runtime already holds JavaFX, archived with the JDK's classes: its warm start
        // measured the same with and without a relaunch, so it keeps one JVM.
        if (System.getProperty(LAUNCHED) != null || "false".equals(System.getProperty("pbi.relaunch"))
                || System.getProperty("jpackage.app-path") != null) {
            return OptionalInt.empty();
        }
        // The same JVM, options and class path.
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        Path java = Path.of(System.getProperty("java.home"), "bin", launcherName());
        String classPath = System.getProperty("java.class.path", "");
        List<String> options = runtime.getInputArguments().stream()
                .filter(option -> !option.startsWith("-Djava.class.path=")).toList();
        List<Path> jars = jars(classPath);
        if (!Files.isExecutable(java) || jars.isEmpty() || choosesItself(options)) {
            return OptionalInt.empty();
        }
        Path archive;
        try {
            archive = archive(cacheHome(System.getenv()).resolve("class-data"), jars);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-cp", classPath, main.getName()));
        arguments.addAll(List.of(args));
        return run(java.toString(), arguments, archive, runtime.getStartTime());
    }

    private static OptionalInt run(String java, List<String> arguments, Path archive, long launched) {
        boolean recording = !Files.isRegularFile(archive);
        Path recorded = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        Process child;
        try {
            child = new ProcessBuilder(command(java, arguments, recording ? null : archive, recorded, launched))
                    .inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // A SIGTERM or Ctrl+C to this JVM closes the window's JVM too, which stops its embedded server.
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(60, TimeUnit.SECONDS);
                Files.deleteIfExists(recorded);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // Deleted by the next recording as abandoned.
            }
        }, "pbi-window-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        }
        if (recording) {
            // 128 and above: ended by a signal, perhaps while it wrote the archive.
            keep(recorded, archive, code < 128);
        }
        return OptionalInt.of(code);
    }

    /** The relaunch: the archive (or its recording) and the client compiler, then this JVM's own arguments. */
    static List<String> command(String java, List<String> arguments, Path archive, Path recording, long launched) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(archive != null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + recording);
        // Start-up is class loading and compiling on few cores; C2's peak speed does not pay back in a window.
        command.add("-XX:TieredStopAtLevel=1");
        // A stale or damaged archive is then ignored silently (newer JDKs would warn on the console).
        command.add("-Xlog:cds*=off");
        command.addAll(quietOnNewerJdks(Runtime.version().feature()));
        command.add("-D" + LAUNCHED + "=" + launched);
        command.addAll(arguments);
        return command;
    }

    /**
     * What keeps JDK 24 and later from printing eight lines of warnings on the console each start: JavaFX 21 loads
     * its native libraries from the class path and allocates memory through {@code sun.misc.Unsafe}. Each option
     * exists from the JDK named (an older JDK would refuse it); the jar's manifest says the first for {@code java -jar}.
     */
    static List<String> quietOnNewerJdks(int feature) {
        List<String> options = new ArrayList<>();
        if (feature >= 22) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        if (feature >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /**
     * Whether the JVM's options already decide what the relaunch would add. They hold the command line's and also
     * those of {@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS} and {@code _JAVA_OPTIONS}.
     */
    static boolean choosesItself(List<String> options) {
        return options.stream().anyMatch(option -> CHOSEN_BY_USER.stream().anyMatch(option::startsWith));
    }

    /** The class path's entries when every one is a jar file, else an empty list. */
    static List<Path> jars(String classPath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.isEmpty() || !Files.isRegularFile(path) || !entry.endsWith(".jar")) {
                return List.of();
            }
            jars.add(path.toAbsolutePath());
        }
        return jars;
    }

    /**
     * The archive for this JDK and these exact jars (path, size and time, which the JVM checks too), in
     * {@code directory}: {@code window-<JDK>-<jars>.jsa}. This JDK's archives of other jars (an older build) and
     * abandoned recordings found there are deleted; other JDKs keep theirs.
     */
    static Path archive(Path directory, List<Path> jars) throws IOException {
        String jdk = System.getProperty("java.home") + '\n' + System.getProperty("java.vm.version");
        StringBuilder classPath = new StringBuilder();
        for (Path jar : jars) {
            classPath.append(jar).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        // A weak hash will do: an archive that does not match its JDK or jars is checked and ignored by the JVM.
        String prefix = "window-" + Integer.toHexString(jdk.hashCode()) + "-";
        String name = prefix + Integer.toHexString(classPath.toString().hashCode()) + ".jsa";
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path old : (Iterable<Path>) files::iterator) {
                String file = old.getFileName().toString();
                if (file.startsWith("window-") && !file.equals(name)
                        && (file.startsWith(prefix) && file.endsWith(".jsa") || abandoned(file))) {
                    Files.deleteIfExists(old);
                }
            }
        }
        return directory.resolve(name);
    }

    /** A recording ({@code <archive>.<pid>.part}) whose JVM is gone without putting it in place. */
    private static boolean abandoned(String file) {
        String[] parts = file.split("\\.");
        if (parts.length < 3 || !parts[parts.length - 1].equals("part")) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isEmpty();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Puts a recorded archive in place once the JVM that recorded it has exited by itself; else drops it. */
    private static void keep(Path recorded, Path archive, boolean exitedByItself) {
        try {
            if (exitedByItself && Files.isRegularFile(recorded) && Files.size(recorded) > 0) {
                Files.move(recorded, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(recorded);
            }
        } catch (IOException e) {
            // No archive this time: the next start records it again.
            try {
                Files.deleteIfExists(recorded);
            } catch (IOException ignored) {
                // Left for the next recording's clean-up of other archives' names.
            }
        }
    }

    /** {@code java}; on Windows {@code javaw.exe} when that started this JVM (no console window), else java.exe. */
    private static String launcherName() {
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            return "java";
        }
        boolean windowed = ProcessHandle.current().info().command()
                .map(command -> Path.of(command).getFileName().toString().equalsIgnoreCase("javaw.exe"))
                .orElse(false);
        return windowed ? "javaw.exe" : "java.exe";
    }

    /** {@code $XDG_CACHE_HOME/playerbot-inspector}, else {@code $HOME/.cache/playerbot-inspector}. */
    static Path cacheHome(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = environment.get("HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache");
        return base.resolve("playerbot-inspector");
    }
}
