package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.BackendNotSupportedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read replica's settings, the profile field that names it, and the lag as both servers word it. */
class ReadSideTest {

    @TempDir
    Path temp;

    @Test
    void theReplicaUsesThePrimarysCredentialsUnlessItsUrlNamesItsOwn() {
        ConnectionSettings primary = new ConnectionSettings(null, "jdbc:mysql://primary:3306/characters", "gm",
                "s3cret", Path.of("ca.pem"));
        assertThat(primary.readSide()).isEmpty();

        ConnectionSettings same = primary.withReadUrl("jdbc:mysql://replica:3306/characters?sslMode=VERIFY_CA")
                .readSide().orElseThrow();
        assertThat(same.user()).isEqualTo("gm");
        assertThat(same.password()).isEqualTo("s3cret");
        assertThat(same.tlsCa()).isEqualTo(Path.of("ca.pem"));
        assertThat(same.name()).endsWith("(read replica)");

        ConnectionSettings own = primary.withReadUrl("jdbc:mysql://replica/characters?user=reader&password=pw9x")
                .readSide().orElseThrow();
        assertThat(own.user()).isNull();
        assertThat(own.password()).isEmpty();
        ConnectionSettings userInfo = primary.withReadUrl("jdbc:mysql://reader@replica/characters").readSide()
                .orElseThrow();
        assertThat(userInfo.user()).isNull();
        assertThat(userInfo.password()).isEqualTo("s3cret");
    }

    @Test
    void aReplicaPasswordIsNeverShown() {
        ConnectionSettings settings = new ConnectionSettings(null, "jdbc:mysql://primary/characters", "gm", "x")
                .withReadUrl("jdbc:mysql://replica/characters?user=reader&password=hunter22");
        assertThat(settings.toString()).doesNotContain("hunter22").contains("reads from");
        assertThat(settings.safeReadUrl()).doesNotContain("hunter22");
        assertThat(settings.readSide().orElseThrow().name()).doesNotContain("hunter22");
        assertThat(settings.readSide().orElseThrow().toString()).doesNotContain("hunter22");
    }

    @Test
    void aProfilesReplicaIsHostAndPortOnTheSameDatabaseOrAWholeUrl() {
        ConnectionProfile profile = new ConnectionProfile("realm", "primary", 3307, "characters", "gm",
                TlsMode.VERIFY_IDENTITY);
        assertThat(profile.readUrl()).isNull();
        assertThat(profile.withReadReplica("replica").readUrl())
                .isEqualTo("jdbc:mysql://replica:3307/characters?sslMode=VERIFY_IDENTITY");
        assertThat(profile.withReadReplica(" replica:3310 ").readUrl())
                .isEqualTo("jdbc:mysql://replica:3310/characters?sslMode=VERIFY_IDENTITY");
        assertThat(profile.withReadReplica("jdbc:mysql://r/characters").readUrl())
                .isEqualTo("jdbc:mysql://r/characters?sslMode=VERIFY_IDENTITY");
        assertThat(profile.withReadReplica("jdbc:mysql://r/characters?sslMode=DISABLED").readUrl())
                .isEqualTo("jdbc:mysql://r/characters?sslMode=DISABLED");
        assertThat(profile.withReadReplica("replica").withPassword("pw").readUrl())
                .isEqualTo("jdbc:mysql://replica:3307/characters?sslMode=VERIFY_IDENTITY");
        assertThatThrownBy(() -> profile.withReadReplica("replica:abc").readUrl())
                .hasMessageContaining("host:port with a numeric port");
    }

    @Test
    void theReplicaFieldIsSavedAndOlderProfilesWithoutItStillLoad() throws IOException {
        KeyringVault none = new KeyringVault(() -> {
            throw new BackendNotSupportedException("none");
        });
        ProfileStore store = new ProfileStore(temp.resolve("config"), none);
        store.save(new ConnectionProfile("realm", "primary", 3306, "characters", "gm", TlsMode.PREFERRED)
                .withReadReplica("replica:3306"), null);
        assertThat(new ProfileStore(temp.resolve("config"), none).find("realm").orElseThrow().readReplica())
                .isEqualTo("replica:3306");

        Path old = temp.resolve("old");
        Files.createDirectories(old);
        Files.writeString(old.resolve("profiles.json"), "[{\"name\":\"old\",\"host\":\"h\",\"port\":3306,"
                + "\"database\":\"characters\",\"user\":\"gm\",\"tls\":\"PREFERRED\"}]", StandardCharsets.UTF_8);
        assertThat(new ProfileStore(old, none).find("old").orElseThrow().readReplica()).isNull();
    }

    @Test
    void mysqlsReplicaWordsAndMariadbsSlaveWordsReadTheSame() {
        assertThat(ReplicaLag.fromStatus(Map.of("Seconds_Behind_Source", "7", "Replica_SQL_Running", "Yes")))
                .isEqualTo(ReplicaLag.behind(7));
        assertThat(ReplicaLag.fromStatus(Map.of("Seconds_Behind_Master", "0", "Slave_SQL_Running", "Yes")))
                .isEqualTo(ReplicaLag.behind(0));
        ReplicaLag broken = ReplicaLag.fromStatus(Map.of("Replica_IO_Running", "Connecting",
                "Replica_SQL_Running", "Yes", "Last_IO_Error", "error connecting to source 'repl@db:3306'"));
        assertThat(broken.kind()).isEqualTo(ReplicaLag.Kind.STOPPED);
        assertThat(broken.describe()).contains("the IO thread is still connecting to the primary")
                .contains("error connecting to source");
        assertThat(ReplicaLag.fromStatus(Map.of()).kind()).isEqualTo(ReplicaLag.Kind.NOT_A_REPLICA);
        assertThat(ReplicaLag.fromStatus(Map.of()).over(0)).isFalse();
        assertThat(ReplicaLag.none().describe()).isEmpty();
    }
}
