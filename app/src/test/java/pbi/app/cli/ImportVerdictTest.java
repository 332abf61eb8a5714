package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.json.BotJson;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import picocli.CommandLine;

/**
 * Issue 13, points 2 and 7 from the command line: {@code --dry-run} gives the real run's verdict, and a failure is
 * one line without a stack trace unless {@code --verbose}.
 */
class ImportVerdictTest {

    private final BotService service = new BotService(TestDatabase.database());
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedByTheDryRunAndTheRealRunAlikeAndNothingIsWritten() throws Exception {
        BotSnapshot big = Bots.bot(61, 2, 0);
        big = big.withInventory(List.of(big.inventory().get(0).withEnchantments("x".repeat(70_000)),
                big.inventory().get(1)));
        Path file = jsonl(Bots.bot(60, 1, 1), big, Bots.bot(62, 1, 1));

        int dryRun = run("import", "--in", file.toString(), "--dry-run");
        String dryRunError = err.toString();
        reset();
        int real = run("import", "--in", file.toString());

        assertThat(dryRun).isEqualTo(ExitCode.INPUT);
        assertThat(real).isEqualTo(ExitCode.INPUT);
        assertThat(dryRunError).contains("line 2", "65,535");
        assertThat(err.toString()).contains("line 2", "65,535").doesNotContain("Exception");
        for (long guid = 60; guid <= 62; guid++) {
            assertThat(service.load(BigInteger.valueOf(guid))).isEmpty();
        }
    }

    @Test
    void aFileWithNoBotsExitsFourInTheDryRunAndTheRealRun() throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.writeString(file, "\n", StandardCharsets.UTF_8);

        assertThat(run("import", "--in", file.toString(), "--dry-run")).isEqualTo(ExitCode.INPUT);
        reset();
        assertThat(run("import", "--in", file.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("the file holds no bot documents", "error: ", "nothing was written")
                .doesNotContain("Exception");
    }

    @Test
    void aLockWaitSaysLockWaitInOneLineAndOnlyVerbosePrintsTheStackTrace() throws Exception {
        service.replace(Bots.bot(70, 2, 1));
        BotSnapshot edited = Bots.bot(70, 2, 1).withState(Bots.state(70).withGold(BigInteger.TEN));
        Path file = jsonl(edited);
        // A socket timeout shorter than the server's lock wait: the wait must still read as a lock wait.
        String url = TestDatabase.settings().jdbcUrl() + "&socketTimeout=4000";
        try (Connection holder = TestDatabase.connect(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.executeQuery("SELECT * FROM playerbot_state WHERE bot_guid = 70 FOR UPDATE").close();

            int plain = runWithUrl(url, "import", "--in", file.toString());
            String plainError = err.toString();
            reset();
            int verbose = runWithUrl(url, "import", "--in", file.toString(), "--verbose");

            assertThat(plain).isNotZero().isEqualTo(verbose);
            assertThat(plainError).startsWith("error: ").containsIgnoringCase("lock wait")
                    .doesNotContain("Cannot reach").doesNotContain("Exception").doesNotContain("at pbi.");
            assertThat(plainError.lines().filter(l -> l.startsWith("error: "))).hasSize(1);
            // The trace's tabs are escaped like every other control character printed.
            assertThat(err.toString()).containsIgnoringCase("lock wait").contains("DatabaseException")
                    .contains("at pbi.dao.");
            holder.rollback();
        }
        assertThat(service.load(BigInteger.valueOf(70)).orElseThrow().state().goldCopper())
                .isEqualTo(Bots.state(70).goldCopper());
    }

    private Path jsonl(BotSnapshot... bots) throws Exception {
        List<String> lines = new ArrayList<>();
        for (BotSnapshot b : bots) {
            lines.add(BotJson.toJson(b, null).replaceAll("\\s*\\n\\s*", ""));
        }
        Path file = dir.resolve("bots-" + System.nanoTime() + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private void reset() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        return runWithUrl(TestDatabase.settings().jdbcUrl(), args);
    }

    private int runWithUrl(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", url, "--user", TestDatabase.settings().user(), "--password-file",
                TestDatabase.passwordFile().toString(), "--world", "pbi_no_world_here"));
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(all.toArray(String[]::new));
    }
}
