package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.embedded.EmbeddedCredentials;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.testing.TestDatabase;

class ConnectionTest {

    @Test
    void poolStartsWhileTheServerIsDownAndRecoversWhenItComesUp() throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path home = Path.of("target/recover-mariadb").toAbsolutePath();
        deleteTree(home.resolve("data"));
        ConnectionSettings settings = new ConnectionSettings("later", "jdbc:mysql://127.0.0.1:" + port
                + "/pbi_recover?sslMode=DISABLED&allowPublicKeyRetrieval=true", EmbeddedCredentials.USER,
                EmbeddedCredentials.password(home));

        try (Database database = Database.open(settings)) {
            assertThatThrownBy(database::verify)
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.CONNECTION))
                    .hasMessageContaining("Cannot reach the database server while connecting to later");

            try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "pbi_recover", port, line -> { })) {
                long up = System.nanoTime();
                DatabaseException last = null;
                for (int attempt = 0; attempt < 60; attempt++) {
                    try {
                        database.verify();
                        last = null;
                        break;
                    } catch (DatabaseException e) {
                        last = e;
                        Thread.sleep(500);
                    }
                }
                System.out.printf("MEASURE recovered %d ms after the server came up%n",
                        (System.nanoTime() - up) / 1_000_000);
                assertThat(last).as("the same pool works once the server is up").isNull();
                assertThat(server.port()).isEqualTo(port);
            }
        }
    }

    /** How long a pool takes to report a server that refuses connections; printed, never asserted. */
    @Test
    @Tag("benchmark")
    void refusedConnectionIsTimed() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ConnectionSettings settings = new ConnectionSettings("nobody", "jdbc:mysql://127.0.0.1:" + port
                + "/pbi_none?sslMode=DISABLED&allowPublicKeyRetrieval=true", "root", "");
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            try (Database database = Database.open(settings)) {
                long started = System.nanoTime();
                assertThatThrownBy(database::verify).isInstanceOf(DatabaseException.class);
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
        }

        Collections.sort(millis);
        System.out.printf("MEASURE refused connection reported after %d ms (median of %d; slowest %d ms)%n",
                millis.get(millis.size() / 2), millis.size(), millis.get(millis.size() - 1));
    }

    @Test
    void secondStartOnTheSameFilesGivesAClearMessage() {
        EmbeddedDatabase running = TestDatabase.server();
        Path home = Path.of(System.getProperty("pbi.test.home", "target/test-mariadb")).toAbsolutePath();

        assertThatThrownBy(() -> EmbeddedDatabase.start(home, "pbi_test", line -> { }))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Another Playerbot Inspector is already using the embedded database in " + home
                        + ". Close it first, or connect this one to a database server.");
        assertThat(running.port()).isPositive();
        TestDatabase.database().verify();
    }

    @Test
    void verifyNamesAMissingSchema() throws Exception {
        ConnectionSettings empty = TestDatabase.server().settingsFor("pbi_empty");
        TestDatabase.sql("DROP TABLE IF EXISTS pbi_empty.playerbot_equipment");
        try (Database database = Database.open(empty)) {
            assertThatThrownBy(database::verify)
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.MISSING_SCHEMA))
                    .hasMessageContaining("2 of the 3 playerbot tables");
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
