package pbi.dao.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pbi.dao.json.ExportSource;

class RedactTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://realm.example:3306/characters?password=hunter2"
                + "|jdbc:mysql://realm.example:3306/characters?password=***",
        "jdbc:mysql://realm.example/characters?user=gm&password=hunter2&sslMode=VERIFY_IDENTITY"
                + "|jdbc:mysql://realm.example/characters?user=gm&password=***&sslMode=VERIFY_IDENTITY",
        "jdbc:mysql://gm:hunter2@realm.example:3306/characters|jdbc:mysql://gm:***@realm.example:3306/characters",
        "jdbc:mysql://gm:hunter2@a.example,gm:hunter3@b.example/characters"
                + "|jdbc:mysql://gm:***@a.example,gm:***@b.example/characters",
        "jdbc:mysql://(host=realm.example,port=3306,user=gm,password=hunter2)/characters"
                + "|jdbc:mysql://(host=realm.example,port=3306,user=gm,password=***)/characters",
        "jdbc:mysql://address=(host=realm.example)(port=3306)(password=hunter2)/characters"
                + "|jdbc:mysql://address=(host=realm.example)(port=3306)(password=***)/characters",
        "jdbc:mysql://realm.example/characters?PASSWORD1=hunter2&password2=two&password3=three"
                + "|jdbc:mysql://realm.example/characters?PASSWORD1=***&password2=***&password3=***",
        "jdbc:mysql://realm.example/c?trustCertificateKeyStorePassword=hunter2"
                + "|jdbc:mysql://realm.example/c?trustCertificateKeyStorePassword=***",
        "jdbc:mysql://realm.example:3306/characters?sslMode=REQUIRED"
                + "|jdbc:mysql://realm.example:3306/characters?sslMode=REQUIRED",
    })
    void everyUrlSyntaxLosesItsPassword(String url, String shown) {
        assertThat(Redact.url(url)).isEqualTo(shown);
        assertThat(Redact.hasPassword(url)).isEqualTo(!url.equals(shown));
    }

    @Test
    void aMessageLosesTheUrlPasswordAndTheKnownOne() {
        String message = "Failed while connecting to jdbc:mysql://gm:hunter2@realm.example/characters: the server"
                + " said hunter2 is wrong";

        assertThat(Redact.text(message, "hunter2")).doesNotContain("hunter2")
                .contains("jdbc:mysql://gm:***@realm.example/characters");
    }

    @Test
    void namesAndExportSourcesNeverCarryThePassword() {
        String url = "jdbc:mysql://(host=realm.example,port=3306,password=hunter2)/characters?password=hunter2";
        ConnectionSettings settings = new ConnectionSettings(null, url, "gm", "");

        assertThat(settings.name()).doesNotContain("hunter2");
        assertThat(settings.toString()).doesNotContain("hunter2");
        assertThat(ExportSource.of(settings).server()).doesNotContain("hunter2");
        assertThat(ExportSource.of(settings).name()).doesNotContain("hunter2");
        assertThat(Database.poolConfig(settings).getPoolName()).doesNotContain("realm.example")
                .doesNotContain("hunter2");
    }
}
