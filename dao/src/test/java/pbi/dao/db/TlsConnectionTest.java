package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.testing.TlsServer;

/** A server with a certificate from the test's own CA: trusted through the CA file, refused without it. */
class TlsConnectionTest {

    private static ConnectionSettings settings(String host, TlsMode mode, Path ca) {
        EmbeddedDatabase server = TlsServer.server();
        ConnectionSettings embedded = server.settings();
        return new ConnectionSettings("tls test", "jdbc:mysql://" + host + ":" + server.port() + "/pbi_tls?sslMode="
                + mode.name(), embedded.user(), embedded.password(), ca);
    }

    @Test
    void theCaFileMakesTheServerTrustedAndTheConnectionIsEncrypted() throws Exception {
        try (Database database = Database.open(settings("localhost", TlsMode.VERIFY_IDENTITY, TlsServer.caFile()))) {
            database.verify();
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(2)).isNotBlank();
            }
        }
    }

    @Test
    void withoutTheCaFileTheCertificateIsNotTrusted() {
        try (Database database = Database.open(settings("localhost", TlsMode.VERIFY_CA, null))) {
            assertThatThrownBy(database::verify)
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.CONNECTION))
                    .hasMessageContaining("the certificate is not trusted");
        }
    }

    @Test
    void anotherCaDoesNotMakeTheServerTrusted() {
        try (Database database = Database.open(settings("localhost", TlsMode.VERIFY_CA, TlsServer.otherCaFile()))) {
            assertThatThrownBy(database::verify).hasMessageContaining("the certificate is not trusted");
        }
    }

    @Test
    void aNameTheCertificateWasNotMadeForIsRefused() {
        try (Database database = Database.open(settings("127.0.0.1", TlsMode.VERIFY_IDENTITY,
                TlsServer.caFile()))) {
            assertThatThrownBy(database::verify)
                    .hasMessageContaining("the host name does not match the certificate");
        }
        try (Database database = Database.open(settings("127.0.0.1", TlsMode.VERIFY_CA, TlsServer.caFile()))) {
            database.verify();
        }
    }

    @Test
    void aServerThatRequiresTlsSaysSo() throws Exception {
        try (Database admin = Database.open(settings("localhost", TlsMode.VERIFY_IDENTITY, TlsServer.caFile()));
                Connection connection = admin.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL require_secure_transport = ON");
            try (Database plain = Database.open(settings("localhost", TlsMode.DISABLED, null))) {
                assertThatThrownBy(plain::verify)
                        .isInstanceOfSatisfying(DatabaseException.class,
                                e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.CONNECTION))
                        .hasMessageContaining("the server requires TLS");
            } finally {
                statement.execute("SET GLOBAL require_secure_transport = OFF");
            }
        }
    }

    @Test
    void aMissingCaFileIsNamed() {
        Path missing = Path.of("target/no-such-ca.pem");
        assertThatThrownBy(() -> Database.open(settings("localhost", TlsMode.VERIFY_CA, missing)))
                .hasMessageContaining("no-such-ca.pem does not exist");
    }

    @Test
    void everyHostButThisMachineIsVerifiedByDefault() {
        assertThat(TlsTrust.defaultMode("realm.example")).isEqualTo(TlsMode.VERIFY_IDENTITY);
        assertThat(TlsTrust.defaultMode("10.0.0.5")).isEqualTo(TlsMode.VERIFY_IDENTITY);
        assertThat(TlsTrust.defaultMode("localhost")).isEqualTo(TlsMode.PREFERRED);
        assertThat(TlsTrust.defaultMode("127.0.0.1")).isEqualTo(TlsMode.PREFERRED);
        assertThat(new ConnectionProfile("p", "realm.example", 3306, "characters", "gm", null).jdbcUrl())
                .endsWith("sslMode=VERIFY_IDENTITY");
        assertThat(TlsTrust.hosts("jdbc:mysql://gm:pw@a.example:3306,b.example/characters?x=1"))
                .containsExactly("a.example", "b.example");
        assertThat(TlsTrust.hosts("jdbc:mysql://address=(host=c.example)(port=3306)/characters"))
                .containsExactly("c.example");
        assertThat(TlsTrust.hosts("jdbc:mysql://(host=d.example,port=3306)/characters")).containsExactly("d.example");
    }
}
