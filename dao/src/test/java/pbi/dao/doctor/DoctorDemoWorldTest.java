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

class DoctorDemoWorldTest {

    @Test
    void findsExactlyTheDemoWorldsCorruptedBotsAndRepairsThemAll() throws Exception {
        ConnectionSettings settings = TestDatabase.server().settingsFor("pbi_doctor_demo");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            DemoWorld.ensure(connection, line -> { });
        }
        try (Database database = Database.open(settings)) {
            Doctor doctor = new Doctor(database, Limits.wotlk());

            List<Finding> findings = doctor.scan(Scope.wholeDatabase());

            Map<BigInteger, Set<String>> found = new TreeMap<>();
            findings.forEach(f -> found.computeIfAbsent(f.botGuid(), g -> new TreeSet<>()).add(f.rule().id()));
            assertThat(found).isEqualTo(new TreeMap<>(DemoWorld.CORRUPTED));

            List<FixOutcome> outcomes = doctor.fixer().apply(doctor.fixer().plan(findings), bot -> { });

            assertThat(outcomes).allSatisfy(o -> assertThat(o.passes()).as("bot %s: %s", o.botGuid(), o).isTrue());
            assertThat(doctor.scan(Scope.wholeDatabase())).isEmpty();
        }
    }
}
