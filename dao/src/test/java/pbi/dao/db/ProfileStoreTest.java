package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.BackendNotSupportedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles and stored passwords get the care ~/.pgpass gets. */
class ProfileStoreTest {

    @TempDir
    Path temp;

    /** The keyring of a machine without one: java-keyring's own "not supported" answer. */
    private static final KeyringVault NO_KEYRING = new KeyringVault(() -> {
        throw new BackendNotSupportedException("no Secret Service on this bus");
    });

    private static ConnectionProfile profile(String name, PasswordStorage storage) {
        return new ConnectionProfile(name, "realm.example", 3306, "characters", "gm", null, null, storage);
    }

    @Test
    void filesAre0600InA0700DirectoryWithNoTemporaryLeftOver() throws IOException {
        Path dir = temp.resolve("config");
        ProfileStore store = new ProfileStore(dir, NO_KEYRING);

        store.save(profile("realm", PasswordStorage.FILE), "s3cret");

        assertThat(PrivateFiles.mode(dir)).isEqualTo("rwx------");
        assertThat(PrivateFiles.mode(dir.resolve("profiles.json"))).isEqualTo("rw-------");
        assertThat(PrivateFiles.mode(dir.resolve("passwords.json"))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("profiles.json", "passwords.json");
        }
        assertThat(store.storedPassword("realm")).contains("s3cret");
    }

    @Test
    void anExistingLooseDirectoryIsTightened() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("loose"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

        new ProfileStore(dir, NO_KEYRING).save(profile("realm", PasswordStorage.FILE), null);

        assertThat(PrivateFiles.mode(dir)).isEqualTo("rwx------");
    }

    @Test
    void aDamagedPasswordFileIsReportedAndLeftAsItIs() throws IOException {
        Path dir = temp.resolve("config");
        ProfileStore store = new ProfileStore(dir, NO_KEYRING);
        store.save(profile("first", PasswordStorage.FILE), "one");
        store.save(profile("second", PasswordStorage.FILE), "two");
        Path passwords = dir.resolve("passwords.json");
        String damaged = Files.readString(passwords).replace("\"two\"", "\"two");
        Files.writeString(passwords, damaged);

        assertThatThrownBy(() -> store.save(profile("third", PasswordStorage.FILE), "three"))
                .isInstanceOf(PasswordVault.VaultException.class)
                .hasMessageContaining(passwords.toString())
                .hasMessageContaining("damaged, so they were left as they are");
        assertThatThrownBy(() -> store.storedPassword("first")).isInstanceOf(PasswordVault.VaultException.class);
        assertThat(Files.readString(passwords, StandardCharsets.UTF_8)).isEqualTo(damaged);
    }

    @Test
    void aDamagedProfilesFileIsReportedAndNeverOverwritten() throws IOException {
        Path dir = temp.resolve("config");
        ProfileStore store = new ProfileStore(dir, NO_KEYRING);
        store.save(profile("first", PasswordStorage.FILE), null);
        Path profiles = dir.resolve("profiles.json");
        Files.writeString(profiles, "[{\"name\": \"first\", ");

        assertThatThrownBy(() -> store.save(profile("second", PasswordStorage.FILE), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
        assertThat(Files.readString(profiles)).isEqualTo("[{\"name\": \"first\", ");
    }

    @Test
    void withoutAKeyringTheChoiceOfKeyringSaysSoAndNothingLandsInAFile() throws IOException {
        Path dir = temp.resolve("config");
        ProfileStore store = new ProfileStore(dir, NO_KEYRING);

        assertThatThrownBy(() -> store.save(profile("realm", PasswordStorage.KEYRING), "s3cret"))
                .isInstanceOf(PasswordVault.VaultException.class)
                .hasMessageStartingWith("No desktop keyring is available here");
        assertThat(dir.resolve("passwords.json")).doesNotExist();
        assertThat(store.find("realm")).isPresent();
    }

    @Test
    void theSystemKeyringEitherWorksOrSaysItIsMissing() {
        KeyringVault system = KeyringVault.system();
        if (system.available()) {
            system.put("pbi-test-entry", "s3cret");
            assertThat(system.get("pbi-test-entry")).contains("s3cret");
            system.remove("pbi-test-entry");
            assertThat(system.get("pbi-test-entry")).isEmpty();
        } else {
            assertThatThrownBy(() -> system.put("pbi-test-entry", "s3cret"))
                    .isInstanceOf(PasswordVault.VaultException.class)
                    .hasMessageContaining("keyring");
        }
    }

    @Test
    void choosingTheFileMovesThePasswordOutOfTheOtherPlace() throws IOException {
        Path dir = temp.resolve("config");
        ProfileStore store = new ProfileStore(dir, NO_KEYRING);
        store.save(profile("realm", PasswordStorage.FILE), "s3cret");

        store.save(profile("realm", PasswordStorage.FILE), null);

        assertThat(store.storedPassword("realm")).isEmpty();
        assertThat(dir.resolve("passwords.json")).doesNotExist();
    }
}
