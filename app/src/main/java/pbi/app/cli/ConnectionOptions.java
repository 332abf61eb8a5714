package pbi.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import pbi.dao.db.ConnectionProfile;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.db.PasswordVault;
import pbi.dao.db.ProfileStore;
import pbi.dao.db.Redact;
import pbi.dao.db.TlsMode;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.WorldSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a subcommand connects: a JDBC URL, the embedded database, or a saved profile. */
public final class ConnectionOptions {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    @Option(names = "--world", paramLabel = "NAME",
            description = "The world database (with item_template) on the same server. Default: world, else"
                    + " acore_world, or the profile's world database.")
    String world;

    @Option(names = "--world-url", paramLabel = "JDBC_URL",
            description = "The world database on another server, read with the same user and password.")
    String worldUrl;

    @Option(names = "--read-url", paramLabel = "JDBC_URL",
            description = "A read replica: browsing, export, the map and doctor scans read there; loading a bot to"
                    + " edit it, saves, fixes and imports always use the primary. Same user, password and TLS as the"
                    + " primary unless the URL says otherwise.")
    String readUrl;

    /** The world database a chosen profile names, kept when {@link #settings()} reads the profile. */
    private String profileWorld;

    @Option(names = "--user", description = "Database user (with --url).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from FILE instead of $PBI_PASSWORD or a prompt.")
    Path passwordFile;

    @Option(names = "--tls-ca", paramLabel = "FILE",
            description = "The server's CA certificate (PEM); VERIFY_CA and VERIFY_IDENTITY trust only it.")
    Path tlsCa;

    @Option(names = "--tls-mode", paramLabel = "MODE",
            description = "DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY (with --url). Default:"
                    + " VERIFY_IDENTITY for any host but this machine; PREFERRED, or DISABLED, is the way to opt out.")
    TlsMode tlsMode;

    @Option(names = "--read-only", description = "Write nothing: commands that write refuse (exit code 5), and"
            + " the window opens read-only. A read-only profile does the same.")
    boolean readOnly;

    static final class Target {
        @Option(names = "--url", paramLabel = "JDBC_URL", required = true,
                description = "For example jdbc:mysql://localhost:3306/characters")
        String url;

        @Option(names = "--embedded", required = true, description = "Use the embedded demo database.")
        boolean embedded;

        @Option(names = "--profile", paramLabel = "NAME", required = true, description = "Use a saved profile.")
        String profile;
    }

    public boolean isEmbedded() {
        return target == null || target.embedded;
    }

    /** True when the user named a server (by URL or profile) rather than the embedded database. */
    public boolean namesServer() {
        return target != null && !target.embedded;
    }

    /**
     * Resolves the options to connection settings, asking for a password when needed.
     *
     * @throws UsageException when the options do not say enough
     */
    public ConnectionSettings settings() throws IOException {
        ConnectionSettings settings = resolve();
        return readOnly ? settings.withReadOnly(true) : settings;
    }

    /**
     * True when {@code --read-only} was given or the chosen profile is read-only (read without asking for a
     * password).
     */
    public boolean readOnly() {
        if (readOnly) {
            return true;
        }
        if (target == null || target.profile == null) {
            return false;
        }
        try {
            return ProfileStore.defaultStore().find(target.profile).map(ConnectionProfile::readOnly).orElse(false);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * Stops a command that would write when the connection is read-only, before it connects.
     *
     * @param what the command, as the user typed it: "import", "doctor --fix"
     * @param instead what the user may run instead, or null
     */
    public void refuseIfReadOnly(String what, String instead) {
        if (readOnly()) {
            throw new ReadOnlyException(what + " writes to the database, and this connection is read-only ("
                    + (readOnly ? "--read-only" : "profile " + target.profile + " is read-only")
                    + "): nothing was written" + (instead == null ? "" : "; " + instead));
        }
    }

    private ConnectionSettings resolve() throws IOException {
        if (target != null && target.url != null) {
            if (user == null) {
                throw new UsageException("--url needs --user");
            }
            return TlsOptions.settings(target.url, user, tlsMode, tlsCa, () -> password(Redact.url(target.url)),
                    passwordFile != null, System.getenv("PBI_PASSWORD") != null)
                    .withReadUrl(readUrl == null ? null : TlsOptions.readUrl(readUrl, tlsMode, tlsCa));
        }
        if (target == null || target.embedded) {
            if (readUrl != null) {
                throw new UsageException("--read-url goes with --url or --profile: the embedded database has no"
                        + " replica");
            }
            throw new UsageException("--url or --profile names the server to connect to");
        }
        if (tlsCa != null || tlsMode != null) {
            throw new UsageException("--tls-ca and --tls-mode go with --url; a saved profile keeps its own TLS"
                    + " settings");
        }
        ProfileStore store = ProfileStore.defaultStore();
        ConnectionProfile profile = store.find(target.profile).orElseThrow(() -> new UsageException(
                "No saved profile named \"" + target.profile + "\" in " + store.directory()));
        profileWorld = profile.world();
        String password;
        try {
            password = store.storedPassword(profile.name()).orElse(null);
        } catch (PasswordVault.VaultException e) {
            throw new UsageException(e.getMessage());
        }
        if (readUrl != null) {
            profile = profile.withReadReplica(readUrl);
        }
        try {
            return profile.withPassword(password != null ? password : password(profile.name()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private String password(String where) throws IOException {
        if (passwordFile != null) {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        String env = System.getenv("PBI_PASSWORD");
        if (env != null) {
            return env;
        }
        Console console = System.console();
        if (console == null) {
            return "";
        }
        char[] typed = console.readPassword("Password for %s: ", where);
        return typed == null ? "" : new String(typed);
    }

    /**
     * Opens the pool, starting the embedded server (with its demo world) when that is the target. The connection's
     * item catalog reads the world database on first use.
     */
    public OpenConnection open(Consumer<String> progress) throws IOException {
        rejectReadUrlWithoutServer();
        if (isEmbedded()) {
            EmbeddedDatabase embedded = DemoWorld.startEmbedded(progress);
            Database database = AuditCommand.recording(Database.open(embedded.settings()));
            return new OpenConnection(database, embedded, items(database, embedded.settings()));
        }
        ConnectionSettings settings = settings();
        Database database = AuditCommand.recording(Database.open(settings));
        return new OpenConnection(database, null, items(database, settings));
    }

    /** A read replica needs a server to stand beside: with the embedded database it is a usage error. */
    public void rejectReadUrlWithoutServer() {
        if (isEmbedded() && readUrl != null) {
            throw new UsageException("--read-url goes with --url or --profile: the embedded database has no replica");
        }
    }

    /** Where the world database is: {@code --world}, {@code --world-url}, the profile's, or looked for. */
    public WorldSource worldSource(ConnectionSettings characters) {
        return WorldSource.fromOptions(world != null ? world : profileWorld, worldUrl, characters);
    }

    private ItemCatalog items(Database database, ConnectionSettings characters) {
        return ItemCatalog.lazy(database.dataSource()::getConnection, worldSource(characters));
    }

    /** A write asked of a read-only connection (exit code 5). */
    public static final class ReadOnlyException extends RuntimeException {
        public ReadOnlyException(String message) {
            super(message);
        }
    }

    /** A bad combination of options, reported as a usage error (exit code 2). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
