package pbi.dao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.json.BotImporter;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ImportCheck;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.FaultServer;

/** The server dies (SIGKILL) in the middle of a write: every bot is exactly its old or its new version. */
@Tag("fault")
class ServerKillTest {

    private static FaultServer server;
    private static Database database;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = FaultServer.start("kill");
        database = Database.open(server.settings());
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    @Test
    void twentyKillsDuringASaveLeaveEachBotOldOrNew() throws Exception {
        BotService bots = new BotService(database);
        Random random = new Random(7);
        int trials = 20;
        int oldVersion = 0;
        int newVersion = 0;
        List<String> mixed = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            BigInteger guid = BigInteger.valueOf(100 + trial);
            bots.replace(Bots.bot(guid.longValue(), 120, 19));
            BotSnapshot loaded = bots.load(guid).orElseThrow();
            List<InventoryItem> items = new ArrayList<>();
            for (InventoryItem i : loaded.inventory()) {
                items.add(i.withStack(i.stackCount() + 7).withEnchantments("x".repeat(2_000)));
            }
            BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(trial)))
                    .withInventory(items);
            CompletableFuture<Object> save = CompletableFuture.supplyAsync(() -> bots.save(loaded, edited, false));
            FaultServer.pause(Duration.ofMillis(random.nextInt(40)));
            server.kill();
            // The save may still be waiting to try once more: the server comes back meanwhile, as after a crash.
            server.restart();
            try {
                save.get();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DatabaseException.class);
                messages.add(e.getCause().getMessage());
            }
            BotSnapshot now = bots.load(guid).orElseThrow();
            if (now.sameValues(loaded)) {
                oldVersion++;
            } else if (now.sameValues(edited)) {
                newVersion++;
            } else {
                mixed.add("bot " + guid);
            }
        }
        System.out.printf("kills during a save: %d, old: %d, new: %d, mixed: %d%n", trials, oldVersion, newVersion,
                mixed.size());
        messages.stream().distinct().forEach(m -> System.out.println("  message: " + m));
        assertThat(mixed).isEmpty();
        // A kill before the save got its connection is "cannot reach"; under a statement it is "connection lost".
        assertThat(messages).allSatisfy(m -> assertThat(m).containsAnyOf("connection to the server was lost",
                "Cannot reach the database server").doesNotContain("Exception"));
    }

    @Test
    void aServerKilledDuringASaveSaysConnectionLost() throws Exception {
        BotService bots = new BotService(database);
        BigInteger guid = BigInteger.valueOf(99);
        bots.replace(Bots.bot(99, 120, 19));
        BotSnapshot loaded = bots.load(guid).orElseThrow();
        List<InventoryItem> items = new ArrayList<>();
        for (InventoryItem i : loaded.inventory()) {
            items.add(i.withEnchantments("y".repeat(4_000)));
        }
        // Another session holds the bot's state row, so the save is certainly waiting inside its first statement
        // when the server dies: a kill timed by a sleep could land before the save had its connection.
        String message = null;
        try (Connection holder = server.server().connect(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.executeQuery("SELECT * FROM playerbot_state WHERE bot_guid = 99 FOR UPDATE").close();
            CompletableFuture<Object> save = CompletableFuture.supplyAsync(
                    () -> bots.save(loaded, loaded.withInventory(items), false));
            awaitLockWait(lock);
            server.kill();
            try {
                save.get();
            } catch (ExecutionException e) {
                message = e.getCause().getMessage();
            }
        } catch (SQLException closingAfterTheKill) {
            // The holder's connection died with the server.
        } finally {
            server.restart();
        }
        System.out.println("killed during a save: " + message);
        assertThat(message).contains("connection to the server was lost while saving bot 99")
                .doesNotContain("Cannot reach").doesNotContain("Exception");
        assertThat(bots.load(guid).orElseThrow().sameValues(loaded)
                || bots.load(guid).orElseThrow().sameValues(loaded.withInventory(items))).isTrue();
    }

    /** Waits until another session runs the save's locking read of the state row, for at most ten seconds. */
    private static void awaitLockWait(Statement statement) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                    + " WHERE ID <> CONNECTION_ID() AND INFO LIKE '%FROM playerbot_state%FOR UPDATE'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return;
                }
            }
            FaultServer.pause(Duration.ofMillis(5));
        }
        throw new AssertionError("the save never reached its row lock");
    }

    @Test
    void aKillDuringAnImportLeavesNoPartialBotAndRunningItAgainCompletes() throws Exception {
        BotImporter importer = new BotImporter(database, Limits.wotlk());
        BotService bots = new BotService(database);
        StringBuilder text = new StringBuilder();
        List<BotSnapshot> file = new ArrayList<>();
        for (int guid = 5000; guid < 5400; guid++) {
            BotSnapshot bot = Bots.bot(guid, 60, 10);
            file.add(bot);
            text.append(Bots.jsonLine(bot)).append('\n');
        }
        Path path = dir.resolve("bots.jsonl");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        // The last bot is in the database already, in another version, and another session holds its state row:
        // the import cannot finish before the kill, however fast the machine.
        BotSnapshot held = Bots.bot(5399, 1, 1);
        bots.replace(held);
        ImportCheck check = importer.check(path, p -> { }, ExportProgress.NONE);
        String message = null;
        try (Connection holder = server.server().connect(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.executeQuery("SELECT * FROM playerbot_state WHERE bot_guid = 5399 FOR UPDATE").close();
            CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return importer.apply(check, ExportProgress.NONE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            FaultServer.pause(Duration.ofMillis(300));
            server.kill();
            try {
                run.get();
            } catch (ExecutionException e) {
                message = e.getCause().getMessage();
            }
        } catch (SQLException closingAfterTheKill) {
            // The holder's connection died with the server.
        } finally {
            server.restart();
        }
        System.out.println("import killed: " + message);
        assertThat(message).contains("run the same import again to finish");
        for (BotSnapshot expected : file) {
            BotSnapshot now = bots.load(expected.guid()).orElse(null);
            boolean before = expected.guid().longValue() == 5399 ? now.sameValues(held) : now == null;
            assertThat(before || now.sameValues(expected)).as("bot %s is whole", expected.guid()).isTrue();
        }
        importer.apply(importer.check(path, p -> { }, ExportProgress.NONE), ExportProgress.NONE);
        for (BotSnapshot expected : file) {
            assertThat(bots.load(expected.guid()).orElseThrow().sameValues(expected)).isTrue();
        }
    }
}
