package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.db.Database;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.embedded.Generator;
import pbi.dao.domain.Limits;
import pbi.dao.testing.Bots;

/**
 * An import check against a populated realm: a file of {@code pbi.bench.file} new bots (100 inventory rows and 19
 * equipped items each; 20 of them hold an item guid a bot of the database holds) checked against
 * {@code pbi.bench.bots} bots, beside one streamed read of the two item tables' guids in the same run (what finding
 * shared item guids cannot do without). Prints figures, asserts only that both runs find the same 20 shared guids.
 * Run with {@code mvn -B -o -pl dao test -Dtest=ImportCheckBenchmarkTest -Dtest.excludedGroups=
 * -Dpbi.bench.bots=20000}; the data is kept in target/bench-mariadb (one database per bot count, shared with the
 * other benchmark tests).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "pbi.bench.bots", matches = "\\d+")
class ImportCheckBenchmarkTest {

    private static final int SHARED = 20;

    @TempDir
    Path dir;

    @Test
    void anImportCheckAgainstAPopulatedRealm() throws Exception {
        int bots = Integer.getInteger("pbi.bench.bots");
        int fileBots = Integer.getInteger("pbi.bench.file", 2_000);
        int runs = Integer.getInteger("pbi.bench.runs", 3);
        Path home = Path.of("target/bench-mariadb").toAbsolutePath();
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "gen_" + bots, line -> { })) {
            List<BigInteger> held = new ArrayList<>();
            Generator.ensureRealm(server, bots);
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT item_guid FROM playerbot_inventory"
                        + " ORDER BY bot_guid, bag, slot LIMIT " + SHARED);
                while (rs.next()) {
                    held.add(new BigInteger(rs.getString(1)));
                }
            }
            Path file = dir.resolve("new-bots.jsonl");
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                for (int i = 0; i < fileBots; i++) {
                    BotSnapshot bot = Bots.bot(900_000_000L + i, 100, 19);
                    if (i < held.size()) {
                        List<InventoryItem> items = new ArrayList<>(bot.inventory());
                        InventoryItem first = items.get(0);
                        items.set(0, new InventoryItem(first.botGuid(), first.bag(), first.slot(), first.itemId(),
                                held.get(i), first.stackCount(), first.enchantments(), first.durability(),
                                first.lastUpdated()));
                        bot = new BotSnapshot(bot.state(), items, bot.equipment());
                    }
                    out.write(Bots.jsonLine(bot));
                    out.newLine();
                }
            }
            try (Database database = Database.open(server.settings())) {
                BotImporter importer = new BotImporter(database, Limits.wotlk());
                double[] check = new double[runs];
                double[] read = new double[runs];
                long rows = 0;
                for (int run = -1; run < runs; run++) {
                    long t0 = System.nanoTime();
                    ImportCheck result = importer.check(file, plan -> { }, ExportProgress.NONE);
                    long t1 = System.nanoTime();
                    rows = readItemGuids(database);
                    long t2 = System.nanoTime();
                    assertThat(result.warningsByRule()).containsEntry("duplicate_item_guid", SHARED);
                    if (run >= 0) {
                        check[run] = (t1 - t0) / 1e6;
                        read[run] = (t2 - t1) / 1e6;
                    }
                }
                double checkMs = median(check);
                double readMs = median(read);
                System.out.printf("import check of %,d new bots (%,d item guids) against %,d bots (%,d item rows),"
                        + " %d runs after one warm-up, load average %.1f:%n", fileBots, fileBots * 119, bots, rows,
                        runs, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
                System.out.printf("  %-58s median %,10.0f ms%n", "baseline: one streamed read of the item guids",
                        readMs);
                System.out.printf("  %-58s median %,10.0f ms  (%.2fx baseline; %,.0f bots/s)%n",
                        "BotImporter.check (" + SHARED + " shared guids found)", checkMs, checkMs / readMs,
                        fileBots / (checkMs / 1000));
            }
        }
    }

    private static long readItemGuids(Database database) throws Exception {
        long rows = 0;
        try (Connection c = database.dataSource().getConnection()) {
            for (String sql : List.of("SELECT bot_guid, item_guid, bag, slot FROM playerbot_inventory",
                    "SELECT bot_guid, item_guid, slot FROM playerbot_equipment")) {
                try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    s.setFetchSize(Integer.MIN_VALUE);
                    try (ResultSet r = s.executeQuery(sql)) {
                        while (r.next()) {
                            r.getLong(1);
                            r.getLong(2);
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
