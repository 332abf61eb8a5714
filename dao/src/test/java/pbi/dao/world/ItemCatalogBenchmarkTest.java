package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.testing.TestDatabase;

/** How long reading 50,000 items takes. Prints figures; asserts only that every item arrived. */
@Tag("benchmark")
class ItemCatalogBenchmarkTest {

    private static final int ITEMS = 50_000;
    private static final String DB = "bench_world";

    @Test
    void readsFiftyThousandItems() throws Exception {
        List<ItemTemplate> demo = DemoItems.all();
        List<ItemTemplate> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            ItemTemplate model = demo.get(i % demo.size());
            items.add(model.withEntry(100_000L + i));
        }
        WorldFixtures.drop(DB);
        long insertStart = System.nanoTime();
        try (Connection connection = TestDatabase.connect()) {
            DemoWorldDatabase.create(connection, DB, items);
        }
        long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;

        List<Long> loads = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        ItemCatalog catalog = null;
        for (int run = 0; run < 5; run++) {
            catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB));
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            catalog.load();
            loads.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        }
        List<Long> searches = new ArrayList<>();
        List<ItemTemplate> found = List.of();
        for (String text : List.of("blade", "b", "helm", "19", "")) {
            long search = System.nanoTime();
            found = catalog.search(text, 15, null, 50);
            searches.add((System.nanoTime() - search) / 1_000);
        }

        System.out.printf("item catalog benchmark: %,d items inserted in %d ms; locate+load in ms per run %s"
                + " (client CPU ms %s; read alone %d ms in the last); searches for a picker over all %,d items in us %s%n", ITEMS,
                insertMillis, loads, cpu, catalog.loadMillis(), catalog.size(), searches);
        assertThat(catalog.size()).isEqualTo(ITEMS);
        assertThat(found).isNotEmpty();
        WorldFixtures.drop(DB);
    }
}
