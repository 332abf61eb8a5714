package pbi.dao.db;

import java.util.Objects;

/**
 * Where to connect, as a JDBC URL plus credentials. {@link ConnectionProfile} builds one from host, port and so on.
 *
 * @param name what the user calls this connection; shown in the window title
 */
public record ConnectionSettings(String name, String jdbcUrl, String user, String password) {

    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        name = name == null || name.isBlank() ? jdbcUrl : name;
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return name + " (" + user + ")";
    }
}
