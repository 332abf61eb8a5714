package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile can be read-only; the flag is saved, reaches the connection settings, and older files load writable. */
class ProfileReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void theReadOnlyFlagIsStoredAndCarriedToTheSettings() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.save(new ConnectionProfile("prod", "db.example", 3306, "characters", "gm", TlsMode.REQUIRED)
                .withReadOnly(true), null);

        ConnectionProfile read = store.find("prod").orElseThrow();
        assertThat(read.readOnly()).isTrue();
        assertThat(Files.readString(dir.resolve("profiles.json"))).contains("\"readOnly\" : true");
        assertThat(read.withPassword("x").readOnly()).isTrue();
        assertThat(read.withReadOnly(false).withPassword("x").readOnly()).isFalse();
    }

    @Test
    void aProfileSavedBeforeTheFlagExistedIsWritable() throws Exception {
        Files.writeString(dir.resolve("profiles.json"), "[ {\"name\" : \"old\", \"host\" : \"h\", \"port\" : 3306,"
                + " \"database\" : \"characters\", \"user\" : \"u\", \"tls\" : \"PREFERRED\", \"world\" : \"w\"} ]",
                StandardCharsets.UTF_8);

        ConnectionProfile old = new ProfileStore(dir).find("old").orElseThrow();

        assertThat(old.readOnly()).isFalse();
        assertThat(old.world()).isEqualTo("w");
    }
}
