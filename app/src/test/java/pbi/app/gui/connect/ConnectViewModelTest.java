package pbi.app.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.BackendNotSupportedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.KeyringVault;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.TlsMode;
import pbi.dao.testing.TestDatabase;
import pbi.dao.testing.TlsServer;

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
        vm.userProperty().set(TestDatabase.settings().user());
        vm.passwordProperty().set(TestDatabase.settings().password());
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
    void aReadReplicaIsTestedTooAndKeptInTheProfile() {
        // The test server stands in for its own replica: both pools must answer.
        vm.readReplicaProperty().set("127.0.0.1:" + TestDatabase.server().port());
        vm.test();
        assertThat(vm.resultProperty().get()).startsWith("Connection works (primary and read replica)");

        vm.readReplicaProperty().set("127.0.0.1:1");
        vm.test();
        assertThat(vm.resultOkProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).contains("read replica");

        vm.readReplicaProperty().set("replica:x");
        assertThat(vm.profile()).isNull();
        assertThat(vm.resultProperty().get()).contains("numeric port");

        vm.readReplicaProperty().set("127.0.0.1:" + TestDatabase.server().port());
        List<ConnectionSettings> chosen = new ArrayList<>();
        assertThat(vm.accept(chosen::add)).isTrue();
        assertThat(chosen.get(0).readUrl()).startsWith("jdbc:mysql://127.0.0.1:").endsWith("sslMode=DISABLED");
        ConnectViewModel again = new ConnectViewModel(TaskRunner.direct(), new ProfileStore(config));
        again.choose(again.profiles().get(0));
        assertThat(again.readReplicaProperty().get()).isEqualTo("127.0.0.1:" + TestDatabase.server().port());
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
        vm.storeInFileProperty().set(true);
        vm.accept(connected::add);
        assertThat(store.storedPassword("test realm")).contains("secret");

        ConnectViewModel again = new ConnectViewModel(TaskRunner.direct(), new ProfileStore(config));
        again.choose(store.find("test realm").orElseThrow());
        assertThat(again.passwordProperty().get()).isEqualTo("secret");
        assertThat(again.storeInFileProperty().get()).isTrue();
        assertThat(again.storePasswordProperty().get()).isTrue();
    }

    @Test
    void withoutADesktopKeyringStoringThePasswordSaysSoAndStillConnects() {
        ProfileStore noKeyring = new ProfileStore(config, new KeyringVault(() -> {
            throw new BackendNotSupportedException("no Secret Service");
        }));
        ConnectViewModel model = new ConnectViewModel(TaskRunner.direct(), noKeyring);
        model.hostProperty().set("127.0.0.1");
        model.userProperty().set("gm");
        model.passwordProperty().set("secret");
        model.storePasswordProperty().set(true);
        List<ConnectionSettings> connected = new ArrayList<>();

        assertThat(model.accept(connected::add)).isTrue();

        assertThat(connected).hasSize(1);
        assertThat(model.resultProperty().get()).startsWith("No desktop keyring is available here");
        assertThat(config.resolve("passwords.json")).doesNotExist();
    }

    @Test
    void aRemoteServerIsVerifiedUnlessTheUserOptsOut() {
        ConnectViewModel model = new ConnectViewModel(TaskRunner.direct(), new ProfileStore(config));
        assertThat(model.tlsProperty().get()).isEqualTo(TlsMode.PREFERRED);

        model.hostProperty().set("realm.example");
        assertThat(model.tlsProperty().get()).isEqualTo(TlsMode.VERIFY_IDENTITY);

        model.tlsProperty().set(TlsMode.REQUIRED);
        model.hostProperty().set("other.example");
        assertThat(model.tlsProperty().get()).as("an explicit choice stays").isEqualTo(TlsMode.REQUIRED);
    }

    @Test
    void theCaFileOfTheDialogVerifiesATlsServer() {
        var server = TlsServer.server();
        vm.hostProperty().set("localhost");
        vm.portProperty().set(Integer.toString(server.port()));
        vm.databaseProperty().set("pbi_tls");
        vm.userProperty().set(server.settings().user());
        vm.passwordProperty().set(server.settings().password());
        vm.tlsProperty().set(TlsMode.VERIFY_IDENTITY);

        vm.test();
        assertThat(vm.resultProperty().get()).contains("the certificate is not trusted");

        vm.tlsCaProperty().set(TlsServer.caFile().toString());
        vm.test();
        assertThat(vm.resultProperty().get()).startsWith("Connection works");
    }
}
