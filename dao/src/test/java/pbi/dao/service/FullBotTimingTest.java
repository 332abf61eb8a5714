package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * Prints how long loading and saving one full bot (100 inventory rows, 19 equipped) takes on the embedded server:
 * the median of many runs after a warm-up. It asserts only that the work was done, never a time: the numbers go in
 * the report, and a loaded build machine must not fail the build. Tagged {@code benchmark}: it runs under
 * {@code -Pbench}, or with {@code -Dtest=FullBotTimingTest -Dtest.excludedGroups=}, not in a normal build.
 */
@Tag("benchmark")
class FullBotTimingTest {

    private static final BigInteger GUID = BigInteger.valueOf(77);
    private static final int WARM_UP = 40;
    private static final int RUNS = 150;

    @Test
    void loadAndSaveOfAFullBotAreTimed() {
        TestDatabase.reset();
        BotService service = new BotService(TestDatabase.database());
        service.replace(Bots.bot(77, 100, 19));
        int[] round = {0};

        double load = median(() -> service.load(GUID).orElseThrow());
        double smallEdit = median(() -> {
            BotSnapshot loaded = service.load(GUID).orElseThrow();
            round[0]++;
            List<InventoryItem> items = new ArrayList<>(loaded.inventory());
            items.set(10, items.get(10).withDurability(round[0] % 100));
            List<EquipmentItem> worn = new ArrayList<>(loaded.equipment());
            worn.set(3, worn.get(3).withDurability(round[0] % 100 + 1));
            BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(round[0])))
                    .withInventory(items).withEquipment(worn);
            return service.save(loaded, edited, false);
        });
        double saveOnly = medianSaveOnly(service, round);
        double replace = median(() -> {
            service.replace(Bots.bot(77, 100, 19).withState(Bots.state(77).withGold(
                    BigInteger.valueOf(++round[0]))));
            return null;
        });

        System.out.printf("MEASURE full bot (100 items + 19 equipped), median of %d runs: load %.2f ms;"
                + " load+edit+save of gold, 1 item, 1 equipment %.2f ms; save alone (locked re-read, compare, write)"
                + " %.2f ms; full replace of all 120 rows %.2f ms%n", RUNS, load, smallEdit, saveOnly, replace);
        BotSnapshot last = service.load(GUID).orElseThrow();
        assertThat(last.inventory()).hasSize(100);
        assertThat(last.equipment()).hasSize(19);
    }

    private static double medianSaveOnly(BotService service, int[] round) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            BotSnapshot loaded = service.load(GUID).orElseThrow();
            round[0]++;
            List<InventoryItem> items = new ArrayList<>(loaded.inventory());
            items.set(20, items.get(20).withStack(round[0] % 20 + 1));
            BotSnapshot edited = loaded.withState(loaded.state().withGold(BigInteger.valueOf(round[0])))
                    .withInventory(items);
            long started = System.nanoTime();
            SaveOutcome outcome = service.save(loaded, edited, false);
            long took = System.nanoTime() - started;
            assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
            if (i >= WARM_UP) {
                nanos.add(took);
            }
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }

    private static double median(Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - started);
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }
}
