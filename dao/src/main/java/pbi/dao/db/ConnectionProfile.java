package pbi.dao.db;

/**
 * A saved connection: everything but the password, which is supplied when connecting.
 *
 * @param world the world database's name on the same server (item names and the doctor's item rules); null or
 *        blank looks for {@code world} or {@code acore_world}
 */
public record ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls,
        String world) {

    public ConnectionProfile {
        tls = tls == null ? TlsMode.PREFERRED : tls;
        world = world == null || world.isBlank() ? null : world.strip();
    }

    /** A profile that lets the tool look for the world database. */
    public ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls) {
        this(name, host, port, database, user, tls, null);
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + "?sslMode=" + tls.name();
    }

    public ConnectionSettings withPassword(String password) {
        return new ConnectionSettings(name, jdbcUrl(), user, password);
    }
}
