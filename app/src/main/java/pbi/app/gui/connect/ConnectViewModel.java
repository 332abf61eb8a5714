package pbi.app.gui.connect;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pbi.app.gui.common.Messages;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.ConnectionProfile;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.db.PasswordStorage;
import pbi.dao.db.PasswordVault;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.TlsMode;
import pbi.dao.db.TlsTrust;

/** File → Connect…: saved profiles, a password that is stored only on request, and Test connection. */
public final class ConnectViewModel {

    private final TaskRunner runner;
    private final ProfileStore store;
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("3306");
    private final StringProperty database = new SimpleStringProperty("characters");
    private final StringProperty world = new SimpleStringProperty("");
    private final StringProperty readReplica = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsTrust.defaultMode("localhost"));
    private final StringProperty tlsCa = new SimpleStringProperty("");
    private final BooleanProperty storePassword = new SimpleBooleanProperty(false);
    private final BooleanProperty storeInFile = new SimpleBooleanProperty(false);
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    /** Until the user picks a TLS mode, it follows the host (verified for any server but this machine) and the CA. */
    private boolean tlsChosen;
    private boolean followingHost;
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty resultOk = new SimpleBooleanProperty(false);
    private final BooleanProperty testing = new SimpleBooleanProperty(false);

    public ConnectViewModel(TaskRunner runner, ProfileStore store) {
        this.runner = runner;
        this.store = store;
        host.addListener((o, before, now) -> followHost());
        tlsCa.addListener((o, before, now) -> followHost());
        tls.addListener((o, before, now) -> tlsChosen |= !followingHost);
        try {
            profiles.setAll(store.list());
        } catch (RuntimeException e) {
            result.set(e.getMessage());
        }
    }

    /** A CA file means the user wants the server verified, as {@code --tls-ca} does on the command line. */
    private void followHost() {
        if (!tlsChosen) {
            followingHost = true;
            tls.set(tlsCa.get().isBlank() ? TlsTrust.defaultMode(host.get()) : TlsMode.VERIFY_IDENTITY);
            followingHost = false;
        }
    }

    public void choose(ConnectionProfile profile) {
        if (profile == null) {
            return;
        }
        name.set(profile.name());
        host.set(profile.host());
        port.set(Integer.toString(profile.port()));
        database.set(profile.database());
        world.set(profile.world() == null ? "" : profile.world());
        readReplica.set(profile.readReplica() == null ? "" : profile.readReplica());
        user.set(profile.user());
        tls.set(profile.tls());
        tlsCa.set(profile.tlsCa() == null ? "" : profile.tlsCa());
        storeInFile.set(profile.passwordStorage() == PasswordStorage.FILE);
        readOnly.set(profile.readOnly());
        result.set("");
        password.set("");
        storePassword.set(false);
        // A keyring may wait for the user to unlock it: never on the UI thread.
        String chosen = profile.name();
        runner.run("Reading the stored password…", () -> store.storedPassword(chosen).orElse(null), stored -> {
            if (chosen.equals(name.get())) {
                password.set(stored == null ? "" : stored);
                storePassword.set(stored != null);
            }
        }, e -> {
            resultOk.set(false);
            result.set(Messages.of(e));
        });
    }

    /** The profile the fields describe, or null with {@link #resultProperty()} saying what is missing. */
    public ConnectionProfile profile() {
        String problem = null;
        int p = 0;
        try {
            p = Integer.parseInt(port.get().strip());
            if (p < 1 || p > 65535) {
                problem = "Port must be a number from 1 to 65535";
            }
        } catch (NumberFormatException e) {
            problem = "Port must be a number from 1 to 65535";
        }
        if (host.get().isBlank()) {
            problem = "Enter the database server's host name";
        } else if (database.get().isBlank()) {
            problem = "Enter the database name (the characters database)";
        } else if (user.get().isBlank()) {
            problem = "Enter the database user";
        }
        if (problem != null) {
            resultOk.set(false);
            result.set(problem);
            return null;
        }
        String n = name.get().isBlank() ? user.get().strip() + "@" + host.get().strip() + "/" + database.get().strip()
                : name.get().strip();
        ConnectionProfile profile = new ConnectionProfile(n, host.get().strip(), p, database.get().strip(),
                user.get().strip(), tls.get(), tlsCa.get(),
                storeInFile.get() ? PasswordStorage.FILE : PasswordStorage.KEYRING, world.get())
                .withReadReplica(readReplica.get())
                .withReadOnly(readOnly.get());
        try {
            profile.readUrl();
        } catch (IllegalArgumentException e) {
            resultOk.set(false);
            result.set(e.getMessage());
            return null;
        }
        return profile;
    }

    /** Opens a connection, checks the tables, and closes it again; the outcome lands in the result line. */
    public void test() {
        ConnectionProfile profile = profile();
        if (profile == null) {
            return;
        }
        ConnectionSettings settings = profile.withPassword(password.get());
        testing.set(true);
        result.set("Testing " + profile.host() + ":" + profile.port() + "…");
        runner.run("Testing the connection…", () -> {
            try (Database db = Database.open(settings)) {
                db.verify();
                return db.hasCharactersTable();
            }
        }, characters -> {
            testing.set(false);
            resultOk.set(true);
            result.set("Connection works" + (settings.readUrl() == null ? "" : " (primary and read replica)")
                    + ": the playerbot tables are there"
                    + (characters ? ", and the characters table." : " (no characters table, so no names)."));
        }, e -> {
            testing.set(false);
            resultOk.set(false);
            result.set(Messages.of(e));
        });
    }

    /** Saves the profile (and the password only when asked) and hands the settings to {@code connect}. */
    public boolean accept(Consumer<ConnectionSettings> connect) {
        ConnectionProfile profile = profile();
        if (profile == null) {
            return false;
        }
        try {
            store.save(profile, storePassword.get() ? password.get() : null);
        } catch (PasswordVault.VaultException e) {
            resultOk.set(false);
            result.set(e.getMessage());
        } catch (IOException | RuntimeException e) {
            result.set("Cannot save the profile in " + store.directory() + ": " + e.getMessage());
        }
        connect.accept(profile.withPassword(password.get()));
        return true;
    }

    public ObservableList<ConnectionProfile> profiles() {
        return profiles;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    /** The world database's name; blank looks for world or acore_world. */
    public StringProperty worldProperty() {
        return world;
    }

    /** A read replica as host[:port] or a JDBC URL; blank reads everything from the server above. */
    public StringProperty readReplicaProperty() {
        return readReplica;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return tls;
    }

    public BooleanProperty storePasswordProperty() {
        return storePassword;
    }

    /** The CA certificate file (PEM) that VERIFY_CA and VERIFY_IDENTITY trust; empty for Java's own list. */
    public StringProperty tlsCaProperty() {
        return tlsCa;
    }

    /** Store the password in a 0600 file instead of the desktop keyring (for desktops without one). */
    public BooleanProperty storeInFileProperty() {
        return storeInFile;
    }

    /** Open this connection read-only: every write action of the window is disabled. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty resultOkProperty() {
        return resultOk;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }
}
