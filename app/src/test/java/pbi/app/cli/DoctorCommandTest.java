package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import picocli.CommandLine;

class DoctorCommandTest {

    private final BotService service = new BotService(TestDatabase.database());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void cleanBots() {
        TestDatabase.reset();
        service.replace(Bots.bot(1, 10, 5));
        service.replace(Bots.bot(2, 10, 5));
    }

    @Test
    void cleanDatabaseExitsZero() {
        int code = doctor();

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("no problems found");
    }

    @Test
    void findingsArePrintedGroupedByRuleWithCountsAndExitOne() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid = 2",
                "UPDATE playerbot_inventory SET stack_count = 0 WHERE bot_guid IN (1, 2) AND bag = 19 AND slot = 1");

        int code = doctor();

        assertThat(code).isEqualTo(ExitCode.FOUND);
        assertThat(out.toString())
                .contains("3 problem(s) in 2 bot(s)")
                .contains("state.level_out_of_range  ERROR  1 finding(s)")
                .contains("inventory.stack_zero  ERROR  2 finding(s)")
                .contains("inventory bag 19 slot 1 (stack_count)");
    }

    @Test
    void jsonGivesEveryFindingItsBotRuleSeverityAndDetail() throws Exception {
        TestDatabase.sql("UPDATE playerbot_state SET gold_copper = 18446744073709551615 WHERE bot_guid = 1");

        int code = doctor("--json");

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(code).isEqualTo(ExitCode.FOUND);
        assertThat(root.get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("bot_guid").bigIntegerValue()).isEqualTo(BigInteger.ONE);
            assertThat(f.get("rule").asText()).isEqualTo("state.gold_over_cap");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("detail").asText()).contains("18446744073709551615");
        });
        assertThat(root.get("counts").get("state.gold_over_cap").asInt()).isEqualTo(1);
    }

    @Test
    void mapAndZoneNarrowTheScan() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0, map_id = 1, zone_id = 14 WHERE bot_guid = 2");

        assertThat(doctor("--map", "0")).isEqualTo(ExitCode.OK);
        assertThat(doctor("--map", "1", "--zone", "14")).isEqualTo(ExitCode.FOUND);
    }

    @Test
    void zoneWithoutMapIsAUsageError() {
        assertThat(doctor("--zone", "12")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--zone needs --map");
    }

    @Test
    void fixWithoutYesIsAUsageErrorAndChangesNothing() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid = 2");

        assertThat(doctor("--fix", "all")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--yes");
        assertThat(service.load(BigInteger.TWO).orElseThrow().state().level()).isZero();
    }

    @Test
    void unknownRuleIsAUsageErrorListingTheRules() {
        assertThat(doctor("--fix", "state.nonsense", "--yes")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("state.level_out_of_range");
    }

    @Test
    void fixOfOneRuleRepairsItReportsTheChangeAndExitCodeReflectsWhatRemains() {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0, health = 4294967295 WHERE bot_guid = 2");

        int code = doctor("--fix", "state.level_out_of_range", "--yes");

        assertThat(out.toString())
                .contains("Repaired bot 2:")
                .contains("state (level): 0 → 1")
                .contains("UPDATE playerbot_state SET level = 1 WHERE bot_guid = 2;")
                .contains("state.health_wrapped");
        assertThat(code).isEqualTo(ExitCode.FOUND);
        assertThat(service.load(BigInteger.TWO).orElseThrow().state().level()).isEqualTo(1);
    }

    @Test
    void fixAllLeavesACleanDatabaseAndExitsZero() throws Exception {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0, health = 4294967295 WHERE bot_guid = 2",
                "UPDATE playerbot_equipment SET gems = '1,2,3,4' WHERE bot_guid = 1 AND slot = 0");

        int code = doctor("--fix", "all", "--yes", "--json");

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(root.get("findings")).isEmpty();
        List<String> repaired = new ArrayList<>();
        root.get("repairs").forEach(r -> repaired.add(r.get("bot_guid").asText() + " " + r.get("status").asText()));
        assertThat(repaired).containsExactly("1 FIXED", "2 FIXED");
    }

    private int doctor(String... options) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("doctor", "--url", TestDatabase.settings().jdbcUrl(),
                "--user", TestDatabase.settings().user(), "--password-file", TestDatabase.passwordFile().toString()));
        args.addAll(List.of(options));
        return cli.execute(args.toArray(String[]::new));
    }
}
