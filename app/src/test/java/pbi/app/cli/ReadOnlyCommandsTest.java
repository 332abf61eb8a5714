package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.ConnectionProfile;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.PasswordStorage;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.TlsMode;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.WorldSource;
import picocli.CommandLine;

/** {@code --read-only} and read-only profiles: commands that write refuse with exit code 5 and write nothing. */
class ReadOnlyCommandsTest {

    private final BotService service = new BotService(TestDatabase.database());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String previousConfig;

    @TempDir
    Path dir;

    @BeforeEach
    void oneBotAndAnExport() {
        TestDatabase.reset();
        service.replace(Bots.bot(42, 5, 3));
        previousConfig = System.getProperty("pbi.config");
        System.setProperty("pbi.config", dir.resolve("config").toString());
    }

    @AfterEach
    void restoreConfig() {
        if (previousConfig == null) {
            System.clearProperty("pbi.config");
        } else {
            System.setProperty("pbi.config", previousConfig);
        }
    }

    @Test
    void importWithReadOnlyRefusesWithFiveAndWritesNothingButTheDryRunWorks() throws Exception {
        Path file = exported();
        service.updateGold(BigInteger.valueOf(42), BigInteger.valueOf(7));

        assertThat(run("import", "--in", file.toString(), "--read-only")).isEqualTo(ExitCode.READ_ONLY);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("error: import writes to the database, and this connection is read-only (--read-only):"
                        + " nothing was written; --dry-run shows what it would write");
        assertThat(gold()).isEqualTo(7);

        assertThat(run("import", "--in", file.toString(), "--read-only", "--dry-run")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("gold_copper: 7 → ");
        assertThat(gold()).isEqualTo(7);
    }

    @Test
    void doctorFixWithReadOnlyRefusesButTheScanRuns() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid = 42");

        assertThat(run("doctor", "--fix", "all", "--yes", "--read-only")).isEqualTo(ExitCode.READ_ONLY);
        assertThat(err.toString()).contains("doctor --fix writes to the database", "nothing was written");
        assertThat(service.load(BigInteger.valueOf(42)).orElseThrow().state().level()).isZero();

        assertThat(run("doctor", "--read-only")).isEqualTo(ExitCode.FOUND);
        assertThat(out.toString()).contains("state.level_out_of_range");
    }

    @Test
    void bulkWithReadOnlyRefusesButTheDryRunRuns() {
        service.updateGold(BigInteger.valueOf(42), BigInteger.valueOf(7));

        assertThat(run("bulk", "--guids", "42", "--set-gold", "5", "--read-only")).isEqualTo(ExitCode.READ_ONLY);
        assertThat(err.toString()).contains("bulk writes to the database", "nothing was written");
        assertThat(gold()).isEqualTo(7);

        assertThat(run("bulk", "--guids", "42", "--set-gold", "5", "--read-only", "--dry-run"))
                .isEqualTo(ExitCode.OK);
        assertThat(gold()).isEqualTo(7);
    }

    @Test
    void aReadOnlyProfileRefusesImportLikeTheFlag() throws Exception {
        Path file = exported();
        URI url = URI.create(TestDatabase.settings().jdbcUrl().substring("jdbc:".length()));
        ConnectionProfile profile = new ConnectionProfile("prod", url.getHost(), url.getPort(),
                url.getPath().substring(1), TestDatabase.settings().user(), TlsMode.DISABLED, null,
                PasswordStorage.FILE, "pbi_no_world_here").withReadOnly(true);
        ProfileStore.defaultStore().save(profile, TestDatabase.settings().password());

        assertThat(execute("import", "--in", file.toString(), "--profile", "prod")).isEqualTo(ExitCode.READ_ONLY);
        assertThat(err.toString()).contains("(profile prod is read-only)");
        assertThat(execute("import", "--in", file.toString(), "--profile", "prod", "--dry-run"))
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void guiReadOnlyTellsTheWindow() {
        AtomicReference<Boolean> readOnly = new AtomicReference<>();
        CommandLine cli = Cli.commandLine(new Cli.WindowLauncher() {
            @Override
            public void launch(ConnectionSettings settings, WorldSource world) {
                readOnly.set(false);
            }

            @Override
            public void launch(ConnectionSettings settings, WorldSource world, boolean flag) {
                readOnly.set(flag);
            }
        });
        assertThat(cli.execute("gui", "--read-only")).isZero();
        assertThat(readOnly.get()).isTrue();
        assertThat(cli.execute("gui")).isZero();
        assertThat(readOnly.get()).isFalse();
    }

    private Path exported() throws Exception {
        Path file = dir.resolve("bot.json");
        assertThat(run("export", "--bot", "42", "--out", file.toString(), "--read-only")).isZero();
        assertThat(Files.size(file)).isPositive();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return file;
    }

    private long gold() {
        return service.load(BigInteger.valueOf(42)).orElseThrow().state().goldCopper().longValueExact();
    }

    private int execute(String... args) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", TestDatabase.settings().jdbcUrl(), "--user", TestDatabase.settings().user(),
                "--password-file", TestDatabase.passwordFile().toString(), "--world", "pbi_no_world_here"));
        return execute(all.toArray(String[]::new));
    }
}
