package pbi.app.gui.connect;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import pbi.app.gui.common.Styles;
import pbi.app.gui.common.WindowSizes;
import pbi.dao.db.ConnectionProfile;
import pbi.dao.db.TlsMode;

/** File → Connect…: pick or fill in a profile, test it, connect. */
public final class ConnectDialog extends Dialog<Boolean> {

    public ConnectDialog(ConnectViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("Connect to a database");
        setHeaderText("Connect to a TrinityCore characters database with the playerbot tables");
        getDialogPane().setId("connect-dialog");
        WindowSizes.fit(this, 560, 360);
        getDialogPane().getStylesheets().add(Styles.stylesheet());
        ComboBox<ConnectionProfile> profiles = new ComboBox<>(vm.profiles());
        profiles.setId("connect-profiles");
        profiles.setPromptText(vm.profiles().isEmpty() ? "no saved profiles yet" : "choose a saved profile");
        profiles.setCellFactory(l -> new ProfileCell());
        profiles.setButtonCell(new ProfileCell());
        profiles.setOnAction(e -> vm.choose(profiles.getValue()));
        TextField name = text("connect-name", vm.nameProperty());
        name.setPromptText("optional, e.g. test realm");
        TextField host = text("connect-host", vm.hostProperty());
        TextField port = text("connect-port", vm.portProperty());
        port.setPrefColumnCount(6);
        TextField database = text("connect-database", vm.databaseProperty());
        TextField world = text("connect-world", vm.worldProperty());
        world.setPromptText("optional; default world or acore_world");
        TextField replica = text("connect-read-replica", vm.readReplicaProperty());
        replica.setPromptText("optional; host[:port] or JDBC URL of a read replica");
        TextField user = text("connect-user", vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        ComboBox<TlsMode> tls = new ComboBox<>();
        tls.setId("connect-tls");
        tls.getItems().setAll(TlsMode.values());
        tls.valueProperty().bindBidirectional(vm.tlsProperty());
        CheckBox store = new CheckBox("Store the password in the desktop keyring (off by default)");
        store.setId("connect-store-password");
        store.selectedProperty().bindBidirectional(vm.storePasswordProperty());
        CheckBox inFile = new CheckBox("…in a file only you can read instead (no keyring on this desktop)");
        inFile.setId("connect-store-in-file");
        inFile.selectedProperty().bindBidirectional(vm.storeInFileProperty());
        inFile.disableProperty().bind(store.selectedProperty().not());
        CheckBox readOnly = new CheckBox("Read-only: open this database without any way to write to it");
        readOnly.setId("connect-read-only");
        readOnly.selectedProperty().bindBidirectional(vm.readOnlyProperty());
        TextField ca = text("connect-tls-ca", vm.tlsCaProperty());
        ca.setPromptText("the server's CA certificate (PEM), for VERIFY_CA and VERIFY_IDENTITY");
        ca.setPrefColumnCount(28);
        Button browse = new Button("Browse…");
        browse.setId("connect-tls-ca-browse");
        browse.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("CA certificate of the server");
            java.io.File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                vm.tlsCaProperty().set(chosen.getAbsolutePath());
            }
        });
        Button test = new Button("Test connection");
        test.setId("connect-test");
        test.setOnAction(e -> vm.test());
        test.disableProperty().bind(vm.testingProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.testingProperty());
        Label result = new Label();
        result.setId("connect-result");
        result.setWrapText(true);
        result.setMaxWidth(460);
        result.textProperty().bind(vm.resultProperty());
        result.styleProperty().bind(Bindings.when(vm.resultOkProperty()).then("-fx-text-fill: #1e7e34;")
                .otherwise("-fx-text-fill: #b02a37;"));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Saved profile"), profiles);
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Host"), new HBox(6, host, new Label("Port"), port));
        grid.addRow(row++, new Label("Database"), database);
        grid.addRow(row++, new Label("World database"), world);
        grid.addRow(row++, new Label("Read replica"), replica);
        grid.addRow(row++, new Label("User"), user);
        grid.addRow(row++, new Label("Password"), password);
        grid.addRow(row++, new Label(""), store);
        grid.addRow(row++, new Label(""), inFile);
        grid.addRow(row++, new Label("TLS"), tls);
        grid.addRow(row++, new Label("CA certificate"), new HBox(6, ca, browse));
        grid.addRow(row++, new Label(""), readOnly);
        grid.addRow(row++, new Label(""), new HBox(8, test, spinner));
        grid.add(result, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        Button connectButton = (Button) getDialogPane().lookupButton(connect);
        connectButton.setId("connect-ok");
        connectButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (vm.profile() == null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == connect ? Boolean.TRUE : null);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static final class ProfileCell extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name() + " — " + p.user() + "@" + p.host() + ":" + p.port() + "/"
                    + p.database());
        }
    }
}
