package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class JsonImportRefusalTest {

    private final BotService service = new BotService(TestDatabase.database());
    private final BotImporter importer = new BotImporter(TestDatabase.database(), Limits.wotlk());

    @TempDir
    Path dir;

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void oneInvalidBotInTheMiddleRefusesTheWholeFileAndNamesBotFieldAndLine() throws Exception {
        BotSnapshot existing = Bots.bot(2, 3, 2);
        service.replace(existing);
        String first = Bots.jsonLine(Bots.bot(1, 2, 1));
        String middle = Bots.jsonLine(Bots.bot(2, 5, 5))
                .replace("\"gold_copper\":123456", "\"gold_copper\":18446744073709551616");
        String last = Bots.jsonLine(Bots.bot(3, 2, 1));
        Path file = write(first + "\n" + middle + "\n" + last + "\n");

        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);

        assertThat(check.ok()).isFalse();
        assertThat(check.refused()).singleElement().satisfies(p -> {
            assertThat(p.bot()).isEqualTo(BigInteger.TWO);
            assertThat(p.field()).isEqualTo("state gold_copper");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).contains("line 2", "bot 2", "gold_copper", "18446744073709551616");
        });
        assertThatThrownBy(() -> importer.apply(check, ExportProgress.NONE)).isInstanceOf(DatabaseException.class);
        assertThat(service.load(BigInteger.ONE)).isEmpty();
        assertThat(service.load(BigInteger.valueOf(3))).isEmpty();
        assertThat(service.load(BigInteger.TWO).orElseThrow().sameValues(existing)).isTrue();
    }

    @Test
    void valuesTheColumnsCannotHoldAreRefusedEachWithItsPlace() throws Exception {
        String doc = pretty(Bots.bot(7, 2, 1))
                .replace("\"health\" : 1500", "\"health\" : 4294967296")
                .replace("\"level\" : 20", "\"level\" : 256")
                .replace("\"position_x\" : -8949.95", "\"position_x\" : 1e39")
                .replaceFirst("\"stack_count\" : 1", "\"stack_count\" : -1")
                .replaceFirst("\"durability\" : 100", "\"durability\" : 1.5")
                .replaceFirst("\"gems\" : \"41398,40111\"", "\"gems\" : 5");
        ImportCheck check = importer.check(write(doc), p -> { }, ExportProgress.NONE);

        assertThat(check.refused()).extracting(Problem::field).containsExactlyInAnyOrder(
                "state health", "state level", "state position_x", "inventory bag 19 slot 0 stack_count",
                "equipment slot 0 durability", "equipment slot 0 gems");
        assertThat(check.refused()).allSatisfy(p -> {
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.bot()).isEqualTo(BigInteger.valueOf(7));
        });
    }

    @Test
    void invalidJsonIsRefusedWithLineAndColumnAndNothingIsWritten() throws Exception {
        Path file = write(Bots.jsonLine(Bots.bot(1, 1, 1))
                + "\n{\"format\": \"playerbot-inspector.bot\",\n  \"version\": 1 oops}\n");

        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);

        assertThat(check.ok()).isFalse();
        assertThat(check.refused()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("the file is not valid JSON");
        });
        assertThatThrownBy(() -> importer.apply(check, ExportProgress.NONE)).isInstanceOf(DatabaseException.class);
        assertThat(service.load(BigInteger.ONE)).isEmpty();
    }

    @Test
    void nullAndEmptyStringStayDistinctAndMissingFieldsAreRefused() throws Exception {
        BotSnapshot bot = Bots.bot(5, 2, 0);
        bot = bot.withInventory(List.of(bot.inventory().get(0).withEnchantments(null),
                bot.inventory().get(1).withEnchantments("")));
        String doc = Bots.jsonLine(bot);
        ImportCheck check = importer.check(write(doc), p -> { }, ExportProgress.NONE);
        importer.apply(check, ExportProgress.NONE);
        BotSnapshot loaded = service.load(BigInteger.valueOf(5)).orElseThrow();
        assertThat(loaded.inventory().get(0).enchantments()).isNull();
        assertThat(loaded.inventory().get(1).enchantments()).isEmpty();

        ImportCheck missing = importer.check(write(doc.replaceFirst("\"enchantments\":null,", "")), p -> { },
                ExportProgress.NONE);
        assertThat(missing.refused()).singleElement().extracting(Problem::field)
                .isEqualTo("inventory bag 19 slot 0 enchantments");
    }

    @Test
    void reimportShowsUnchangedAndReplacedWithDifferences() throws Exception {
        BotSnapshot bot = Bots.bot(9, 3, 1);
        service.replace(bot);
        service.replace(Bots.bot(10, 1, 1));
        Path file = write(Bots.jsonLine(bot) + "\n" + Bots.jsonLine(Bots.bot(10, 1, 1).withState(
                Bots.state(10).withGold(BigInteger.valueOf(500)))) + "\n" + Bots.jsonLine(Bots.bot(11, 0, 0)) + "\n");
        List<BotPlan> plans = new java.util.ArrayList<>();

        ImportCheck check = importer.check(file, plans::add, ExportProgress.NONE);

        assertThat(plans).extracting(BotPlan::status).containsExactly(BotPlan.Status.UNCHANGED,
                BotPlan.Status.REPLACED, BotPlan.Status.NEW);
        assertThat(plans.get(1).differences()).containsExactly("gold_copper: 123456 → 500");
        assertThat(importer.apply(check, ExportProgress.NONE).written()).isEqualTo(2);
        assertThat(service.load(BigInteger.TEN).orElseThrow().state().goldCopper()).isEqualTo(500);
    }


    private static String pretty(BotSnapshot bot) {
        return BotJson.toJson(bot, null);
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "import", ".jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
