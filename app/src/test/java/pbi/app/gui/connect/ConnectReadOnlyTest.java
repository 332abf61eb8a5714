package pbi.app.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.TlsMode;

/** The connect dialog's read-only box: saved with the profile, shown again when it is chosen, handed to Connect. */
class ConnectReadOnlyTest {

    @TempDir
    Path config;

    @Test
    void theReadOnlyBoxIsSavedWithTheProfileAndReachesTheConnection() {
        ProfileStore store = new ProfileStore(config);
        ConnectViewModel vm = new ConnectViewModel(TaskRunner.direct(), store);
        vm.nameProperty().set("prod");
        vm.hostProperty().set("realm.example");
        vm.userProperty().set("gm");
        vm.tlsProperty().set(TlsMode.REQUIRED);
        vm.readOnlyProperty().set(true);
        List<ConnectionSettings> connected = new ArrayList<>();

        assertThat(vm.accept(connected::add)).isTrue();

        assertThat(connected).singleElement().satisfies(s -> assertThat(s.readOnly()).isTrue());
        assertThat(store.find("prod").orElseThrow().readOnly()).isTrue();

        ConnectViewModel again = new ConnectViewModel(TaskRunner.direct(), store);
        assertThat(again.readOnlyProperty().get()).isFalse();
        again.choose(again.profiles().get(0));
        assertThat(again.readOnlyProperty().get()).isTrue();
        again.readOnlyProperty().set(false);
        again.accept(connected::add);
        assertThat(connected.get(1).readOnly()).isFalse();
        assertThat(store.find("prod").orElseThrow().readOnly()).isFalse();
    }
}
