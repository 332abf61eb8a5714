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
 * @param readReplica a read replica, as {@code host[:port]} (same database, user, password and TLS) or a whole
 *        JDBC URL; null when every read goes to this server
 * @param readOnly the window opens read-only and the command line refuses to write (a safety catch for a
 *        production realm, not a permission: the server's grants are what really stop a write)
 */
public record ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
                                String tlsCa, PasswordStorage passwordStorage, String world, String readReplica,
                                boolean readOnly) {

    public ConnectionProfile {
        tls = tls == null ? TlsTrust.defaultMode(host) : tls;
        tlsCa = tlsCa == null || tlsCa.isBlank() ? null : tlsCa.strip();
        passwordStorage = passwordStorage == null ? PasswordStorage.KEYRING : passwordStorage;
        world = world == null || world.isBlank() ? null : world.strip();
        readReplica = readReplica == null || readReplica.isBlank() ? null : readReplica.strip();
    }

    /** A profile as saved before the read replica and the read-only flag: no replica, writable. */
    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
            String tlsCa, PasswordStorage passwordStorage, String world) {
        this(name, host, port, database, user, tls, tlsCa, passwordStorage, world, null, false);
    }

    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
            String tlsCa, PasswordStorage passwordStorage, String world, String readReplica) {
        this(name, host, port, database, user, tls, tlsCa, passwordStorage, world, readReplica, false);
    }

    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
            String tlsCa, PasswordStorage passwordStorage, String world, boolean readOnly) {
        this(name, host, port, database, user, tls, tlsCa, passwordStorage, world, null, readOnly);
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

    /** The same profile with another read replica (null for none). */
    public ConnectionProfile withReadReplica(String replica) {
        return new ConnectionProfile(name, host, port, database, user, tls, tlsCa, passwordStorage, world, replica,
                readOnly);
    }

    /**
     * The read replica's JDBC URL, or null: {@code host[:port]} becomes a URL to the same database with this
     * profile's TLS mode; a whole URL keeps its own {@code sslMode}, or gets this profile's.
     *
     * @throws IllegalArgumentException when the port of {@code host:port} is not a number
     */
    public String readUrl() {
        if (readReplica == null) {
            return null;
        }
        if (readReplica.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return TlsTrust.urlChoosesMode(readReplica) ? readReplica : TlsTrust.withMode(readReplica, tls);
        }
        String replicaHost = readReplica;
        int replicaPort = port;
        int colon = readReplica.lastIndexOf(':');
        if (colon > 0 && !readReplica.endsWith("]")) {
            replicaHost = readReplica.substring(0, colon);
            try {
                replicaPort = Integer.parseInt(readReplica.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The read replica \"" + readReplica + "\" of profile \"" + name
                        + "\" should be host:port with a numeric port, or a JDBC URL");
            }
        }
        return "jdbc:mysql://" + replicaHost + ":" + replicaPort + "/" + database + "?sslMode=" + tls.name();
    }

    public ConnectionSettings withPassword(String password) {
        return new ConnectionSettings(name, jdbcUrl(), user, password, tlsCa == null ? null : Path.of(tlsCa),
                readUrl(), readOnly);
    }

    /** The same profile, read-only or not. */
    public ConnectionProfile withReadOnly(boolean flag) {
        return new ConnectionProfile(name, host, port, database, user, tls, tlsCa, passwordStorage, world, readReplica,
                flag);
    }
}
