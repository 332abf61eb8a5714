package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.audit.AuditRecord;
import pbi.dao.audit.AuditTable;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import picocli.CommandLine;

/** Writes from the command line are audited; {@code audit} reads them back through its filters. */
class AuditCommandTest {

    private final BotService service = new BotService(TestDatabase.database());
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private String home;

    @TempDir
    Path dir;

    @BeforeEach
    void twoBrokenBotsAndAnEmptyHome() {
        home = System.getProperty("pbi.home");
        System.setProperty("pbi.home", dir.toString());
        TestDatabase.reset();
        TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
        service.replace(Bots.bot(42, 2, 1));
        service.replace(Bots.bot(43, 2, 1));
        TestDatabase.sql("UPDATE playerbot_state SET level = 0");
    }

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty("pbi.home");
        } else {
            System.setProperty("pbi.home", home);
        }
        TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
    }

    @Test
    void aDoctorFixFromTheCommandLineIsFoundByBotTimeAndUser() {
        assertThat(run("doctor", true, "--fix", "state.level_out_of_range", "--yes")).isEqualTo(ExitCode.OK);

        assertThat(run("audit", false, "--bot", "42", "--since", "1h")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("doctor fix  bot 42  by " + System.getProperty("user.name"),
                "database user " + TestDatabase.settings().user(), "state level: 0 → ")
                .doesNotContain("bot 43");
        assertThat(err.toString()).contains("1 record");

        assertThat(run("audit", false, "--json", "--by", TestDatabase.settings().user())).isEqualTo(0);
        List<AuditRecord> records = out.toString().lines().map(AuditRecord::parse).toList();
        assertThat(records).extracting(AuditRecord::bot)
                .containsExactlyInAnyOrder(BigInteger.valueOf(42), BigInteger.valueOf(43));
        assertThat(out.toString()).doesNotContain(TestDatabase.settings().password());

        assertThat(run("audit", false, "--by", "somebody-else")).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(run("audit", false, "--since", "2099-01-01")).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("0 records");
    }

    @Test
    void badFiltersAreUsageErrorsOnOneLine() {
        assertThat(run("audit", false, "--since", "yesterday")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("error: --since: 'yesterday' is not a time");
        assertThat(run("audit", false, "--bot", "forty-two")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theServerTableExistsOnlyAfterCreateTableAndThenReceivesTheRecords() {
        assertThat(run("audit", true, "--server")).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("has no playerbot_inspector_audit table; create it with audit"
                + " --create-table");
        assertThat(run("doctor", true, "--fix", "state.level_out_of_range", "--yes")).isEqualTo(ExitCode.OK);
        assertThat(tableExists()).as("writes do not create the table").isFalse();

        assertThat(run("audit", true, "--create-table")).isEqualTo(ExitCode.OK);
        assertThat(tableExists()).isTrue();
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid = 43");
        assertThat(run("doctor", true, "--fix", "state.level_out_of_range", "--yes")).isEqualTo(ExitCode.OK);

        assertThat(run("audit", true, "--server", "--since", "10m")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("doctor fix  bot 43", "state level: 0 → ").doesNotContain("bot 42");
    }

    private boolean tableExists() {
        return AuditTable.exists(TestDatabase.database());
    }

    private int run(String command, boolean connects, String... options) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of(command));
        if (connects) {
            args.addAll(List.of("--url", TestDatabase.settings().jdbcUrl(), "--user", TestDatabase.settings().user(),
                    "--password-file", TestDatabase.passwordFile().toString(), "--world", "pbi_no_world_here"));
        }
        args.addAll(List.of(options));
        return cli.execute(args.toArray(String[]::new));
    }
}
