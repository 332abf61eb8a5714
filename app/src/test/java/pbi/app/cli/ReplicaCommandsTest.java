package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.ReplicaPair;
import picocli.CommandLine;

/** {@code --read-url}: the read commands read the replica and warn on standard error when it is behind. */
class ReplicaCommandsTest {

    private static ReplicaPair pair;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        pair = ReplicaPair.shared();
    }

    @AfterEach
    void replicateAgain() {
        pair.replicaSql("START SLAVE");
    }

    @Test
    void exportReadsTheReplicaAndWarnsWhenReplicationStopped() {
        try (Database primary = Database.open(pair.primarySettings())) {
            new BotService(primary).replace(Bots.bot(700, 1, 1));
            pair.awaitCaughtUp();
            pair.replicaSql("STOP SLAVE SQL_THREAD");
            new BotService(primary).updateGold(BigInteger.valueOf(700), BigInteger.valueOf(4242));
        }

        int code = run("export", "--bot", "700", "--read-url", pair.replicaSettings().jdbcUrl());

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).containsPattern("\"gold_copper\"\\s*:\\s*123456").doesNotContain("4242");
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("Warning: the read replica may be stale: replica lag unknown: replication stopped");
        assertThat(err.toString()).doesNotContain(pair.primarySettings().password());
    }

    @Test
    void withoutReadUrlTheSameExportReadsThePrimaryAndDoesNotWarn() {
        try (Database primary = Database.open(pair.primarySettings())) {
            new BotService(primary).replace(Bots.bot(701, 1, 1));
            pair.replicaSql("STOP SLAVE SQL_THREAD");
            new BotService(primary).updateGold(BigInteger.valueOf(701), BigInteger.valueOf(4343));
        }

        int code = run("export", "--bot", "701");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).containsPattern("\"gold_copper\"\\s*:\\s*4343");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCaughtUpReplicaWithinTheLimitGivesNoWarning() {
        pair.awaitCaughtUp();
        int code = run("doctor", "--map", "0", "--read-url", pair.replicaSettings().jdbcUrl(), "--max-lag", "30");

        assertThat(code).isIn(0, 1);
        assertThat(err.toString()).doesNotContain("Warning");
    }

    @Test
    void readUrlWithTheEmbeddedDatabaseIsAUsageError() {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("export", "--all", "--embedded", "--read-url", "jdbc:mysql://127.0.0.1:1/x");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--read-url goes with --url or --profile");
    }

    @Test
    void theWindowRefusesAReadUrlWithoutAServerBeforeItOpens() {
        CommandLine cli = Cli.commandLine((settings, world) -> {
            throw new AssertionError("the window must not open");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("gui", "--read-url", "jdbc:mysql://127.0.0.1:1/x");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--read-url goes with --url or --profile");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 8];
        System.arraycopy(args, 0, all, 0, args.length);
        String[] connection = {"--url", pair.primarySettings().jdbcUrl(), "--user", pair.primarySettings().user(),
            "--password-file", pair.passwordFile().toString(), "--world", "pbi_no_world_here"};
        System.arraycopy(connection, 0, all, args.length, connection.length);
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(all);
    }
}
