package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Grants.Access.Verdict;

/** The grant lines as MariaDB 10/11 and MySQL 8 print them for SHOW GRANTS FOR CURRENT_USER(). */
class GrantsTest {

    private static final List<String> TABLES = Grants.PLAYERBOT_TABLES;

    private static Grants.Access access(String... lines) {
        return Grants.access(List.of(lines), "characters", TABLES, null);
    }

    @Test
    void mariaDbSelectOnlyAccountIsReadOnlyAndTheReasonNamesTheAccountAndEveryMissingGrant() {
        Grants.Access a = access(
                "GRANT USAGE ON *.* TO `pbi_ro`@`%` IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'",
                "GRANT SELECT ON `characters`.* TO `pbi_ro`@`%`");
        assertThat(a.verdict()).isEqualTo(Verdict.READ_ONLY);
        assertThat(a.reason()).isEqualTo("account pbi_ro has no INSERT, UPDATE or DELETE grant on playerbot_state,"
                + " playerbot_inventory and playerbot_equipment");
        assertThat(a.reason()).doesNotContain("2470C0");
    }

    @Test
    void mariaDbAllPrivilegesOnEverythingIsWritable() {
        assertThat(access("GRANT ALL PRIVILEGES ON *.* TO `pbi`@`127.0.0.1` IDENTIFIED BY PASSWORD '*AB12'"
                + " WITH GRANT OPTION").verdict()).isEqualTo(Verdict.WRITABLE);
    }

    @Test
    void allPrivilegesOnTheDatabaseIsWritableButOnAnotherDatabaseIsNot() {
        assertThat(access("GRANT USAGE ON *.* TO `gm`@`%`", "GRANT ALL PRIVILEGES ON `characters`.* TO `gm`@`%`")
                .verdict()).isEqualTo(Verdict.WRITABLE);
        assertThat(access("GRANT USAGE ON *.* TO `gm`@`%`", "GRANT ALL PRIVILEGES ON `world`.* TO `gm`@`%`")
                .verdict()).isEqualTo(Verdict.READ_ONLY);
    }

    @Test
    void tableGrantsMustCoverAllThreeTablesAndTheReasonSaysWhichPrivilegeIsMissingWhere() {
        Grants.Access a = access("GRANT USAGE ON *.* TO 'gm'@'localhost'",
                "GRANT SELECT, INSERT, DELETE ON `characters`.`playerbot_state` TO `gm`@`localhost`",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `characters`.`playerbot_inventory` TO `gm`@`localhost`",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `characters`.`playerbot_equipment` TO `gm`@`localhost`");
        assertThat(a.verdict()).isEqualTo(Verdict.READ_ONLY);
        assertThat(a.reason()).isEqualTo("account gm has no UPDATE grant on playerbot_state");

        assertThat(access("GRANT INSERT, UPDATE, DELETE ON `characters`.`playerbot_state` TO `gm`@`%`",
                "GRANT INSERT, UPDATE, DELETE ON `characters`.`playerbot_inventory` TO `gm`@`%`",
                "GRANT INSERT, UPDATE, DELETE ON `characters`.`playerbot_equipment` TO `gm`@`%`").verdict())
                .isEqualTo(Verdict.WRITABLE);
    }

    @Test
    void grantsAddUpAcrossLevels() {
        assertThat(access("GRANT INSERT ON *.* TO `gm`@`%`", "GRANT UPDATE ON `characters`.* TO `gm`@`%`",
                "GRANT DELETE ON `characters`.`playerbot_state` TO `gm`@`%`",
                "GRANT DELETE ON `characters`.`playerbot_inventory` TO `gm`@`%`",
                "GRANT DELETE ON `characters`.`playerbot_equipment` TO `gm`@`%`").verdict())
                .isEqualTo(Verdict.WRITABLE);
    }

    @Test
    void mySql8RootWithItsLongListAndDynamicPrivilegesIsWritable() {
        assertThat(access("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE,"
                + " REFERENCES, INDEX, ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE,"
                + " REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE,"
                + " CREATE USER, EVENT, TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE ON *.* TO `root`@`localhost`"
                + " WITH GRANT OPTION",
                "GRANT APPLICATION_PASSWORD_ADMIN,AUDIT_ABORT_EXEMPT,BACKUP_ADMIN,XA_RECOVER_ADMIN ON *.* TO"
                + " `root`@`localhost` WITH GRANT OPTION",
                "GRANT PROXY ON ``@`` TO `root`@`localhost` WITH GRANT OPTION").verdict())
                .isEqualTo(Verdict.WRITABLE);
    }

    @Test
    void mySql8SelectOnlyAccountIsReadOnly() {
        Grants.Access a = access("GRANT USAGE ON *.* TO `pbi_ro`@`%`",
                "GRANT SELECT ON `characters`.* TO `pbi_ro`@`%`");
        assertThat(a.readOnly()).isTrue();
        assertThat(a.account()).isEqualTo("pbi_ro");
    }

    @Test
    void mySql8PartialRevokeTakesTheWriteBackFromTheDatabase() {
        assertThat(access("GRANT SELECT, INSERT, UPDATE, DELETE ON *.* TO `u`@`%`",
                "REVOKE UPDATE ON `characters`.* FROM `u`@`%`").reason())
                .isEqualTo("account u has no UPDATE grant on playerbot_state, playerbot_inventory and"
                        + " playerbot_equipment");
    }

    @Test
    void columnPrivilegesAndRolesLeaveTheAnswerOpenSoTheWindowStaysWritable() {
        Grants.Access columns = access("GRANT USAGE ON *.* TO `gm`@`%`",
                "GRANT SELECT, UPDATE (`gold_copper`, `level`) ON `characters`.`playerbot_state` TO `gm`@`%`");
        assertThat(columns.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(columns.reason()).contains("single columns");

        Grants.Access mariaRole = access("GRANT `writer` TO `alice`@`%`", "GRANT USAGE ON *.* TO `alice`@`%`");
        assertThat(mariaRole.verdict()).isEqualTo(Verdict.UNKNOWN);
        Grants.Access mysqlRole = access("GRANT USAGE ON *.* TO `bob`@`%`", "GRANT `r_writer`@`%` TO `bob`@`%`");
        assertThat(mysqlRole.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(mysqlRole.reason()).contains("roles");
        // A role does not matter when the account's own grants already suffice.
        assertThat(access("GRANT ALL PRIVILEGES ON `characters`.* TO `bob`@`%`", "GRANT `r_reader`@`%` TO `bob`@`%`")
                .verdict()).isEqualTo(Verdict.WRITABLE);
    }

    @Test
    void databaseNamesAreLikePatternsAndBackquotesMayBeDoubled() {
        assertThat(access("GRANT ALL PRIVILEGES ON `char%`.* TO `gm`@`%`").verdict()).isEqualTo(Verdict.WRITABLE);
        assertThat(access("GRANT ALL PRIVILEGES ON `charact_rs`.* TO `gm`@`%`").verdict())
                .isEqualTo(Verdict.WRITABLE);
        assertThat(Grants.access(List.of("GRANT ALL PRIVILEGES ON `realm\\_1`.* TO `gm`@`%`"), "realmX1", TABLES,
                null).verdict()).isEqualTo(Verdict.READ_ONLY);
        assertThat(Grants.access(List.of("GRANT ALL ON `odd``name`.* TO `g``m`@`%`"), "odd`name", TABLES, null))
                .satisfies(a -> {
                    assertThat(a.verdict()).isEqualTo(Verdict.WRITABLE);
                    assertThat(a.account()).isEqualTo("g`m");
                });
    }
}
