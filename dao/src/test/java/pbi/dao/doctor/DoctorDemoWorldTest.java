package pbi.dao.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.WorldSource;

class DoctorDemoWorldTest {

    private static final String WORLD = "pbi_doctor_demo_world";

    @Test
    void findsExactlyTheDemoWorldsCorruptedBotsAndRepairsThemAll() throws Exception {
        ConnectionSettings settings = TestDatabase.server().settingsFor("pbi_doctor_demo");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            DemoWorld.ensure(connection, WORLD, line -> { });
        }
        try (Database database = Database.open(settings)) {
            ItemCatalog items = ItemCatalog.lazy(database.dataSource()::getConnection, WorldSource.named(WORLD));
            Doctor doctor = new Doctor(database, Limits.wotlk(), items);

            List<Finding> findings = doctor.scan(Scope.wholeDatabase());

            Map<BigInteger, Set<String>> found = new TreeMap<>();
            findings.forEach(f -> found.computeIfAbsent(f.botGuid(), g -> new TreeSet<>()).add(f.rule().id()));
            assertThat(found).isEqualTo(new TreeMap<>(DemoWorld.CORRUPTED));
            assertThat(found.values().stream().flatMap(Set::stream)).contains("item.unknown",
                    "equipment.wrong_slot", "inventory.stack_over_max", "item.durability_over_max",
                    "equipment.gems_over_sockets");

            List<FixOutcome> outcomes = doctor.fixer().apply(doctor.fixer().plan(findings), bot -> { });

            // Unknown items and surplus gems have no safe fix, so they are all that is left: on the bots listed with
            // them, and on bots whose malformed gem string was cut to its first gems, more than their item's sockets.
            Set<String> unfixable = Set.of("item.unknown", "equipment.gems_over_sockets");
            assertThat(outcomes).allSatisfy(o -> assertThat(o.remaining()).as("bot %s: %s", o.botGuid(), o)
                    .allMatch(f -> unfixable.contains(f.rule().id())));
            Map<BigInteger, Set<String>> left = new TreeMap<>();
            doctor.scan(Scope.wholeDatabase()).forEach(f -> left.computeIfAbsent(f.botGuid(), g -> new TreeSet<>())
                    .add(f.rule().id()));
            assertThat(left.values()).allMatch(unfixable::containsAll);
            DemoWorld.CORRUPTED.forEach((guid, rules) -> rules.stream().filter(unfixable::contains)
                    .forEach(r -> assertThat(left.get(guid)).as("bot %s", guid).contains(r)));
            assertThat(left.keySet()).allMatch(g -> DemoWorld.CORRUPTED.get(g).stream().anyMatch(r ->
                    unfixable.contains(r) || r.startsWith("equipment.gems") || r.equals("equipment.too_many_gems")));
        }
    }
}
