package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Money;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.history.HistoryStore;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import picocli.CommandLine;

/** {@code bulk}: the dry run writes nothing and prints the plan the real run applies; exit codes. */
class BulkCommandTest {

    private final BotService service = new BotService(TestDatabase.database());
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Bots 31-33 in Elwynn Forest with 150,000g, 50,000g and 210,000g; bot 34 in Westfall with 200,000g. */
    @BeforeEach
    void richBots() {
        TestDatabase.reset();
        long[] gold = {150_000, 50_000, 210_000};
        for (int i = 0; i < gold.length; i++) {
            BotSnapshot bot = Bots.bot(31 + i, 2, 1);
            service.replace(bot.withState(bot.state().withGold(Money.parse(gold[i] + "g", "gold"))));
        }
        BotSnapshot far = Bots.bot(34, 1, 1);
        service.replace(far.withState(far.state().withGold(Money.parse("200000g", "gold"))
                .withPosition(-10_500f, 1_000f, 40f, 0, 40, 0f)));
    }

    @Test
    void theDryRunWritesNothingAndPrintsTheSamePlanTheRealRunApplies(@TempDir Path dir) throws Exception {
        int history31 = history(31);
        Path report = dir.resolve("plan.json");

        int dry = bulk("--map", "0", "--zone", "12", "--cap-gold", "100000g", "--dry-run", "--report",
                report.toString());
        String dryOut = out.toString();

        assertThat(dry).isEqualTo(ExitCode.OK);
        assertThat(dryOut).contains("3 bots chosen: 2 to change, 1 unchanged",
                "bot 31: 1 change", "gold: 150,000g 0s 0c → 100,000g 0s 0c",
                "UPDATE playerbot_state SET gold_copper = 1000000000 WHERE bot_guid = 31;", "bot 32: unchanged",
                "Dry run: nothing was written.");
        assertThat(gold(31)).isEqualTo(Money.parse("150000g", "g"));
        assertThat(gold(33)).isEqualTo(Money.parse("210000g", "g"));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("bots")).hasSize(3);
        assertThat(json.get("bots").get(2).get("sql").get(0).asText())
                .isEqualTo("UPDATE playerbot_state SET gold_copper = 1000000000 WHERE bot_guid = 33;");

        out = new StringWriter();
        int real = bulk("--map", "0", "--zone", "12", "--cap-gold", "100000g");
        String realOut = out.toString();

        assertThat(real).isEqualTo(ExitCode.OK);
        String plan = dryOut.substring(0, dryOut.indexOf("Dry run:")).strip();
        assertThat(realOut.strip()).startsWith(plan);
        assertThat(realOut).contains("Applied to 2 bots; 0 conflicts; 0 failed", "bot 31: applied", "bot 33: applied");
        assertThat(gold(31)).isEqualTo(Money.parse("100000g", "g"));
        assertThat(gold(32)).isEqualTo(Money.parse("50000g", "g"));
        assertThat(gold(33)).isEqualTo(Money.parse("100000g", "g"));
        assertThat(gold(34)).isEqualTo(Money.parse("200000g", "g"));
        assertThat(history(31)).isEqualTo(history31 + 1);

        out = new StringWriter();
        assertThat(bulk("--map", "0", "--zone", "12", "--cap-gold", "100000g")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("3 bots chosen: 0 to change, 3 unchanged");
    }

    @Test
    void exitCodesSayWhatWentWrongAndNothingIsWritten() {
        assertThat(bulk("--zone", "12", "--cap-gold", "1g")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--zone needs --map");
        assertThat(bulk("--map", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(bulk("--map", "0", "--cap-gold", "lots")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--cap-gold must be gold pieces (1500) or like 12g 34s 56c");
        assertThat(bulk("--guids", "31,999", "--set-level", "70")).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("No bot with guid 999", "nothing was written");
        assertThat(bulk("--map", "0", "--set-level", "90")).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("The level must be from 1 to 80, not 90");
        assertThat(bulk("--map", "0", "--teleport", "1,12,0,0,0")).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("Elwynn Forest (12) is not on Kalimdor (1)");
        assertThat(bulk("--map", "0", "--repair-durability", "--world", "no_such_world_db")).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("Repairing durability needs the world database");
        assertThat(service.load(BigInteger.valueOf(31)).orElseThrow().state().level()).isEqualTo(20);
    }

    @Test
    void botsChosenByADoctorRuleAndByGuids() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid IN (32, 34)");

        assertThat(bulk("--rule", "state.level_out_of_range", "--set-level", "1")).isEqualTo(ExitCode.OK);

        assertThat(out.toString()).contains("2 bots chosen: 2 to change, 0 unchanged", "level: 0 → 1");
        assertThat(service.load(BigInteger.valueOf(34)).orElseThrow().state().level()).isEqualTo(1);
        out = new StringWriter();
        assertThat(bulk("--guids", "31,33", "--remove-item", "40000", "--dry-run")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Head (slot 0): removed #40000",
                "DELETE FROM playerbot_equipment WHERE bot_guid = 31 AND slot = 0;");
    }

    private BigInteger gold(long guid) {
        return service.load(BigInteger.valueOf(guid)).orElseThrow().state().goldCopper();
    }

    private static int history(long guid) {
        return HistoryStore.inDataHome(EmbeddedDatabase.defaultHome()).list(BigInteger.valueOf(guid)).size();
    }

    private int bulk(String... options) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("bulk", "--url", TestDatabase.settings().jdbcUrl(),
                "--user", TestDatabase.settings().user(), "--password-file", TestDatabase.passwordFile().toString()));
        args.addAll(List.of(options));
        return cli.execute(args.toArray(String[]::new));
    }
}
