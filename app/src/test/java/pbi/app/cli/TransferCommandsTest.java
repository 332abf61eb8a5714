package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import picocli.CommandLine;

class TransferCommandsTest {

    private final BotService service = new BotService(TestDatabase.database());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @BeforeEach
    void twoBots() {
        TestDatabase.reset();
        service.replace(Bots.bot(42, 5, 3));
        service.replace(Bots.bot(43, 2, 1).withState(Bots.state(43).withPosition(1, 2, 3, 1, 14, 0.5f)));
    }

    @Test
    void exportOfOneBotWritesOnePrettyDocumentToStandardOutput() {
        int code = run("export", "--bot", "42");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("{\n").contains("\"bot_guid\" : 42", "\"format\" : \"playerbot-inspector.bot\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exportOfAnUnknownBotExitsWithFourAndOneLine() {
        int code = run("export", "--bot", "42", "999");

        assertThat(code).isEqualTo(4);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("error: No bot with guid 999").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exportWithoutASelectionIsAUsageError() {
        assertThat(run("export")).isEqualTo(2);
        assertThat(run("export", "--all", "--map", "0")).isEqualTo(2);
        assertThat(run("export", "--all", "--format", "xml")).isEqualTo(2);
    }

    @Test
    void exportOfAMapToAFileWritesJsonLines() throws Exception {
        Path file = dir.resolve("map1.jsonl");

        int code = run("export", "--map", "1", "--out", file.toString());

        assertThat(code).isEqualTo(0);
        assertThat(Files.readAllLines(file)).singleElement().asString().contains("\"bot_guid\":43");
        assertThat(err.toString()).contains("Exported 1 bot to");
    }

    @Test
    void dryRunPrintsWhatWouldChangeAndWritesNothing() throws Exception {
        Path file = dir.resolve("all.json");
        assertThat(run("export", "--all", "--format", "array", "--out", file.toString())).isEqualTo(0);
        service.updateGold(BigInteger.valueOf(42), BigInteger.valueOf(7));
        service.delete(BigInteger.valueOf(43));

        int code = run("import", "--in", file.toString(), "--dry-run");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("bot 42 (line 2): replaced", "    gold_copper: 7 → 123456",
                "bot 43 (line 3): new", "2 bots: 1 new, 1 replaced, 0 unchanged; 0 warnings (dry run");
        assertThat(service.load(BigInteger.valueOf(43))).isEmpty();
        assertThat(service.load(BigInteger.valueOf(42)).orElseThrow().state().goldCopper()).isEqualTo(7);

        assertThat(run("import", "--in", file.toString())).isEqualTo(0);
        assertThat(service.load(BigInteger.valueOf(43))).isPresent();
        assertThat(service.load(BigInteger.valueOf(42)).orElseThrow().state().goldCopper()).isEqualTo(123_456);
    }

    @Test
    void refusedImportExitsWithFourNamesTheProblemAndWritesNothing() throws Exception {
        List<String> lines = new ArrayList<>();
        for (long guid : new long[] {50, 51, 52}) {
            lines.add(pbi.dao.json.BotJson.toJson(Bots.bot(guid, 1, 1), null).replaceAll("\\s*\\n\\s*", ""));
        }
        lines.set(1, lines.get(1).replace("\"level\" : 20", "\"level\" : 300"));
        Path file = dir.resolve("bad.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        int code = run("import", "--in", file.toString());

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("refused: line 2", "bot 51", "state level", "300")
                .contains("nothing was written").doesNotContain("Exception");
        for (long guid : new long[] {50, 51, 52}) {
            assertThat(service.load(BigInteger.valueOf(guid))).isEmpty();
        }
    }

    @Test
    void importOfAMissingFileExitsWithFour() {
        assertThat(run("import", "--in", dir.resolve("nope.json").toString())).isEqualTo(4);
        assertThat(err.toString()).startsWith("error: Cannot read");
    }

    /** How long it takes is printed by {@link UnreachableServerTimingTest}, under the benchmark tag. */
    @Test
    void unreachableServerExitsWithThree() {
        int code = execute("export", "--all", "--url", "jdbc:mysql://127.0.0.1:1/characters",
                "--user", "nobody");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: ");
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertThat(run("export", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--bot", "--map", "--zone", "--all", "--out", "--format", "--url",
                "--embedded", "--profile");
        assertThat(run("import", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--dry-run");
        assertThat(run("--version")).isEqualTo(0);
    }

    private int execute(String... args) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        String[] all = args;
        boolean connects = args.length > 0 && !List.of(args).contains("--help") && !List.of(args).contains("--version");
        if (connects) {
            // No world database: other tests on the shared server may leave one, and its item rules would add
            // warnings this test does not count.
            all = new String[args.length + 8];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--url";
            all[args.length + 1] = TestDatabase.settings().jdbcUrl();
            all[args.length + 2] = "--user";
            all[args.length + 3] = TestDatabase.settings().user();
            all[args.length + 4] = "--password-file";
            all[args.length + 5] = TestDatabase.passwordFile().toString();
            all[args.length + 6] = "--world";
            all[args.length + 7] = "pbi_no_world_here";
        }
        return execute(all);
    }
}
