package pbi.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Redact;
import pbi.dao.db.TlsMode;
import pbi.dao.db.TlsTrust;

/** Turns {@code --url} with {@code --tls-mode}, {@code --tls-ca} and the password sources into settings. */
final class TlsOptions {

    /** Reads the password from a file, the environment or a prompt. */
    @FunctionalInterface
    interface PasswordSource {
        String read() throws IOException;
    }

    private TlsOptions() {
    }

    static ConnectionSettings settings(String url, String user, TlsMode mode, Path tlsCa, PasswordSource password,
            boolean passwordFile, boolean passwordEnvironment) throws IOException {
        if (Redact.hasPassword(url) && (passwordFile || passwordEnvironment)) {
            throw new ConnectionOptions.UsageException("The password is given twice: in the --url and in "
                    + (passwordFile ? "--password-file" : "PBI_PASSWORD") + ". Give it in one place only.");
        }
        String effective = url;
        if (TlsTrust.urlChoosesMode(url)) {
            if (mode != null) {
                throw new ConnectionOptions.UsageException("The TLS mode is given twice: sslMode in the --url and"
                        + " --tls-mode. Give it in one place only.");
            }
        } else {
            List<String> hosts = TlsTrust.hosts(url);
            TlsMode chosen = mode != null ? mode : tlsCa != null ? TlsMode.VERIFY_IDENTITY
                    : TlsTrust.defaultMode(hosts);
            effective = TlsTrust.withMode(url, chosen);
        }
        String secret = Redact.hasPassword(url) ? "" : password.read();
        return new ConnectionSettings(null, effective, user, secret, tlsCa);
    }

    /**
     * A read replica's URL with the TLS mode the primary's options give: its own {@code sslMode} when it names one,
     * else {@code --tls-mode}, else verified unless the replica is this machine.
     */
    static String readUrl(String url, TlsMode mode, Path tlsCa) {
        if (TlsTrust.urlChoosesMode(url)) {
            return url;
        }
        TlsMode chosen = mode != null ? mode : tlsCa != null ? TlsMode.VERIFY_IDENTITY
                : TlsTrust.defaultMode(TlsTrust.hosts(url));
        return TlsTrust.withMode(url, chosen);
    }
}
