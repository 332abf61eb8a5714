package pbi.dao.embedded;

import pbi.dao.db.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The account of the embedded MariaDB. The server runs with its grant tables, so it needs one: a user of its own
 * with a random password, kept 0600 in the data directory and made (or repaired) at every start through the
 * server's {@code --init-file}, which runs before the server accepts connections. That same step migrates a demo
 * database made by an older version, whose server ran without any authentication.
 */
public final class EmbeddedCredentials {

    public static final String USER = "pbi";
    static final String FILE = "embedded-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private EmbeddedCredentials() {
    }

    /**
     * The password of the embedded server in {@code home}, made on first use.
     *
     * @throws IOException when the file cannot be read or written
     */
    public static synchronized String password(Path home) throws IOException {
        Path file = home.resolve(FILE);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.matches("[A-Za-z0-9]{16,}")) {
                return stored;
            }
            throw new IOException("the embedded database's password file " + file + " is damaged; delete it and"
                    + " start again to make a new password");
        }
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        PrivateFiles.write(file, password.toString().getBytes(StandardCharsets.UTF_8));
        return password.toString();
    }

    /**
     * Writes the SQL that makes the account, 0600, for one start; the caller deletes it once the server is up.
     * Anonymous accounts go, and so do root accounts reachable over TCP.
     */
    static Path initFile(Path home, String password) throws IOException {
        Path init = PrivateFiles.createTemp(home, "init-", ".sql");
        StringBuilder sql = new StringBuilder();
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password)
                    .append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        // Accounts that older installs may have left without a password; the socket-only root@localhost stays.
        sql.append("DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');\n");
        sql.append("FLUSH PRIVILEGES;\n");
        Files.writeString(init, sql, StandardCharsets.UTF_8);
        return init;
    }
}
