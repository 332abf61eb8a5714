package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Grants.Access.Verdict;
import pbi.dao.testing.TestDatabase;

/** Grants read from a real MariaDB for accounts made with CREATE USER … GRANT. */
class GrantsServerTest {

    private static String schema;

    @BeforeAll
    static void accounts() {
        String url = TestDatabase.settings().jdbcUrl();
        schema = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        drop();
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            TestDatabase.sql("CREATE USER 'pbi_ro'@'" + host + "' IDENTIFIED BY 'ro-secret'",
                    "GRANT SELECT ON `" + schema + "`.* TO 'pbi_ro'@'" + host + "'",
                    "CREATE USER 'pbi_gm'@'" + host + "' IDENTIFIED BY 'gm-secret'",
                    "GRANT SELECT ON `" + schema + "`.* TO 'pbi_gm'@'" + host + "'",
                    "GRANT INSERT, DELETE ON `" + schema + "`.`playerbot_state` TO 'pbi_gm'@'" + host + "'",
                    "GRANT INSERT, UPDATE, DELETE ON `" + schema + "`.`playerbot_inventory` TO 'pbi_gm'@'" + host
                            + "'",
                    "GRANT INSERT, UPDATE, DELETE ON `" + schema + "`.`playerbot_equipment` TO 'pbi_gm'@'" + host
                            + "'");
        }
    }

    @AfterAll
    static void drop() {
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            TestDatabase.sql("DROP USER IF EXISTS 'pbi_ro'@'" + host + "'",
                    "DROP USER IF EXISTS 'pbi_gm'@'" + host + "'");
        }
    }

    private static Grants.Access as(String user, String password) {
        ConnectionSettings settings = new ConnectionSettings(user, TestDatabase.settings().jdbcUrl(), user, password);
        try (Database database = Database.open(settings)) {
            return Grants.check(database);
        }
    }

    @Test
    void aSelectOnlyAccountIsReadOnlyWithTheReasonNamingIt() {
        Grants.Access access = as("pbi_ro", "ro-secret");
        assertThat(access.verdict()).isEqualTo(Verdict.READ_ONLY);
        assertThat(access.reason()).isEqualTo("account pbi_ro has no INSERT, UPDATE or DELETE grant on"
                + " playerbot_state, playerbot_inventory and playerbot_equipment");
    }

    @Test
    void anAccountWithoutUpdateOnOneTableIsReadOnlyAndTheReasonSaysWhere() {
        assertThat(as("pbi_gm", "gm-secret").reason()).isEqualTo("account pbi_gm has no UPDATE grant on"
                + " playerbot_state");
    }

    @Test
    void theTestAccountWithAllPrivilegesIsWritable() {
        assertThat(Grants.check(TestDatabase.database()).verdict()).isEqualTo(Verdict.WRITABLE);
    }
}
