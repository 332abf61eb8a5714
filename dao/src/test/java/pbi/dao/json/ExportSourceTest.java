package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;

class ExportSourceTest {

    @Test
    void sourceNeverCarriesAPassword() {
        ExportSource source = ExportSource.of(new ConnectionSettings(null,
                "jdbc:mysql://admin:hunter2@realm.example:3306/characters?user=x&password=hunter2&sslMode=REQUIRED",
                "trinity", "hunter2"));

        assertThat(source.server()).doesNotContain("hunter2").contains("realm.example:3306/characters");
        assertThat(source.name()).doesNotContain("hunter2");
        assertThat(source.database()).isEqualTo("characters");
    }
}
