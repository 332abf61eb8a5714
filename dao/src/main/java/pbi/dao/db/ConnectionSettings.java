package pbi.dao.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where to connect, as a JDBC URL plus credentials. {@link ConnectionProfile} builds one from host, port and so on.
 *
 * @param name what the user calls this connection; shown in the window title. Never holds a password: without a
 *     name, it is the URL with its passwords masked
 * @param tlsCa the CA certificate file (PEM) to trust for VERIFY_CA and VERIFY_IDENTITY, or null
 * @param readOnly the user asked (by profile or {@code --read-only}) that nothing be written through this connection
 */
public record ConnectionSettings(String name, String jdbcUrl, String user, String password, Path tlsCa,
                                 boolean readOnly) {

    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        name = name == null || name.isBlank() ? Redact.url(jdbcUrl) : Redact.url(name);
        password = password == null ? "" : password;
    }

    public ConnectionSettings(String name, String jdbcUrl, String user, String password, Path tlsCa) {
        this(name, jdbcUrl, user, password, tlsCa, false);
    }

    /** The same connection, read-only or not. */
    public ConnectionSettings withReadOnly(boolean flag) {
        return new ConnectionSettings(name, jdbcUrl, user, password, tlsCa, flag);
    }

    public ConnectionSettings(String name, String jdbcUrl, String user, String password) {
        this(name, jdbcUrl, user, password, null);
    }

    /** The URL as it may be shown or written: passwords masked. */
    public String safeUrl() {
        return Redact.url(jdbcUrl);
    }

    @Override
    public String toString() {
        return name + " (" + user + ")";
    }
}
