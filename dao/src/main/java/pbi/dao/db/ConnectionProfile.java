package pbi.dao.db;

/** A saved connection: everything but the password, which is supplied when connecting. */
public record ConnectionProfile(String name, String host, int port, String database, String user, TlsMode tls) {

    public ConnectionProfile {
        tls = tls == null ? TlsMode.PREFERRED : tls;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + "?sslMode=" + tls.name();
    }

    public ConnectionSettings withPassword(String password) {
        return new ConnectionSettings(name, jdbcUrl(), user, password);
    }
}
