package pbi.dao.doctor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.WorldSource;

/**
 * What the item rules cost a whole scan of the demo world: without world data, with the world database on the
 * same server (SQL), and reached by its own URL (catalog, streaming). Prints figures; asserts nothing about time.
 * Run with {@code mvn -B -o -pl dao test -Dtest=DoctorItemsBenchmarkTest -Dtest.excludedGroups=}.
 */
@Tag("benchmark")
class DoctorItemsBenchmarkTest {

    private static final String WORLD = "pbi_bench_demo_world";

    @Test
    void scanTimesWithAndWithoutTheItemRules() throws Exception {
        ConnectionSettings settings = TestDatabase.server().settingsFor("pbi_bench_demo");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            DemoWorld.ensure(connection, WORLD, line -> { });
        }
        int runs = Integer.getInteger("pbi.bench.runs", 5);
        try (Database database = Database.open(settings)) {
            ItemCatalog sameServer = ItemCatalog.lazy(database.dataSource()::getConnection, WorldSource.named(WORLD))
                    .load();
            ItemCatalog byUrl = ItemCatalog.lazy(database.dataSource()::getConnection,
                    WorldSource.fromOptions(WORLD, settings.jdbcUrl(), settings)).load();
            System.out.printf("catalog: %d items read in %d ms%n", sameServer.size(), sameServer.loadMillis());
            report("no item rules", new Doctor(database, Limits.wotlk()), runs);
            report("item rules in SQL", new Doctor(database, Limits.wotlk(), sameServer), runs);
            report("item rules via catalog", new Doctor(database, Limits.wotlk(), byUrl), runs);
        }
    }

    private static void report(String what, Doctor doctor, int runs) {
        doctor.scan(Scope.wholeDatabase()); // warm-up
        List<Long> millis = new ArrayList<>();
        int findings = 0;
        for (int i = 0; i < runs; i++) {
            ScanSummary summary = doctor.newScan(Scope.wholeDatabase(), f -> { }).call();
            millis.add(summary.elapsed().toMillis());
            findings = summary.findings();
        }
        millis.sort(Long::compare);
        System.out.printf("MEASURE doctor on the demo world (%d bots), %s: median %d ms (min %d, max %d),"
                + " %d findings%n", DemoWorld.BOTS, what, millis.get(millis.size() / 2), millis.get(0),
                millis.get(millis.size() - 1), findings);
    }
}
