package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile keeps its world database's name; profiles saved before the field existed still load. */
class ProfileWorldTest {

    @TempDir
    Path dir;

    @Test
    void theWorldDatabaseIsStoredInTheProfileJson() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.save(new ConnectionProfile("realm2", "db.example", 3306, "characters2", "trinity", TlsMode.REQUIRED,
                "world2"), null);

        assertThat(store.find("realm2").orElseThrow().world()).isEqualTo("world2");
        assertThat(Files.readString(dir.resolve("profiles.json"))).contains("\"world\" : \"world2\"");
    }

    @Test
    void anOlderProfileWithoutAWorldLoadsAndLetsTheToolLookForIt() throws Exception {
        Files.writeString(dir.resolve("profiles.json"), "[ {\"name\" : \"old\", \"host\" : \"h\", \"port\" : 3306,"
                + " \"database\" : \"characters\", \"user\" : \"u\", \"tls\" : \"PREFERRED\"} ]",
                StandardCharsets.UTF_8);

        ConnectionProfile old = new ProfileStore(dir).find("old").orElseThrow();

        assertThat(old.world()).isNull();
        assertThat(new ConnectionProfile("x", "h", 1, "d", "u", null, "  ").world()).isNull();
    }
}
