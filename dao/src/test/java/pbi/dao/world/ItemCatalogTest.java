package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pbi.dao.testing.TestDatabase;

class ItemCatalogTest {

    private static final String DB = "catalog_world";

    @BeforeEach
    void noWorld() {
        WorldFixtures.drop(DB);
    }

    @ParameterizedTest
    @EnumSource(WorldFixtures.Layout.class)
    void readsEveryColumnTheToolNeedsFromBothLayouts(WorldFixtures.Layout layout) {
        List<ItemTemplate> items = List.of(
                new ItemTemplate(4_000_000_000L, "Edge of the Unsigned", Quality.HEIRLOOM, 17, 65_535, 255,
                        2_147_483_647L, 65_535, 1, 14, 8, 0),
                new ItemTemplate(41599, "Frostweave Bag", Quality.COMMON, 18, 75, 0, 1, 0, 0, 0, 0, 20));
        List<ItemTemplate> fitting = layout == WorldFixtures.Layout.AZEROTHCORE
                ? List.of(items.get(0).withEntry(16_000_000L), items.get(1)) : items;
        WorldFixtures.create(DB, layout, fitting);

        ItemCatalog catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB));

        assertThat(catalog.available()).isTrue();
        assertThat(catalog.size()).isEqualTo(2);
        assertThat(catalog.source()).isEqualTo(DB + " on the same server");
        for (ItemTemplate expected : fitting) {
            assertThat(catalog.find(expected.entry())).contains(expected);
        }
    }

    @Test
    void aNullStackableReadsAsTheColumnDefaultOne() {
        WorldFixtures.create(DB, WorldFixtures.Layout.TRINITYCORE, List.of(WorldFixtures.item(1, "Odd", 0)));
        TestDatabase.sql("UPDATE " + DB + ".item_template SET stackable = NULL");

        ItemTemplate odd = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB)).find(1).orElseThrow();

        assertThat(odd.stackable()).isEqualTo(1);
        assertThat(odd.maxStack()).isEqualTo(1);
    }

    @Test
    void readsOnFirstUseAndKeepsWhatItReadUntilReload() {
        ItemCatalog catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB));
        WorldFixtures.create(DB, WorldFixtures.Layout.TRINITYCORE, List.of(WorldFixtures.item(19019, "Thunderfury",
                13)));

        assertThat(catalog.label(19019)).isEqualTo("Thunderfury");
        WorldFixtures.drop(DB);
        assertThat(catalog.label(19019)).isEqualTo("Thunderfury");

        catalog.reload();
        assertThat(catalog.available()).isFalse();
        assertThat(catalog.label(19019)).isEqualTo("#19019");
    }

    @Test
    void manyThreadsAtOnceReadTheDatabaseOnce() throws Exception {
        WorldFixtures.create(DB, WorldFixtures.Layout.TRINITYCORE, DemoItems.all());
        AtomicInteger opened = new AtomicInteger();
        ConnectionSource counting = () -> {
            opened.incrementAndGet();
            return TestDatabase.connect();
        };
        ItemCatalog catalog = ItemCatalog.lazy(counting, WorldSource.named(DB));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> names = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                names.add(pool.submit(() -> catalog.label(DemoItems.HEARTHSTONE)));
            }
            for (Future<String> name : names) {
                assertThat(name.get()).isEqualTo("Hearthstone");
            }
        } finally {
            pool.shutdown();
        }
        // One connection to find the world database and one to read it.
        assertThat(opened).hasValue(2);
        assertThat(catalog.size()).isEqualTo(DemoItems.all().size());
    }

    @Test
    void anEmptyItemTemplateIsNoWorldData() {
        WorldFixtures.create(DB, WorldFixtures.Layout.TRINITYCORE, List.of());

        ItemCatalog catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB));

        assertThat(catalog.unavailableReason()).contains("item_template in " + DB + " on the same server is empty");
    }

    @Test
    void withoutWorldDataNothingIsFoundAndIdsShowAsNumbers() {
        ItemCatalog catalog = ItemCatalog.unavailable("no database named world or acore_world");

        assertThat(catalog.available()).isFalse();
        assertThat(catalog.unavailableReason()).contains("no database named world or acore_world");
        assertThat(catalog.find(6948)).isEmpty();
        assertThat(catalog.label(6948)).isEqualTo("#6948");
        assertThat(catalog.search("hearth", null, null, 10)).isEmpty();
        assertThat(catalog.size()).isZero();
    }

    @Test
    void thePickerFindsAnItemByPartOfItsNameReadFromTheDatabase() throws Exception {
        try (Connection connection = TestDatabase.connect()) {
            DemoWorldDatabase.create(connection, DB);
        }
        ItemCatalog catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named(DB));

        assertThat(catalog.search("thunderfury", null, null, 10)).extracting(ItemTemplate::entry).contains(19019L);
        assertThat(catalog.search("HEARTH", null, null, 10)).extracting(ItemTemplate::name).contains("Hearthstone");
    }

    @Test
    void searchRanksTheExactIdThenPrefixThenWordThenContainsAndCapsTheCount() {
        ItemCatalog catalog = ItemCatalog.of("test", List.of(
                WorldFixtures.item(100, "Shadowmourne", 17),
                WorldFixtures.item(101, "Mourne Blade", 13),
                WorldFixtures.item(102, "Bloodmourne Axe", 13),
                WorldFixtures.item(103, "Blade of Mourne", 13),
                new ItemTemplate(104, "Mourne Helm", Quality.EPIC, 1, 264, 80, 1, 100, 0, 0, 0, 0),
                WorldFixtures.item(1001, "Unrelated", 13)));

        assertThat(catalog.search("mourne", null, null, 10)).extracting(ItemTemplate::entry)
                .containsExactly(104L, 101L, 103L, 102L, 100L);
        assertThat(catalog.search("100", null, null, 10)).extracting(ItemTemplate::entry)
                .containsExactly(100L, 1001L);
        assertThat(catalog.search("mourne", null, null, 2)).hasSize(2);
        assertThat(catalog.search("", null, null, 100)).hasSize(6);
    }

    @Test
    void searchForASlotOffersOnlyItemsThatFitIt() {
        ItemCatalog catalog = ItemCatalog.of("demo", DemoItems.all());

        List<ItemTemplate> offHand = catalog.search("", 16, null, 10_000);
        assertThat(offHand).isNotEmpty().allSatisfy(i -> assertThat(i.fits(16, null)).isTrue());
        assertThat(offHand).extracting(ItemTemplate::inventoryType).contains(13, 14, 22, 23, 17);

        List<ItemTemplate> mageOffHand = catalog.search("", 16, 8, 10_000);
        assertThat(mageOffHand).extracting(ItemTemplate::inventoryType).doesNotContain(17);
        assertThat(catalog.search("", 16, InventoryType.WARRIOR, 10_000)).extracting(ItemTemplate::inventoryType)
                .contains(17);
        assertThat(catalog.search("Hearthstone", 0, null, 10)).isEmpty();
        assertThat(catalog.search("", 1, null, 10)).allSatisfy(i -> assertThat(i.inventoryType()).isEqualTo(2))
                .isSortedAccordingTo((a, b) -> Integer.compare(b.itemLevel(), a.itemLevel()));
    }
}
