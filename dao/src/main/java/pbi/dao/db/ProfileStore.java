package pbi.dao.db;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved connection profiles, in the user's config directory. Passwords are kept only when the user asks, in a
 * separate file readable by the user alone.
 */
public final class ProfileStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path directory;

    public ProfileStore(Path directory) {
        this.directory = directory;
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

    public List<ConnectionProfile> list() {
        Path file = directory.resolve("profiles.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<ConnectionProfile>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read saved profiles from " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<ConnectionProfile> find(String name) {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Adds or replaces the profile with the same name; stores the password only when it is not null. */
    public void save(ConnectionProfile profile, String passwordToStore) throws IOException {
        List<ConnectionProfile> profiles = new ArrayList<>(list());
        profiles.removeIf(p -> p.name().equals(profile.name()));
        profiles.add(profile);
        Files.createDirectories(directory);
        JSON.writeValue(directory.resolve("profiles.json").toFile(), profiles);
        Map<String, String> passwords = passwords();
        if (passwordToStore == null) {
            passwords.remove(profile.name());
        } else {
            passwords.put(profile.name(), passwordToStore);
        }
        writePasswords(passwords);
    }

    public void delete(String name) throws IOException {
        List<ConnectionProfile> profiles = new ArrayList<>(list());
        profiles.removeIf(p -> p.name().equals(name));
        Files.createDirectories(directory);
        JSON.writeValue(directory.resolve("profiles.json").toFile(), profiles);
        Map<String, String> passwords = passwords();
        passwords.remove(name);
        writePasswords(passwords);
    }

    public Optional<String> storedPassword(String name) {
        return Optional.ofNullable(passwords().get(name));
    }

    private Map<String, String> passwords() {
        Path file = directory.resolve("passwords.json");
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            return new LinkedHashMap<>();
        }
    }

    private void writePasswords(Map<String, String> passwords) throws IOException {
        Path file = directory.resolve("passwords.json");
        if (passwords.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system; the file stays with the directory's default permissions.
        }
        JSON.writeValue(file.toFile(), passwords);
    }
}
