package pbi.dao.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to connect, as a JDBC URL plus credentials. {@link ConnectionProfile} builds one from host, port and so on.
 *
 * @param name what the user calls this connection; shown in the window title. Never holds a password: without a
 *     name, it is the URL with its passwords masked
 * @param tlsCa the CA certificate file (PEM) to trust for VERIFY_CA and VERIFY_IDENTITY, or null
 * @param readUrl a read replica's JDBC URL, or null: browsing, export, the map and doctor scans read there
 * @param readOnly the user asked (by profile or {@code --read-only}) that nothing be written through this connection
 */
public record ConnectionSettings(String name, String jdbcUrl, String user, String password, Path tlsCa,
                                 String readUrl, boolean readOnly) {

    /** A user named in the URL: {@code ?user=} / {@code &user=}, or {@code //user@host} / {@code //user:pw@host}. */
    private static final Pattern USER_IN_URL = Pattern.compile("(?i)(?:[?&;(]\\s*user\\s*=)|(?://[^/?@]+@)");

    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        name = name == null || name.isBlank() ? Redact.url(jdbcUrl) : Redact.url(name);
        password = password == null ? "" : password;
        readUrl = readUrl == null || readUrl.isBlank() ? null : readUrl.strip();
    }

    public ConnectionSettings(String name, String jdbcUrl, String user, String password, Path tlsCa,
            String readUrl) {
        this(name, jdbcUrl, user, password, tlsCa, readUrl, false);
    }

    public ConnectionSettings(String name, String jdbcUrl, String user, String password, Path tlsCa,
            boolean readOnly) {
        this(name, jdbcUrl, user, password, tlsCa, null, readOnly);
    }

    public ConnectionSettings(String name, String jdbcUrl, String user, String password, Path tlsCa) {
        this(name, jdbcUrl, user, password, tlsCa, null, false);
    }

    /** The same connection, read-only or not. */
    public ConnectionSettings withReadOnly(boolean flag) {
        return new ConnectionSettings(name, jdbcUrl, user, password, tlsCa, readUrl, flag);
    }

    public ConnectionSettings(String name, String jdbcUrl, String user, String password) {
        this(name, jdbcUrl, user, password, null, null, false);
    }

    /** The same primary, with a read replica (or none, for null). */
    public ConnectionSettings withReadUrl(String url) {
        return new ConnectionSettings(name, jdbcUrl, user, password, tlsCa, url, readOnly);
    }

    /**
     * The replica's own settings: its URL, with this connection's user, password and CA file unless the URL names
     * its own user or password. Empty when no replica is set.
     */
    public Optional<ConnectionSettings> readSide() {
        if (readUrl == null) {
            return Optional.empty();
        }
        String readUser = USER_IN_URL.matcher(readUrl).find() ? null : user;
        String readPassword = Redact.hasPassword(readUrl) ? "" : password;
        return Optional.of(new ConnectionSettings(name + " (read replica)", readUrl, readUser, readPassword, tlsCa,
                null, readOnly));
    }

    /** The URL as it may be shown or written: passwords masked. */
    public String safeUrl() {
        return Redact.url(jdbcUrl);
    }

    /** The replica's URL as it may be shown, or null. */
    public String safeReadUrl() {
        return Redact.url(readUrl);
    }

    @Override
    public String toString() {
        return name + " (" + user + ")" + (readUrl == null ? "" : ", reads from " + Redact.url(readUrl));
    }
}
