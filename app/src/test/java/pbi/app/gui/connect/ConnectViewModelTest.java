package pbi.app.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.TlsMode;
import pbi.dao.testing.TestDatabase;

/** Test connection and Connect, against the real test server. */
class ConnectViewModelTest {

    @TempDir
    Path config;
    private ConnectViewModel vm;

    @BeforeEach
    void fields() {
        vm = new ConnectViewModel(TaskRunner.direct(), new ProfileStore(config));
        vm.hostProperty().set("127.0.0.1");
        vm.portProperty().set(Integer.toString(TestDatabase.server().port()));
        vm.databaseProperty().set("pbi_test");
        vm.userProperty().set("root");
        vm.tlsProperty().set(TlsMode.DISABLED);
    }

    @Test
    void aWorkingConnectionSaysSo() {
        vm.test();

        assertThat(vm.resultOkProperty().get()).isTrue();
        assertThat(vm.resultProperty().get()).startsWith("Connection works");
    }

    @Test
    void aDatabaseWithoutThePlayerbotTablesSaysWhichAreMissing() {
        vm.databaseProperty().set("mysql");

        vm.test();

        assertThat(vm.resultOkProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).contains("playerbot tables");
    }

    @Test
    void anUnreachableHostIsReportedInUserTerms() {
        vm.portProperty().set("1");

        vm.test();

        assertThat(vm.resultOkProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).doesNotContain("Exception");
    }

    @Test
    void aMissingUserIsAskedForBeforeConnecting() {
        vm.userProperty().set(" ");

        assertThat(vm.accept(s -> { })).isFalse();
        assertThat(vm.resultProperty().get()).isEqualTo("Enter the database user");
    }

    @Test
    void thePasswordIsStoredOnlyWhenTheUserAsks() {
        List<ConnectionSettings> connected = new ArrayList<>();
        ProfileStore store = new ProfileStore(config);
        vm.nameProperty().set("test realm");
        vm.passwordProperty().set("secret");

        vm.accept(connected::add);

        assertThat(connected).singleElement().extracting(ConnectionSettings::password).isEqualTo("secret");
        assertThat(store.find("test realm")).isPresent();
        assertThat(store.storedPassword("test realm")).isEmpty();

        vm.storePasswordProperty().set(true);
        vm.accept(connected::add);
        assertThat(store.storedPassword("test realm")).contains("secret");
    }
}
