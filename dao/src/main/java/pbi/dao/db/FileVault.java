package pbi.dao.db;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import pbi.dao.domain.SafeText;

/**
 * Passwords in a JSON file of mode 0600. A damaged file is reported and left exactly as it is: reading it as empty
 * would let the next save overwrite every other stored password.
 */
public final class FileVault implements PasswordVault {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public FileVault(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<String> get(String profile) {
        return Optional.ofNullable(read().get(profile));
    }

    @Override
    public synchronized void put(String profile, String password) {
        Map<String, String> passwords = read();
        passwords.put(profile, password);
        write(passwords);
    }

    @Override
    public synchronized void remove(String profile) {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, String> passwords = read();
        if (passwords.remove(profile) != null) {
            write(passwords);
        }
    }

    private Map<String, String> read() {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, String> passwords = JSON.readValue(file.toFile(),
                    new TypeReference<LinkedHashMap<String, String>>() { });
            if (passwords == null) {
                throw new IOException("the file holds null instead of an object of passwords");
            }
            return passwords;
        } catch (IOException e) {
            throw new VaultException("The stored passwords in " + file + " are damaged, so they were left as they"
                    + " are: " + SafeText.value(firstLine(e.getMessage())) + ". Repair or delete the file.", e);
        }
    }

    private void write(Map<String, String> passwords) {
        try {
            if (passwords.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                PrivateFiles.write(file, JSON.writeValueAsBytes(passwords));
            }
        } catch (IOException e) {
            throw new VaultException("Cannot store the password in " + file + ": " + e.getMessage(), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
