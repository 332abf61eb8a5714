package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.testing.TestDatabase;
import picocli.CommandLine;

/** {@code map} against the demo world, headless: the picture support staff attach to a ticket. */
class MapCommandTest {

    private static final Path OUT = Path.of("target/map-command");
    private static ConnectionSettings demo;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demoWorld() throws Exception {
        demo = TestDatabase.server().settingsFor("pbi_demo");
        try (Connection c = DriverManager.getConnection(demo.jdbcUrl() + "&rewriteBatchedStatements=true",
                demo.user(), demo.password())) {
            DemoWorld.ensure(c, line -> { });
        }
        Files.createDirectories(OUT);
    }

    @Test
    void writesAPictureOfTheEasternKingdomsAtTheDefaultSize() throws Exception {
        Path file = OUT.resolve("eastern-kingdoms.png");
        Files.deleteIfExists(file);

        int code = map("--map", "0", "--out", file.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(600);
        assertThat(colours(image)).as("distinct colours: zones, grid, text and dots").hasSizeGreaterThan(200);
        assertThat(count(image, 0x1F77B4)).as("pixels in the bots' blue").isGreaterThan(100);
        assertThat(out.toString()).contains("Eastern Kingdoms (0)").contains("bots in view");
    }

    @Test
    void aZoneIsFramedAndItsBotsDrawnOneByOne() throws Exception {
        Path file = OUT.resolve("elwynn.png");

        int code = map("--map", "0", "--zone", "12", "--out", file.toString(), "--width", "900", "--height", "700");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(700);
        assertThat(colours(image)).hasSizeGreaterThan(100);
        assertThat(out.toString()).contains("Elwynn Forest (12)").doesNotContain("counted per cell");
    }

    @Test
    void aZoneOfAnotherMapIsAUsageError() {
        int code = map("--map", "1", "--zone", "12", "--out", OUT.resolve("never.png").toString());

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Elwynn Forest (12) lies on Eastern Kingdoms (0), not on Kalimdor (1)");
        assertThat(OUT.resolve("never.png")).doesNotExist();
    }

    @Test
    void aMissingFolderIsInvalidInputInOneLine() {
        int code = map("--map", "0", "--out", OUT.resolve("no/such/folder/x.png").toString());

        assertThat(code).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).startsWith("error: Cannot write").doesNotContain("Exception");
    }

    @Test
    void anUnreachableServerExitsThree() {
        CommandLine cli = cli();
        int code = cli.execute("map", "--map", "0", "--url", "jdbc:mysql://127.0.0.1:1/none", "--user", "x",
                "--out", OUT.resolve("never.png").toString());

        assertThat(code).isEqualTo(ExitCode.CONNECTION);
    }

    private int map(String... options) {
        List<String> args = new ArrayList<>(List.of("map", "--url", demo.jdbcUrl(), "--user", demo.user(),
                "--password-file", TestDatabase.passwordFile().toString()));
        args.addAll(List.of(options));
        return cli().execute(args.toArray(String[]::new));
    }

    private CommandLine cli() {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    private static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
