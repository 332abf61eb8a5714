package pbi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoItems;
import pbi.dao.world.DemoWorldDatabase;
import picocli.CommandLine;

/** {@code doctor --world NAME}: the item rules on the command line, and what it says without world data. */
class DoctorItemsCommandTest {

    private static final String CUSTOM_WORLD = "realm_two_items";
    private static final Set<String> ITEM_RULES = Set.of("item.unknown", "equipment.wrong_slot",
            "inventory.stack_over_max", "item.durability_over_max", "equipment.gems_over_sockets");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterAll
    static void dropWorld() {
        TestDatabase.sql("DROP DATABASE IF EXISTS " + CUSTOM_WORLD);
        TestDatabase.reset();
    }

    @Test
    void worldByNameFindsItemCorruptionsInJson() throws Exception {
        TestDatabase.reset();
        try (Connection connection = TestDatabase.connect()) {
            DemoWorldDatabase.create(connection, CUSTOM_WORLD);
        }
        BotService bots = new BotService(TestDatabase.database());
        BotSnapshot bot = new BotSnapshot(Bots.state(7), List.of(
                new InventoryItem(BigInteger.valueOf(7), 19, 0, DemoItems.HEARTHSTONE, BigInteger.valueOf(70), 1, null,
                        0, null),
                new InventoryItem(BigInteger.valueOf(7), 19, 1, 33447, BigInteger.valueOf(71), 40, null, 0, null),
                new InventoryItem(BigInteger.valueOf(7), 19, 2, 900_001, BigInteger.valueOf(72), 1, null, 0, null)),
                List.of());
        bots.replace(bot);

        int code = doctor("--url", TestDatabase.settings().jdbcUrl(), "--user", TestDatabase.settings().user(),
                "--world", CUSTOM_WORLD, "--json");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.FOUND);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.at("/item_rules/checked").asBoolean()).isTrue();
        List<String> found = new ArrayList<>();
        root.get("findings").forEach(f -> found.add(f.get("bot_guid").asText() + " " + f.get("rule").asText() + " "
                + f.get("location").asText()));
        assertThat(found).containsExactly("7 inventory.stack_over_max inventory bag 19 slot 1 (stack_count)",
                "7 item.unknown inventory bag 19 slot 2 (item_id)");
    }

    @Test
    void withoutWorldDataTheOutputSaysTheItemRulesWereSkippedAndWhy() throws Exception {
        TestDatabase.reset();
        new BotService(TestDatabase.database()).replace(Bots.bot(1, 5, 3));
        String[] target = {"--url", TestDatabase.settings().jdbcUrl(), "--user", TestDatabase.settings().user(),
            "--world", "no_world_here"};

        assertThat(doctor(concat(target, "--json"))).isEqualTo(ExitCode.OK);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.at("/item_rules/checked").asBoolean()).isFalse();
        assertThat(root.at("/item_rules/skipped_because").asText()).contains("no database named no_world_here");

        out.getBuffer().setLength(0);
        assertThat(doctor(target)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("no problems found.").contains("Item rules skipped: no database named"
                + " no_world_here");
    }

    /** On the demo world, the item rules find exactly the demo's item-corrupted bots, and no clean bot. */
    @Test
    void onTheDemoWorldTheItemRulesReportExactlyTheItemCorruptedBots() throws Exception {
        ConnectionSettings settings = TestDatabase.server().settingsFor("cli_demo");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            DemoWorld.ensure(connection, "cli_demo_world", line -> { });
        }

        int code = doctor("--url", settings.jdbcUrl(), "--user", settings.user(), "--world", "cli_demo_world",
                "--json");

        assertThat(code).isEqualTo(ExitCode.FOUND);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        Map<BigInteger, Set<String>> found = new TreeMap<>();
        root.get("findings").forEach(f -> found.computeIfAbsent(new BigInteger(f.get("bot_guid").asText()),
                g -> new TreeSet<>()).add(f.get("rule").asText()));
        assertThat(found).isEqualTo(new TreeMap<>(DemoWorld.CORRUPTED));
        Map<BigInteger, Set<String>> itemCorrupted = new TreeMap<>();
        DemoWorld.CORRUPTED.forEach((guid, rules) -> rules.stream().filter(ITEM_RULES::contains)
                .forEach(r -> itemCorrupted.computeIfAbsent(guid, g -> new TreeSet<>()).add(r)));
        Map<BigInteger, Set<String>> itemFound = new TreeMap<>();
        found.forEach((guid, rules) -> rules.stream().filter(ITEM_RULES::contains)
                .forEach(r -> itemFound.computeIfAbsent(guid, g -> new TreeSet<>()).add(r)));
        assertThat(itemFound).isEqualTo(itemCorrupted);
        assertThat(itemFound.values().stream().flatMap(Set::stream)).containsAll(ITEM_RULES);
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    private int doctor(String... options) {
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("doctor"));
        args.addAll(List.of(options));
        if (args.contains("--url")) {
            args.addAll(List.of("--password-file", TestDatabase.passwordFile().toString()));
        }
        return cli.execute(args.toArray(String[]::new));
    }
}
