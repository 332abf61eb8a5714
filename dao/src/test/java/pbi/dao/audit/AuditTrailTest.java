package pbi.dao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.PrivateFiles;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.FixOutcome;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.json.BotExporter;
import pbi.dao.json.BotImporter;
import pbi.dao.json.ExportFormat;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ExportSelection;
import pbi.dao.json.ImportCheck;
import pbi.dao.service.BotService;
import pbi.dao.service.SaveOutcome;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/** Every kind of write leaves one record with its before → after, and only when it committed. */
class AuditTrailTest {

    private static final BigInteger BOT = BigInteger.valueOf(42);
    private final Database database = TestDatabase.database();
    private final BotService service = new BotService(database);
    private final List<String> failures = new ArrayList<>();
    private AuditTrail trail;
    private AuditLog log;

    @TempDir
    Path home;

    @BeforeEach
    void oneBotAndATrail() {
        TestDatabase.reset();
        TestDatabase.sql("DROP TABLE IF EXISTS " + AuditTable.NAME);
        service.replace(Bots.bot(42, 5, 3));
        log = AuditLog.inDataHome(home);
        trail = AuditTrail.attach(log, database, "9.9-test", failures::add);
    }

    @AfterEach
    void detach() {
        database.listenWrites(null);
        TestDatabase.sql("DROP TRIGGER IF EXISTS fail_state_update", "DROP TABLE IF EXISTS " + AuditTable.NAME);
    }

    @Test
    void saveIsRecordedWithWhoWhereAndEachFieldBeforeAndAfter() throws Exception {
        BotSnapshot loaded = service.load(BOT).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(250)))
                .withInventory(loaded.inventory().subList(1, loaded.inventory().size()));

        assertThat(service.save(loaded, edited, false)).isInstanceOf(SaveOutcome.Saved.class);

        AuditRecord r = only();
        assertThat(r.action()).isEqualTo("save");
        assertThat(r.bot()).isEqualTo(BOT);
        assertThat(r.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(r.dbUser()).isEqualTo(TestDatabase.settings().user());
        assertThat(r.server()).startsWith("127.0.0.1:");
        assertThat(r.database()).isNotBlank();
        assertThat(r.version()).isEqualTo("9.9-test");
        assertThat(r.changes()).contains(new AuditChange("state", "gold_copper",
                loaded.state().goldCopper().toString(), "250"));
        var removed = loaded.inventory().get(0);
        assertThat(r.changes()).contains(new AuditChange("inventory " + removed.key(), null,
                "item " + removed.itemId() + " ×" + removed.stackCount() + " (guid " + removed.itemGuid() + ")",
                null));
        assertThat(r.changes()).hasSize(2);
        Path file = log.fileFor(r);
        assertThat(PrivateFiles.mode(file)).isEqualTo("rw-------");
        assertThat(PrivateFiles.mode(file.getParent())).isEqualTo("rwx------");
        assertThat(Files.readString(file)).doesNotContain(TestDatabase.settings().password());
        assertThat(failures).isEmpty();
    }

    @Test
    void deleteRecordsTheWholeBotThatWasLost() throws Exception {
        BotSnapshot was = service.load(BOT).orElseThrow();

        assertThat(service.delete(BOT)).isTrue();

        AuditRecord r = only();
        assertThat(r.action()).isEqualTo("delete");
        assertThat(r.changes()).contains(new AuditChange("state", "level", String.valueOf(was.state().level()),
                null));
        assertThat(r.changes()).filteredOn(c -> c.where().startsWith("inventory")).hasSize(5)
                .allSatisfy(c -> assertThat(c.after()).isNull());
        assertThat(r.changes()).filteredOn(c -> c.where().startsWith("equipment")).hasSize(3);
        assertThat(service.delete(BOT)).as("nothing left to delete").isFalse();
        assertThat(all()).hasSize(1);
    }

    @Test
    void restoreAndBulkAreRecordedUnderTheirOwnNames() throws Exception {
        BotSnapshot loaded = service.load(BOT).orElseThrow();
        service.as("restore").save(loaded, loaded.withState(loaded.state().withVitals(10, 20, 30)), false);
        service.as("bulk").updateGold(BOT, BigInteger.valueOf(99));

        List<AuditRecord> records = all();
        assertThat(records).extracting(AuditRecord::action).containsExactly("restore", "bulk");
        assertThat(records.get(0).changes()).extracting(AuditChange::field)
                .containsExactlyInAnyOrder("health", "mana", "level");
        assertThat(records.get(1).changes()).containsExactly(new AuditChange("state", "gold_copper",
                loaded.state().goldCopper().toString(), "99"));
    }

    @Test
    void importRecordsEachBotWithTheFileItCameFrom() throws Exception {
        service.replace(Bots.bot(43, 1, 0));
        Path file = home.resolve("two.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            new BotExporter(database).export(new ExportSelection.All(), out, ExportFormat.JSON_LINES,
                    ExportProgress.NONE);
        }
        TestDatabase.reset();
        BotImporter importer = new BotImporter(database, Limits.wotlk());
        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);

        importer.apply(check, ExportProgress.NONE);

        assertThat(all()).extracting(AuditRecord::action).containsExactly("replace", "import", "import");
        List<AuditRecord> records = all().subList(1, 3);
        assertThat(records).extracting(AuditRecord::bot)
                .containsExactlyInAnyOrder(BOT, BigInteger.valueOf(43));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.note()).contains(file.toString());
            assertThat(r.changes()).singleElement().satisfies(c ->
                    assertThat(c.after()).startsWith("replaced by the file's version: level"));
        });
    }

    @Test
    void doctorFixIsRecordedWithTheRepairedField() throws Exception {
        TestDatabase.sql("UPDATE playerbot_state SET level = 0 WHERE bot_guid = 42");
        Doctor doctor = new Doctor(database, Limits.wotlk());
        var fixer = doctor.fixer();

        List<FixOutcome> outcomes = fixer.apply(fixer.plan(doctor.scan(Scope.wholeDatabase())), b -> { });

        assertThat(outcomes).singleElement().extracting(FixOutcome::status).isEqualTo(FixOutcome.Status.FIXED);
        AuditRecord r = only();
        assertThat(r.action()).isEqualTo("doctor fix");
        assertThat(r.changes()).filteredOn(c -> "level".equals(c.field())).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isEqualTo("0");
                    assertThat(c.after()).isNotEqualTo("0");
                });
    }

    @Test
    void removingOrphanRowsIsRecordedRowByRow() throws Exception {
        TestDatabase.sql("DELETE FROM playerbot_state WHERE bot_guid = 42");
        Doctor doctor = new Doctor(database, Limits.wotlk());
        var fixer = doctor.fixer();

        fixer.apply(fixer.plan(doctor.scan(Scope.wholeDatabase())), b -> { });

        AuditRecord r = only();
        assertThat(r.action()).isEqualTo("doctor fix");
        assertThat(r.changes()).hasSize(8).allSatisfy(c -> {
            assertThat(c.before()).startsWith("item ");
            assertThat(c.after()).isNull();
        });
    }

    @Test
    void aFailedOrConflictingWriteLeavesNoRecord() throws Exception {
        BotSnapshot loaded = service.load(BOT).orElseThrow();
        BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.ONE));
        TestDatabase.sql("CREATE TRIGGER fail_state_update BEFORE UPDATE ON playerbot_state FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'");

        assertThatThrownBy(() -> service.save(loaded, edited, false)).isInstanceOf(DatabaseException.class);
        TestDatabase.sql("DROP TRIGGER fail_state_update");
        TestDatabase.sql("UPDATE playerbot_state SET mana = 1 WHERE bot_guid = 42");
        assertThat(service.save(loaded, edited, false)).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(service.save(service.load(BOT).orElseThrow(), service.load(BOT).orElseThrow(), false))
                .as("a save with nothing to write").isInstanceOf(SaveOutcome.Saved.class);

        assertThat(all()).isEmpty();
        assertThat(Files.exists(home.resolve("audit"))).isFalse();
    }

    @Test
    void theServerTableIsNotCreatedUntilAskedAndThenReceivesRecords() throws Exception {
        BotSnapshot loaded = service.load(BOT).orElseThrow();
        BotSnapshot first = service.save(loaded, loaded.withState(loaded.state().withGold(BigInteger.TWO)), false)
                instanceof SaveOutcome.Saved s ? s.saved() : null;
        assertThat(AuditTable.exists(database)).as("no table without the user's yes").isFalse();
        assertThat(trail.hasServerTable()).isFalse();

        trail.createServerTable();
        service.save(first, first.withState(first.state().withGold(BigInteger.TEN)), false);

        assertThat(AuditTable.exists(database)).isTrue();
        List<AuditRecord> onServer = AuditTable.read(database, new AuditQuery(BOT, null, null, 100));
        assertThat(onServer).singleElement().satisfies(r -> {
            assertThat(r.changes()).containsExactly(new AuditChange("state", "gold_copper", "2", "10"));
            assertThat(r.dbUser()).isEqualTo(TestDatabase.settings().user());
        });
        assertThat(all()).as("the local log keeps both").hasSize(2);
        assertThat(AuditTable.read(database, new AuditQuery(BigInteger.ONE, null, null, 100))).isEmpty();
        assertThat(AuditTable.read(database, new AuditQuery(null, null, "nobody", 100))).isEmpty();
    }

    @Test
    void whenTheAuditCannotBeWrittenTheEditStaysSavedAndTheFailureIsReported() throws Exception {
        Files.writeString(home.resolve("audit"), "a file where the directory should be", StandardCharsets.UTF_8);
        BotSnapshot loaded = service.load(BOT).orElseThrow();

        SaveOutcome outcome = service.save(loaded, loaded.withState(loaded.state().withGold(BigInteger.TEN)), false);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(service.load(BOT).orElseThrow().state().goldCopper()).isEqualTo(BigInteger.TEN);
        assertThat(failures).singleElement().asString().startsWith("Bot 42 was written, but its audit record");
    }

    @Test
    void twoThreadsAppendingAtOnceLeaveOnlyWholeLines() throws Exception {
        AuditRecord r = new AuditRecord(java.time.Instant.now(), "u", "d", "h:1", "db", "save", BOT,
                List.of(new AuditChange("state", "gold_copper", "1", "x".repeat(5000))), 0, null, "v");
        Runnable many = () -> {
            for (int i = 0; i < 200; i++) {
                try {
                    log.append(r);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        Thread a = new Thread(many);
        Thread b = new Thread(many);
        a.start();
        b.start();
        a.join();
        b.join();

        AuditLog.Found found = log.read(AuditQuery.all());
        assertThat(found.records()).hasSize(400);
        assertThat(found.damagedLines()).isZero();
    }

    private List<AuditRecord> all() throws Exception {
        return log.read(AuditQuery.all()).records();
    }

    private AuditRecord only() throws Exception {
        List<AuditRecord> records = all();
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
