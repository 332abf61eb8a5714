package pbi.app.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.common.Screenshots;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.TlsMode;
import pbi.dao.testing.TlsServer;

/** File → Connect… against a TLS server: verified by default for a remote name, and trusted through the CA field. */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTlsTest {

    @TempDir
    static Path config;
    private ConnectDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("owner")), 200, 100));
        stage.show();
        dialog = new ConnectDialog(new ConnectViewModel(new FxTaskRunner(), new ProfileStore(config)), stage);
        dialog.show();
    }

    @AfterEach
    void hide() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> dialog.close());
        FxToolkit.hideStage();
    }

    @Test
    void aRemoteHostIsVerifiedAndTheCaFieldMakesTheTestServerTrusted(FxRobot robot) throws Exception {
        EmbeddedDatabase server = TlsServer.server();
        TextField host = robot.lookup("#connect-host").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<TlsMode> tls = robot.lookup("#connect-tls").queryAs(ComboBox.class);

        robot.interact(() -> host.setText("realm.example"));
        assertThat(tls.getValue()).isEqualTo(TlsMode.VERIFY_IDENTITY);

        robot.interact(() -> {
            host.setText("localhost");
            robot.lookup("#connect-port").queryAs(TextField.class).setText(Integer.toString(server.port()));
            robot.lookup("#connect-database").queryAs(TextField.class).setText("pbi_tls");
            robot.lookup("#connect-user").queryAs(TextField.class).setText(server.settings().user());
            robot.lookup("#connect-password").queryAs(TextField.class).setText(server.settings().password());
            robot.lookup("#connect-tls-ca").queryAs(TextField.class).setText(TlsServer.caFile().toString());
        });
        assertThat(tls.getValue()).as("a CA file asks for verification").isEqualTo(TlsMode.VERIFY_IDENTITY);
        robot.clickOn("#connect-test");

        Label result = robot.lookup("#connect-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return result.getText().startsWith("Connection works") || result.getText().startsWith("Cannot");
        });
        assertThat(result.getText()).startsWith("Connection works");
        Screenshots.save(robot.lookup("#connect-dialog").query().getScene(), "connect-dialog-tls");
    }
}
