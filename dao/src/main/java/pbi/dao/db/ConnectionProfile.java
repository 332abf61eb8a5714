package pbi.dao.db;

import java.nio.file.Path;

/**
 * A saved connection: everything but the password, which is supplied when connecting or kept where
 * {@code passwordStorage} says.
 *
 * @param tls the TLS mode; when missing, the server is verified unless it is this machine
 * @param tlsCa the CA certificate file (PEM) that VERIFY_CA and VERIFY_IDENTITY trust, or null for Java's own list
 * @param passwordStorage where a stored password lives; the keyring unless the user chose the file
 * @param world the world database's name on the same server (item names and the doctor's item rules); null or
 *        blank looks for {@code world} or {@code acore_world}
 * @param readOnly the window opens read-only and the command line refuses to write (a safety catch for a
 *        production realm, not a permission: the server's grants are what really stop a write)
 */
public record ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
                                String tlsCa, PasswordStorage passwordStorage, String world, boolean readOnly) {

    public ConnectionProfile {
        tls = tls == null ? TlsTrust.defaultMode(host) : tls;
        tlsCa = tlsCa == null || tlsCa.isBlank() ? null : tlsCa.strip();
        passwordStorage = passwordStorage == null ? PasswordStorage.KEYRING : passwordStorage;
        world = world == null || world.isBlank() ? null : world.strip();
    }

    /** A profile as saved before the read-only flag: writable. */
    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
            String tlsCa, PasswordStorage passwordStorage, String world) {
        this(name, host, port, database, user, tls, tlsCa, passwordStorage, world, false);
    }

    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls) {
        this(name, host, port, database, user, tls, null, null, null);
    }

    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
            String tlsCa, PasswordStorage passwordStorage) {
        this(name, host, port, database, user, tls, tlsCa, passwordStorage, null);
    }

    /** A profile that names its world database. */
    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
            String world) {
        this(name, host, port, database, user, tls, null, null, world);
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + "?sslMode=" + tls.name();
    }

    public ConnectionSettings withPassword(String password) {
        return new ConnectionSettings(name, jdbcUrl(), user, password, tlsCa == null ? null : Path.of(tlsCa),
                readOnly);
    }

    /** The same profile, read-only or not. */
    public ConnectionProfile withReadOnly(boolean flag) {
        return new ConnectionProfile(name, host, port, database, user, tls, tlsCa, passwordStorage, world, flag);
    }
}
