package pbi.dao.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * A MariaDB of its own that a fault test may kill (SIGKILL to its mysqld, found by its data directory) and start
 * again on the same port and files, so that clients see a real crash and a real restart. Never the shared
 * {@link TestDatabase}.
 */
public final class FaultServer implements AutoCloseable {

    private final Path home;
    private final String database;
    private final int port;
    private EmbeddedDatabase server;

    private FaultServer(Path home, String database, int port) {
        this.home = home;
        this.database = database;
        this.port = port;
    }

    /** A fresh server under target/ with empty playerbot tables. */
    public static FaultServer start(String name) {
        Path home = Path.of("target", "fault-" + name).toAbsolutePath();
        deleteTree(home.resolve("data"));
        FaultServer fault = new FaultServer(home, "pbi_fault", freePort());
        fault.server = EmbeddedDatabase.start(home, fault.database, fault.port, line -> { });
        return fault;
    }

    public ConnectionSettings settings() {
        return server.settings();
    }

    public EmbeddedDatabase server() {
        return server;
    }

    /** SIGKILL to this server's mysqld: no shutdown, no flush, exactly a crash. */
    public void kill() {
        long pid = pid();
        ProcessHandle mysqld = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("mysqld " + pid + " is not running"));
        mysqld.destroyForcibly();
        mysqld.onExit().join();
    }

    /** The mysqld of this server, from the pid file it names. */
    public long pid() {
        try (var connection = server.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT @@pid_file")) {
            rows.next();
            Path file = Path.of(rows.getString(1));
            if (!file.isAbsolute()) {
                file = home.resolve("data").resolve(file);
            }
            return Long.parseLong(Files.readString(file).trim());
        } catch (java.sql.SQLException | IOException e) {
            throw new IllegalStateException("Cannot find the pid of the server in " + home, e);
        }
    }

    /** Starts the server again on the same port and files, after a {@link #kill} or not. */
    public void restart() {
        long t0 = System.nanoTime();
        try {
            server.close();
        } catch (RuntimeException e) {
            // The killed server cannot be stopped cleanly; its lock is released all the same.
        }
        long t1 = System.nanoTime();
        server = EmbeddedDatabase.start(home, database, port, line -> { });
        System.out.printf("restart: stop %.1f s, start %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    /** Runs statements on a connection of their own, outside any pool. */
    public void sql(String... statements) {
        try (var connection = server.connect(); var statement = connection.createStatement()) {
            for (String s : statements) {
                statement.execute(s);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** Waits a little, for a kill to land while a statement runs. */
    public static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
