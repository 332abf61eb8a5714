package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** An import that refuses writes nothing, the check gives the real run's verdict, and an interrupted run says so. */
class ImportSafetyTest {

    private final BotService service = new BotService(TestDatabase.database());
    private final BotImporter importer = new BotImporter(TestDatabase.database(), Limits.wotlk());

    @TempDir
    Path dir;

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void textLongerThanItsColumnInUtf8IsRefusedAtCheckTimeAndNothingIsWritten() throws Exception {
        BotSnapshot big = Bots.bot(2, 2, 0);
        // 40,000 characters of two bytes each: fewer characters than 65,535, more bytes.
        String tooLong = "é".repeat(40_000);
        big = big.withInventory(List.of(big.inventory().get(0).withEnchantments(tooLong), big.inventory().get(1)));
        Path file = write(Bots.jsonLine(Bots.bot(1, 1, 0)) + "\n" + Bots.jsonLine(big) + "\n"
                + Bots.jsonLine(Bots.bot(3, 1, 0)) + "\n");

        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);

        assertThat(check.refused()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("inventory bag 19 slot 0 enchantments");
            assertThat(p.message()).contains("80,000 bytes", "65,535");
        });
        assertThatThrownBy(() -> importer.apply(check, ExportProgress.NONE)).isInstanceOf(DatabaseException.class);
        assertThat(service.load(BigInteger.ONE)).isEmpty();
        assertThat(service.load(BigInteger.valueOf(3))).isEmpty();
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedNamingBothLines() throws Exception {
        String doc = BotJson.toJson(Bots.bot(7, 1, 0), null)
                .replace("\"bot_guid\" : 7,", "\"bot_guid\" : 7,\n    \"bot_guid\" : 8,");

        ImportCheck check = importer.check(write(doc), p -> { }, ExportProgress.NONE);

        assertThat(check.refused()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("state bot_guid");
            assertThat(p.message()).matches("appears twice in the same object, on line \\d+ and line \\d+; remove one");
        });
        String top = Bots.jsonLine(Bots.bot(9, 0, 0)).replace("\"version\":1,", "\"version\":1,\n\"version\":1,");
        assertThat(importer.check(write(top), p -> { }, ExportProgress.NONE).refused())
                .extracting(Problem::toString).singleElement().asString()
                .contains("version", "line 1 and line 2");
    }

    @Test
    void unpairedSurrogateEscapesAndInvalidUtf8AreRefused() throws Exception {
        String surrogate = Bots.jsonLine(Bots.bot(4, 1, 0)).replace("\"3225:0\"", "\"3225:0\\ud800\"");
        ImportCheck check = importer.check(write(surrogate), p -> { }, ExportProgress.NONE);
        assertThat(check.refused()).singleElement().extracting(Problem::message).asString()
                .contains("unpaired surrogate", "ud800");

        byte[] good = Bots.jsonLine(Bots.bot(5, 1, 0)).getBytes(StandardCharsets.UTF_8);
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("3225:0");
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28;
        System.arraycopy(good, at + 1, bad, at + 2, good.length - at - 1);
        Path file = dir.resolve("bad-utf8.jsonl");
        Files.write(file, bad);
        ImportCheck broken = importer.check(file, p -> { }, ExportProgress.NONE);
        assertThat(broken.ok()).isFalse();
        assertThat(broken.refused().get(0).message()).containsIgnoringCase("UTF-8");
        assertThat(service.load(BigInteger.valueOf(5))).isEmpty();
    }

    @Test
    void aFileWithNoBotsIsRefused() throws Exception {
        assertThat(importer.check(write("\n"), p -> { }, ExportProgress.NONE).refused())
                .extracting(Problem::message).containsExactly("the file holds no bot documents");
        assertThat(importer.check(write("[]"), p -> { }, ExportProgress.NONE).ok()).isFalse();
    }

    @Test
    void aStatementLargerThanMaxAllowedPacketIsRefusedAtCheckTime() throws Exception {
        BotSnapshot bot = Bots.bot(6, 30, 0);
        List<InventoryItem> items = new ArrayList<>();
        for (InventoryItem i : bot.inventory()) {
            items.add(i.withEnchantments("x".repeat(60_000)));
        }
        Path file = write(Bots.jsonLine(bot.withInventory(items)) + "\n");
        TestDatabase.sql("SET GLOBAL max_allowed_packet = 1048576");
        try {
            ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);

            assertThat(check.refused()).singleElement().extracting(Problem::toString).asString()
                    .contains("bot 6", "inventory", "max_allowed_packet of 1,048,576 bytes");
        } finally {
            TestDatabase.sql("SET GLOBAL max_allowed_packet = 67108864");
        }
    }

    @Test
    void itemGuidsTwoBotsShareAreWarnedInTheFileAndAgainstTheDatabase() throws Exception {
        service.replace(Bots.bot(50, 1, 0));
        BigInteger inDatabase = Bots.item(50, 19, 0, 1).itemGuid();
        BotSnapshot first = Bots.bot(1, 1, 0);
        BotSnapshot second = Bots.bot(2, 2, 0);
        second = second.withInventory(List.of(
                new InventoryItem(BigInteger.TWO, 19, 0, 25, first.inventory().get(0).itemGuid(), 1, null, 0, null),
                new InventoryItem(BigInteger.TWO, 19, 1, 25, inDatabase, 1, null, 0, null)));
        Path file = write(Bots.jsonLine(first) + "\n" + Bots.jsonLine(second) + "\n");

        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);

        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).filteredOn(p -> "duplicate_item_guid".equals(p.rule()))
                .extracting(Problem::toString).containsExactlyInAnyOrder(
                        "line 2, bot 2, inventory bag 19 slot 0 item_guid: item guid 1760 is also held by bot 1"
                                + " (inventory bag 19 slot 0 item_guid, line 1); imported unchanged"
                                + " [duplicate_item_guid]",
                        "line 2, bot 2, inventory bag 19 slot 1 item_guid: item guid 50760 is also held by bot 50"
                                + " in the database (inventory bag 19 slot 0); imported unchanged"
                                + " [duplicate_item_guid]");
    }

    /**
     * A file of up to {@link ImportGuards#ONE_LOOKUP} item guids is looked up in the database in one statement; a
     * larger one is matched against a read of the item tables. Both warn of the same guids: held by a bot the import
     * leaves in place, in its bag or worn; not when the holder is a bot of the file, which the import replaces.
     */
    @ParameterizedTest(name = "{0} more bots of 119 items")
    @ValueSource(ints = {0, 12})
    void itemGuidsHeldInTheDatabaseAreWarnedWhetherLookedUpOrRead(int fillers) throws Exception {
        service.replace(Bots.bot(50, 1, 0));
        service.replace(Bots.bot(60, 1, 1));
        service.replace(Bots.bot(70, 1, 0));
        BotSnapshot mine = Bots.bot(2, 0, 0).withInventory(List.of(
                new InventoryItem(BigInteger.TWO, 19, 0, 25, Bots.item(50, 19, 0, 1).itemGuid(), 1, null, 0, null),
                new InventoryItem(BigInteger.TWO, 19, 1, 25, Bots.worn(60, 0, 1).itemGuid(), 1, null, 0, null),
                new InventoryItem(BigInteger.TWO, 19, 2, 25, Bots.item(70, 19, 0, 1).itemGuid(), 1, null, 0, null)));
        StringBuilder text = new StringBuilder(Bots.jsonLine(mine)).append('\n')
                .append(Bots.jsonLine(Bots.bot(70, 1, 0))).append('\n');
        for (int i = 0; i < fillers; i++) {
            text.append(Bots.jsonLine(Bots.bot(1000 + i, 100, 19))).append('\n');
        }
        assertThat(4 + fillers * 119 > ImportGuards.ONE_LOOKUP).isEqualTo(fillers > 0);

        ImportCheck check = importer.check(write(text.toString()), p -> { }, ExportProgress.NONE);

        assertThat(check.warnings()).filteredOn(p -> p.message().contains("in the database"))
                .extracting(Problem::toString).containsExactlyInAnyOrder(
                        "line 1, bot 2, inventory bag 19 slot 0 item_guid: item guid 50760 is also held by bot 50"
                                + " in the database (inventory bag 19 slot 0); imported unchanged"
                                + " [duplicate_item_guid]",
                        "line 1, bot 2, inventory bag 19 slot 1 item_guid: item guid 60900 is also held by bot 60"
                                + " in the database (equipment slot 0); imported unchanged [duplicate_item_guid]");
        assertThat(check.warnings()).extracting(Problem::toString).contains(
                "line 2, bot 70, inventory bag 19 slot 0 item_guid: item guid 70760 is also held by bot 2"
                        + " (inventory bag 19 slot 2 item_guid, line 1); imported unchanged [duplicate_item_guid]");
    }

    @Test
    void aWriteThatFailsMidwaySaysWhatWasWrittenAndRunningItAgainFinishes() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int guid = 1; guid <= 40; guid++) {
            text.append(Bots.jsonLine(Bots.bot(guid, 2, 1))).append('\n');
        }
        Path file = write(text.toString());
        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);
        TestDatabase.sql("CREATE TRIGGER fail_equipment_insert BEFORE INSERT ON playerbot_state FOR EACH ROW "
                + "BEGIN IF NEW.bot_guid = 25 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test';"
                + " END IF; END");

        assertThatThrownBy(() -> importer.apply(check, ExportProgress.NONE))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("writing bot 25")
                .hasMessageMatching("(?s).*Bots [0-9–, ]+ of 40 are written \\(or were already up to date\\),"
                        + " [0-9–, ]*25[0-9–, ]* (is|are) not; run the same import again to finish\\.");
        assertThat(service.load(BigInteger.valueOf(25))).isEmpty();

        TestDatabase.sql("DROP TRIGGER fail_equipment_insert");
        ImportCheck again = importer.check(file, p -> { }, ExportProgress.NONE);
        importer.apply(again, ExportProgress.NONE);
        for (int guid = 1; guid <= 40; guid++) {
            assertThat(service.load(BigInteger.valueOf(guid)).orElseThrow().sameValues(Bots.bot(guid, 2, 1)))
                    .isTrue();
        }
    }


    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "import", ".jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
