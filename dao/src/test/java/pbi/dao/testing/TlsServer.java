package pbi.dao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * A MariaDB that speaks TLS with a certificate signed by a CA made for the test (openssl), for the name
 * {@code localhost} only. One per test run; started on first use.
 */
public final class TlsServer {

    private static EmbeddedDatabase server;
    private static Path dir;

    private TlsServer() {
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                dir = Path.of("target/tls-mariadb").toAbsolutePath();
                deleteTree(dir);
                Path certs = Files.createDirectories(dir.resolve("certs"));
                makeCertificates(certs);
                server = EmbeddedDatabase.start(dir, "pbi_tls", 0, line -> { }, List.of(
                        "--ssl-ca=" + certs.resolve("ca.pem"),
                        "--ssl-cert=" + certs.resolve("server.pem"),
                        "--ssl-key=" + certs.resolve("server-key.pem")));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Cannot prepare the TLS test server: " + e.getMessage(), e);
            }
        }
        return server;
    }

    /** The CA certificate (PEM) that signed the server's certificate. */
    public static Path caFile() {
        server();
        return dir.resolve("certs/ca.pem");
    }

    /** A CA certificate that signed nothing this server shows. */
    public static Path otherCaFile() {
        server();
        return dir.resolve("certs/other-ca.pem");
    }

    private static void makeCertificates(Path certs) throws IOException, InterruptedException {
        Files.writeString(certs.resolve("server.ext"), "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n");
        openssl(certs, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem",
                "-days", "2", "-subj", "/CN=Playerbot Inspector test CA");
        openssl(certs, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca-key.pem", "-out",
                "other-ca.pem", "-days", "2", "-subj", "/CN=Some other CA");
        openssl(certs, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server-key.pem", "-out", "server.csr",
                "-subj", "/CN=localhost");
        openssl(certs, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext");
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("openssl " + args[0] + " failed: " + output);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
