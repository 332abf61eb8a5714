package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.db.PrivateFiles;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.testing.TlsServer;
import picocli.CommandLine;

/** The command line never prints a password, escapes what the database holds, and verifies TLS. */
class SecretsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final String secret = TestDatabase.settings().password();

    @TempDir
    Path dir;

    @BeforeEach
    void oneBot() {
        TestDatabase.reset();
        new BotService(TestDatabase.database()).replace(Bots.bot(42, 2, 1));
    }

    private int execute(String... args) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** The test database's URL with the password written into it. */
    private String urlWithPassword() {
        return TestDatabase.settings().jdbcUrl() + "&password=" + secret;
    }

    @Test
    void aPasswordInTheUrlIsNeverPrintedInAnError() {
        int code = execute("export", "--all", "--url",
                "jdbc:mysql://gm:hunter2@127.0.0.1:1/characters?password=hunter2&sslMode=DISABLED", "--user", "gm",
                "--verbose");

        assertThat(code).isEqualTo(ExitCode.CONNECTION);
        assertThat(err.toString()).startsWith("error: ").doesNotContain("hunter2");
    }

    @Test
    void aPasswordInTheUrlAndInAFileIsAUsageErrorNamingBoth() {
        int code = execute("export", "--all", "--url", "jdbc:mysql://(host=127.0.0.1,port=1,password=hunter2)/c",
                "--user", "gm", "--password-file", TestDatabase.passwordFile().toString());

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--url", "--password-file").doesNotContain("hunter2");
    }

    @Test
    void exportAndImportWithTheUrlPasswordNeverShowIt() throws IOException {
        Path file = dir.resolve("bot.json");

        assertThat(execute("export", "--bot", "42", "--out", file.toString(), "--url", urlWithPassword(),
                "--user", TestDatabase.settings().user())).isEqualTo(ExitCode.OK);
        String json = Files.readString(file);
        assertThat(json).contains("\"source\"").doesNotContain(secret);

        assertThat(execute("import", "--in", file.toString(), "--url", urlWithPassword(),
                "--user", TestDatabase.settings().user())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(" to jdbc:mysql://", "password=***").doesNotContain(secret);
        assertThat(err.toString()).doesNotContain(secret);
    }

    @Test
    void controlCharactersFromTheDatabaseAreEscapedAndLongValuesShortened() throws IOException {
        String hostile = "\u001b]0;owned\u0007\u001b[2J";
        String huge = "9".repeat(60_000);
        var bot = Bots.bot(43, 2, 0);
        new BotService(TestDatabase.database()).replace(bot.withInventory(List.of(
                bot.inventory().get(0).withEnchantments(hostile), bot.inventory().get(1).withEnchantments(huge))));

        int code = execute("doctor", "--url", TestDatabase.settings().jdbcUrl(), "--user",
                TestDatabase.settings().user(), "--password-file", TestDatabase.passwordFile().toString());

        assertThat(code).isEqualTo(ExitCode.FOUND);
        assertThat(out.toString()).contains("\\e]0;owned\\a\\e[2J").contains("(60000 characters)")
                .doesNotContain("\u001b").doesNotContain("\u0007").hasSizeLessThan(10_000);

        out.getBuffer().setLength(0);
        Path file = dir.resolve("hostile.json");
        execute("export", "--bot", "43", "--out", file.toString(), "--url", urlWithPassword(), "--user",
                TestDatabase.settings().user());
        err.getBuffer().setLength(0);
        assertThat(execute("import", "--in", file.toString(), "--dry-run", "--url", urlWithPassword(), "--user",
                TestDatabase.settings().user())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("warning: ", "\\e]0;owned\\a").doesNotContain("\u001b")
                .hasSizeLessThan(10_000);
    }

    @Test
    void tlsIsVerifiedWithTheCaFileAndRefusedWithoutIt() throws IOException {
        EmbeddedDatabase tls = TlsServer.server();
        ConnectionSettings settings = tls.settings();
        Path password = dir.resolve("password");
        PrivateFiles.write(password, settings.password().getBytes(StandardCharsets.UTF_8));
        String url = "jdbc:mysql://localhost:" + tls.port() + "/pbi_tls";

        int trusted = execute("doctor", "--url", url, "--user", settings.user(), "--password-file",
                password.toString(), "--tls-ca", TlsServer.caFile().toString());
        assertThat(trusted).as(err.toString()).isEqualTo(ExitCode.OK);

        err.getBuffer().setLength(0);
        int refused = execute("doctor", "--url", url, "--user", settings.user(), "--password-file",
                password.toString(), "--tls-mode", "VERIFY_IDENTITY");
        assertThat(refused).isEqualTo(ExitCode.CONNECTION);
        assertThat(err.toString()).contains("the certificate is not trusted");

        err.getBuffer().setLength(0);
        int wrongName = execute("doctor", "--url", "jdbc:mysql://127.0.0.1:" + tls.port() + "/pbi_tls", "--user",
                settings.user(), "--password-file", password.toString(), "--tls-ca", TlsServer.caFile().toString());
        assertThat(wrongName).isEqualTo(ExitCode.CONNECTION);
        assertThat(err.toString()).contains("the host name does not match the certificate");
    }

    @Test
    void tlsModeTwiceIsAUsageError() {
        int code = execute("doctor", "--url", "jdbc:mysql://realm.example/c?sslMode=REQUIRED", "--user", "gm",
                "--tls-mode", "DISABLED");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("sslMode", "--tls-mode");
    }
}
