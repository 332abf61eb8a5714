package pbi.dao.db;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pbi.dao.domain.SafeText;

/**
 * Saved connection profiles, in the user's config directory (0700; files 0600, written atomically). Passwords are
 * kept only when the user asks: in the desktop keyring, or in a separate 0600 file when the profile says so. A
 * damaged file is reported and never overwritten.
 */
public final class ProfileStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProfileStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path directory;
    private final PasswordVault keyring;
    private final FileVault file;

    public ProfileStore(Path directory) {
        this(directory, KeyringVault.system());
    }

    public ProfileStore(Path directory, PasswordVault keyring) {
        this.directory = directory;
        this.keyring = keyring;
        this.file = new FileVault(directory.resolve("passwords.json"));
    }

    /** {@code $PBI_CONFIG}, else {@code $XDG_CONFIG_HOME/playerbot-inspector}, else ~/.config/playerbot-inspector. */
    public static ProfileStore defaultStore() {
        String explicit = System.getProperty("pbi.config", System.getenv("PBI_CONFIG"));
        if (explicit != null && !explicit.isBlank()) {
            return new ProfileStore(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new ProfileStore(base.resolve("playerbot-inspector"));
    }

    public Path directory() {
        return directory;
    }

    /**
     * @throws IllegalStateException when profiles.json is damaged; the file is left as it is
     */
    public List<ConnectionProfile> list() {
        Path profiles = directory.resolve("profiles.json");
        if (!Files.exists(profiles)) {
            return List.of();
        }
        try {
            List<ConnectionProfile> read = JSON.readValue(profiles.toFile(),
                    new TypeReference<List<ConnectionProfile>>() { });
            if (read == null) {
                throw new IOException("the file holds null instead of a list of profiles");
            }
            return read;
        } catch (IOException e) {
            throw new IllegalStateException("The saved profiles in " + profiles + " are damaged, so they were left"
                    + " as they are: " + SafeText.value(FileVault.firstLine(e.getMessage()))
                    + ". Repair or delete the file.", e);
        }
    }

    public Optional<ConnectionProfile> find(String name) {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Adds or replaces the profile with the same name; stores the password only when it is not null, where the
     * profile says, and forgets it everywhere else.
     *
     * @throws PasswordVault.VaultException when the password could not be stored (the profile itself was saved)
     */
    public void save(ConnectionProfile profile, String passwordToStore) throws IOException {
        List<ConnectionProfile> profiles = new ArrayList<>(list());
        profiles.removeIf(p -> p.name().equals(profile.name()));
        profiles.add(profile);
        writeProfiles(profiles);
        PasswordVault chosen = vault(profile.passwordStorage());
        PasswordVault other = chosen == file ? keyring : file;
        if (passwordToStore == null) {
            forget(profile.name(), chosen);
        } else {
            chosen.put(profile.name(), passwordToStore);
        }
        forget(profile.name(), other);
    }

    public void delete(String name) throws IOException {
        List<ConnectionProfile> profiles = new ArrayList<>(list());
        profiles.removeIf(p -> p.name().equals(name));
        writeProfiles(profiles);
        forget(name, file);
        forget(name, keyring);
    }

    /**
     * The stored password of a saved profile, from where the profile keeps it.
     *
     * @throws PasswordVault.VaultException when the password file cannot be read; a missing or locked keyring
     *     reads as no stored password
     */
    public Optional<String> storedPassword(String name) {
        Optional<ConnectionProfile> profile = find(name);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        if (profile.get().passwordStorage() == PasswordStorage.FILE) {
            return file.get(name);
        }
        try {
            return keyring.get(name);
        } catch (PasswordVault.VaultException e) {
            // Without a keyring nothing can be stored there: the password is asked for, as for any profile.
            LOG.info("No stored password for profile {}: {}", SafeText.escape(name), e.getMessage());
            return Optional.empty();
        }
    }

    private PasswordVault vault(PasswordStorage storage) {
        return storage == PasswordStorage.FILE ? file : keyring;
    }

    /** Forgetting where nothing can be read must not stop a save; a damaged file still stops it. */
    private void forget(String name, PasswordVault vault) {
        try {
            vault.remove(name);
        } catch (PasswordVault.VaultException e) {
            if (vault == file) {
                throw e;
            }
        }
    }

    private void writeProfiles(List<ConnectionProfile> profiles) throws IOException {
        PrivateFiles.write(directory.resolve("profiles.json"), JSON.writeValueAsBytes(profiles));
    }
}
