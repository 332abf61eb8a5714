package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.TestDatabase;

class JsonRoundTripTest {

    private static Database target;
    private final BotService source = new BotService(TestDatabase.database());

    @TempDir
    Path dir;

    @BeforeAll
    static void openImportDatabase() throws Exception {
        target = Database.open(TestDatabase.server().settingsFor("pbi_import_test"));
    }

    @AfterAll
    static void closeImportDatabase() {
        target.close();
    }

    @BeforeEach
    void emptyBothDatabases() throws Exception {
        TestDatabase.reset();
        try (var c = target.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("DELETE FROM playerbot_inventory");
            s.execute("DELETE FROM playerbot_equipment");
            s.execute("DELETE FROM playerbot_state");
        }
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesIdenticalRows() throws Exception {
        List<BotSnapshot> bots = Extremes.bots();
        bots.forEach(source::replace);
        for (ExportFormat format : List.of(ExportFormat.JSON_LINES, ExportFormat.JSON_ARRAY)) {
            emptyTarget();
            Path file = export(new ExportSelection.All(), format);

            BotImporter importer = new BotImporter(target, Limits.wotlk());
            List<BotPlan> plans = new ArrayList<>();
            ImportCheck check = importer.check(file, plans::add, ExportProgress.NONE);
            assertThat(check.refused()).isEmpty();
            assertThat(plans).extracting(BotPlan::status).containsOnly(BotPlan.Status.NEW);
            assertThat(importer.apply(check, ExportProgress.NONE).written()).isEqualTo(bots.size());

            BotService imported = new BotService(target);
            for (BotSnapshot bot : bots) {
                BotSnapshot original = source.load(bot.guid()).orElseThrow();
                BotSnapshot copy = imported.load(bot.guid()).orElseThrow();
                assertThat(copy.sameValues(original)).as("bot %s via %s", bot.guid(), format).isTrue();
                assertThat(Float.floatToRawIntBits(copy.state().orientation()))
                        .isEqualTo(Float.floatToRawIntBits(original.state().orientation()));
            }
        }
    }

    @Test
    void importReportsDoctorCorruptValuesAsWarningsAndStillImportsThem() throws Exception {
        Extremes.bots().forEach(source::replace);
        ImportCheck check = new BotImporter(target, Limits.wotlk())
                .check(export(new ExportSelection.All(), ExportFormat.JSON_LINES), p -> { }, ExportProgress.NONE);

        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).extracting(Problem::rule).contains("state.gold_over_cap",
                "state.health_wrapped", "state.mana_wrapped", "state.level_out_of_range",
                "state.position_out_of_world", "inventory.enchantments_malformed", "inventory.bag_not_a_bag",
                "inventory.stack_zero", "equipment.too_many_gems", "equipment.gems_malformed",
                "equipment.slot_out_of_range", "equipment.item_id_zero");
        assertThat(check.warnings()).allSatisfy(w -> {
            assertThat(w.bot()).isNotNull();
            assertThat(w.line()).isPositive();
        });
    }

    @Test
    void rawStringsAreExactAndStructuredListsCarryTheProblems() throws Exception {
        Extremes.bots().forEach(source::replace);
        Path file = export(new ExportSelection.Bots(List.of(Extremes.MAX_U64)), ExportFormat.PRETTY);
        JsonNode doc = new ObjectMapper().readTree(file.toFile());

        assertThat(doc.get("state").get("gold_copper").bigIntegerValue()).isEqualTo(Extremes.MAX_U64);
        assertThat(doc.get("state").get("health").longValue()).isEqualTo(4_294_967_295L);
        assertThat(doc.get("inventory").get(0).get("enchantments").isNull()).isTrue();
        assertThat(doc.get("inventory").get(1).get("enchantments").textValue()).isEmpty();
        JsonNode malformed = doc.get("inventory").get(2);
        assertThat(malformed.get("enchantments").textValue()).isEqualTo("3225:0;;x:y:z;-5:abc");
        assertThat(malformed.get("enchantment_list").get(0).get("enchant_id").intValue()).isEqualTo(3225);
        assertThat(malformed.get("enchantment_problems")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(doc.get("inventory").get(4).get("enchantments").textValue()).startsWith("☃");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"position_x\" : 3.4028235E38", "\"orientation\" : -0.0",
                "\"position_z\" : 1.4E-45", "\"gold_copper\" : 18446744073709551615");
        assertThat(doc.get("source").get("server").textValue()).doesNotContain("password");
    }

    @Test
    void exportsValidateAgainstTheSchema() throws Exception {
        Extremes.bots().forEach(source::replace);
        JsonSchema schema;
        try (InputStream in = BotJson.class.getResourceAsStream(BotJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Path file = export(new ExportSelection.All(), ExportFormat.JSON_LINES);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(Extremes.bots().size());
        for (String line : lines) {
            Set<ValidationMessage> errors = schema.validate(mapper.readTree(line));
            assertThat(errors).isEmpty();
        }
        JsonNode broken = mapper.readTree(lines.get(0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("state")).put("gold_copper",
                Extremes.MAX_U64.add(BigInteger.ONE));
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void exportOfAZoneHoldsOnlyItsBotsInGuidOrder() throws Exception {
        Extremes.bots().forEach(source::replace);
        Path file = export(new ExportSelection.Area(0, 12L), ExportFormat.JSON_LINES);
        List<BigInteger> guids = new ArrayList<>();
        try (BotReader reader = new BotReader(Files.newInputStream(file), Limits.wotlk())) {
            BotReader.Entry e;
            while ((e = reader.next()) != null) {
                guids.add(e.guid());
            }
        }
        assertThat(guids).containsExactly(BigInteger.valueOf(42));
    }

    @Test
    void cancelledExportStopsEarly() throws Exception {
        for (int i = 1; i <= 200; i++) {
            source.replace(pbi.dao.testing.Bots.bot(i, 2, 1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] asked = {0};
        BotExporter.Result result = new BotExporter(TestDatabase.database()).export(new ExportSelection.All(), out,
                ExportFormat.JSON_LINES, new ExportProgress() {
                    @Override
                    public void progress(long done, long total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return ++asked[0] > 10;
                    }
                });
        assertThat(result.cancelled()).isTrue();
        assertThat(result.bots()).isEqualTo(10);
    }

    private Path export(ExportSelection selection, ExportFormat format) throws IOException {
        Path file = dir.resolve("export-" + format + "-" + System.nanoTime() + ".json");
        try (var out = Files.newOutputStream(file)) {
            new BotExporter(TestDatabase.database()).export(selection, out, format, ExportProgress.NONE);
        }
        return file;
    }

    private void emptyTarget() throws Exception {
        emptyBothDatabasesTargetOnly();
    }

    private void emptyBothDatabasesTargetOnly() throws Exception {
        try (var c = target.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("DELETE FROM playerbot_inventory");
            s.execute("DELETE FROM playerbot_equipment");
            s.execute("DELETE FROM playerbot_state");
        }
    }
}
