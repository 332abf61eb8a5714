package pbi.dao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.db.DatabaseException;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.service.BotService;
import pbi.dao.service.SaveOutcome;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Two writers save the same bot from the same loaded version at the same moment, with random edits: never do both
 * succeed, and the bot ends exactly as the one that succeeded wrote it. Also a save and a delete of one bot at once:
 * neither sees a deadlock.
 */
@Tag("fault")
class TwoWritersTest {

    private final BotService bots = new BotService(TestDatabase.database());

    @Test
    void twoHundredRandomTwoWriterTrialsNeverBothSucceedAndLoseNothing() throws Exception {
        TestDatabase.reset();
        Random random = new Random(13);
        int trials = 200;
        int bothSucceeded = 0;
        int lost = 0;
        long started = System.nanoTime();
        for (int trial = 0; trial < trials; trial++) {
            BigInteger guid = BigInteger.valueOf(1000 + trial % 10);
            bots.replace(Bots.bot(guid.longValue(), 6, 3));
            BotSnapshot loaded = bots.load(guid).orElseThrow();
            BotSnapshot a = randomEdit(loaded, random);
            BotSnapshot b = randomEdit(loaded, random);
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<SaveOutcome> first = CompletableFuture.supplyAsync(() -> save(together, loaded, a));
            CompletableFuture<SaveOutcome> second = CompletableFuture.supplyAsync(() -> save(together, loaded, b));
            SaveOutcome x = first.get();
            SaveOutcome y = second.get();
            boolean aWon = x instanceof SaveOutcome.Saved;
            boolean bWon = y instanceof SaveOutcome.Saved;
            if (aWon && bWon) {
                bothSucceeded++;
            }
            BotSnapshot now = bots.load(guid).orElseThrow();
            BotSnapshot winner = aWon ? a : bWon ? b : loaded;
            if (!now.sameValues(winner)) {
                lost++;
            }
        }
        System.out.printf("two-writer trials: %d, both succeeded: %d, lost or mixed: %d, %.1f s%n", trials,
                bothSucceeded, lost, (System.nanoTime() - started) / 1e9);
        assertThat(bothSucceeded).isZero();
        assertThat(lost).isZero();
    }

    @Test
    void aSaveAndADeleteOfTheSameBotAtOnceNeverShowTheUserADeadlock() throws Exception {
        TestDatabase.reset();
        int trials = 50;
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            BigInteger guid = BigInteger.valueOf(2000 + trial);
            bots.replace(Bots.bot(guid.longValue(), 20, 5));
            BotSnapshot loaded = bots.load(guid).orElseThrow();
            BotSnapshot edited = randomEdit(loaded, new Random(trial));
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Object> save = CompletableFuture.supplyAsync(() -> save(together, loaded, edited));
            CompletableFuture<Object> delete = CompletableFuture.supplyAsync(() -> {
                await(together);
                return bots.delete(guid);
            });
            for (CompletableFuture<Object> f : List.of(save, delete)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                }
            }
            BotSnapshot after = bots.load(guid).orElse(null);
            // Either the delete came last (nothing left) or the save did (exactly the edit).
            if (after != null && !after.sameValues(edited)) {
                failures.add("bot " + guid + " is neither deleted nor the saved edit");
            }
        }
        System.out.printf("save+delete trials: %d, failures: %d%n", trials, failures.size());
        assertThat(failures).isEmpty();
    }

    private SaveOutcome save(CyclicBarrier together, BotSnapshot loaded, BotSnapshot edited) {
        await(together);
        return bots.save(loaded, edited, false);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gold, level, some stack counts, one item removed and one added: touches all three tables. */
    static BotSnapshot randomEdit(BotSnapshot bot, Random random) {
        List<InventoryItem> items = new ArrayList<>();
        for (InventoryItem i : bot.inventory()) {
            items.add(random.nextBoolean() ? i.withStack(1 + random.nextInt(200)) : i);
        }
        if (!items.isEmpty() && random.nextBoolean()) {
            items.remove(random.nextInt(items.size()));
        }
        items.add(Bots.item(bot.guid().longValue(), 22, 30 + random.nextInt(5), 6948)
                .withStack(1 + random.nextInt(20)));
        var worn = bot.equipment().stream().map(e -> e.withDurability(random.nextInt(120))).toList();
        return bot.withState(bot.state().withGold(BigInteger.valueOf(random.nextInt(1_000_000)))
                .withVitals(bot.state().health(), bot.state().mana(), 1 + random.nextInt(80)))
                .withInventory(dedupe(items)).withEquipment(worn);
    }

    private static List<InventoryItem> dedupe(List<InventoryItem> items) {
        var bySlot = new java.util.TreeMap<InventoryItem.SlotKey, InventoryItem>();
        items.forEach(i -> bySlot.put(i.key(), i));
        return new ArrayList<>(bySlot.values());
    }
}
