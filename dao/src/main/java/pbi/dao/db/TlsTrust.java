package pbi.dao.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLS that can be verified. Picks the default mode (verify every server but this machine), and turns a CA
 * certificate file (PEM, as servers and their admins hand it out) into the trust store Connector/J reads.
 *
 * <p>Connector/J's {@code trustCertificateKeyStoreUrl} wants a key store, not a PEM file, so the certificates are
 * copied into a PKCS12 file with a random password, 0600 in a 0700 temporary directory of this process, deleted
 * when the JVM exits. It holds only public certificates, but nobody else may swap them.
 */
public final class TlsTrust {

    private static final Pattern MODE_IN_URL = Pattern.compile(
            "(?i)[?&;,(]\\s*(sslMode|useSSL|requireSSL|verifyServerCertificate)\\s*=");
    private static final Pattern KEY_VALUE_HOST = Pattern.compile("(?i)[(,]\\s*host\\s*=\\s*([^,)]*)");
    private static final Map<Path, Store> STORES = new ConcurrentHashMap<>();
    private static Path storeDirectory;

    /** A trust store written for one CA file. */
    private record Store(Path file, String password, long stamp) {
    }

    /** When the CA file changes (a renewed CA), the trust store is made again. */
    private static long stamp(Path caFile) {
        try {
            return Files.getLastModifiedTime(caFile).toMillis() ^ Files.size(caFile);
        } catch (IOException e) {
            return -1;
        }
    }

    private TlsTrust() {
    }

    /** VERIFY_IDENTITY for any server but this machine, where PREFERRED keeps a local test server simple. */
    public static TlsMode defaultMode(String host) {
        return isLocal(host) ? TlsMode.PREFERRED : TlsMode.VERIFY_IDENTITY;
    }

    public static boolean isLocal(String host) {
        if (host == null || host.isBlank()) {
            return true;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.endsWith(".localhost");
    }

    /** Whether the URL already says how to use TLS (sslMode, or the legacy useSSL family). */
    public static boolean urlChoosesMode(String url) {
        return MODE_IN_URL.matcher(url).find();
    }

    /** The host names a JDBC URL connects to, in any of Connector/J's syntaxes. */
    public static List<String> hosts(String url) {
        String rest = url.replaceFirst("^(?i)jdbc:[a-z:]+//", "");
        int end = 0;
        for (int depth = 0; end < rest.length(); end++) {
            char c = rest.charAt(end);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == '/' || c == '?')) {
                break;
            }
        }
        String authority = rest.substring(0, end);
        List<String> hosts = new ArrayList<>();
        Matcher keyValue = KEY_VALUE_HOST.matcher(authority);
        while (keyValue.find()) {
            hosts.add(keyValue.group(1).strip());
        }
        if (!hosts.isEmpty()) {
            return hosts;
        }
        for (String part : authority.split(",")) {
            String host = part.substring(part.lastIndexOf('@') + 1);
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                hosts.add(close > 0 ? host.substring(0, close + 1) : host);
            } else {
                int colon = host.indexOf(':');
                hosts.add(colon >= 0 ? host.substring(0, colon) : host);
            }
        }
        return hosts;
    }

    /** The mode for a URL that does not choose one: verify unless every host is this machine. */
    public static TlsMode defaultMode(List<String> hosts) {
        return hosts.stream().allMatch(TlsTrust::isLocal) ? TlsMode.PREFERRED : TlsMode.VERIFY_IDENTITY;
    }

    /** The URL with {@code sslMode} added. */
    public static String withMode(String url, TlsMode mode) {
        return url + (url.contains("?") ? "&" : "?") + "sslMode=" + mode.name();
    }

    /**
     * Adds the Connector/J properties that make it trust exactly the certificates of {@code settings.tlsCa()}.
     *
     * @throws DatabaseException when the CA file cannot be read or holds no certificate
     */
    public static void configure(ConnectionSettings settings, BiConsumer<String, String> property) {
        if (settings.tlsCa() == null) {
            return;
        }
        Path ca = settings.tlsCa().toAbsolutePath().normalize();
        Store store = STORES.compute(ca, (path, known) -> known != null && known.stamp() == stamp(path) ? known
                : write(path));
        property.accept("trustCertificateKeyStoreUrl", store.file().toUri().toString());
        property.accept("trustCertificateKeyStoreType", "PKCS12");
        property.accept("trustCertificateKeyStorePassword", store.password());
        // Only the CA the user named; Java's public list would also accept any certificate a public CA signed.
        property.accept("fallbackToSystemTrustStore", "false");
    }

    private static Store write(Path caFile) {
        List<Certificate> certificates = read(caFile);
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("ca-" + i, certificates.get(i));
            }
            Path file = PrivateFiles.createTemp(directory(), "trust-", ".p12");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return new Store(file, password, stamp(caFile));
        } catch (IOException | GeneralSecurityException e) {
            throw new DatabaseException(DatabaseException.Kind.CONNECTION,
                    "Cannot prepare the CA certificate " + caFile + " for TLS: " + e.getMessage(), e);
        }
    }

    private static List<Certificate> read(Path caFile) {
        if (!Files.isRegularFile(caFile)) {
            throw new DatabaseException(DatabaseException.Kind.CONNECTION, "The CA certificate file " + caFile
                    + (Files.exists(caFile) ? " is not a file" : " does not exist"));
        }
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (read.isEmpty()) {
                throw new DatabaseException(DatabaseException.Kind.CONNECTION, "The CA certificate file " + caFile
                        + " holds no certificate (expected PEM: -----BEGIN CERTIFICATE-----)");
            }
            return new ArrayList<>(read);
        } catch (IOException | GeneralSecurityException e) {
            throw new DatabaseException(DatabaseException.Kind.CONNECTION, "The CA certificate file " + caFile
                    + " is not a PEM or DER certificate: " + FileVault.firstLine(e.getMessage()), e);
        }
    }

    private static synchronized Path directory() throws IOException {
        if (storeDirectory == null) {
            storeDirectory = PrivateFiles.createTempDirectory("pbi-tls-");
            storeDirectory.toFile().deleteOnExit();
        }
        return storeDirectory;
    }
}
