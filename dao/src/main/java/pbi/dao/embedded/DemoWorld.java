package pbi.dao.embedded;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.SqlScripts;
import pbi.dao.world.DemoWorldDatabase;

/**
 * The deterministic demo world of the embedded database: {@value #BOTS} clean bots spread over every map and zone,
 * their TrinityCore {@code characters} rows, and a few dozen deliberately corrupted bots listed in
 * {@link #CORRUPTED}. Created on first start; a marker table written last says the world is complete, so an
 * interrupted creation is redone on the next start. {@link DemoPlan} computes the rows, {@link Corruptions} breaks
 * some of them on purpose, and {@link DemoWriter} writes them.
 */
public final class DemoWorld {

    /** The seed of the demo world's random source: the day Wrath of the Lich King came out. */
    public static final long SEED = 20_081_113L;
    /** How many bots have a state row (clean and corrupted together). */
    public static final int BOTS = 2_400;
    public static final long FIRST_GUID = 1_001;
    static final String MARKER_TABLE = "pbi_demo_marker";
    /**
     * The demo's layout; a marker of an older version means an older demo, upgraded in place on the next start (its bots are kept). Version 2 added
     * the world database and bots that carry its items.
     */
    static final int VERSION = 2;
    /** The demo's world database, beside the characters database on the embedded server, as on a real realm. */
    public static final String WORLD_DATABASE = "world";

    /**
     * Bot guid to the rule ids it deliberately breaks. Orphan rows are keyed by their orphan bot guid; both bots of
     * a duplicated item guid are listed. Every other demo bot is clean under the default limits.
     */
    public static final Map<BigInteger, Set<String>> CORRUPTED = Corruptions.BY_BOT;

    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);

    private DemoWorld() {
    }

    /**
     * Starts the embedded MariaDB in the user's data directory and makes sure it holds the demo world: what the
     * window and the command line open when no server is named. The server is stopped again if this fails.
     */
    public static EmbeddedDatabase startEmbedded(Consumer<String> progress) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(EmbeddedDatabase.defaultHome(), EmbeddedDatabase.DATABASE,
                progress);
        try {
            ensure(embedded, progress);
            return embedded;
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** Fills the embedded database with the demo world unless a complete one is already there. */
    public static void ensure(EmbeddedDatabase embedded, Consumer<String> progress) {
        try (Connection connection = embedded.connect()) {
            ensure(connection, progress);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.OTHER,
                    "Could not create the demo world in the embedded database: " + e.getMessage(), e);
        }
    }

    /**
     * Fills the database behind {@code connection} with the demo world unless a complete one is there. Drops and
     * recreates the three playerbot tables and {@code characters}: only for databases the tool owns.
     *
     * @return true when it created the world, false when a complete one was already there
     */
    public static boolean ensure(Connection connection, Consumer<String> progress) throws SQLException {
        return ensure(connection, WORLD_DATABASE, progress);
    }

    /**
     * As {@link #ensure(Connection, Consumer)}, with the world database under another name (the tests share one
     * server).
     */
    public static boolean ensure(Connection connection, String worldDatabase, Consumer<String> progress)
            throws SQLException {
        if (isComplete(connection, worldDatabase)) {
            progress.accept("Demo world ready");
            return false;
        }
        if (markerVersion(connection) > 0) {
            // A complete demo of an older version holds the user's edits: add what is new, never remake it.
            progress.accept("Demo world: adding the world database");
            DemoWorldDatabase.create(connection, worldDatabase);
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE " + MARKER_TABLE + " SET version = " + VERSION);
            }
            LOG.info("Demo world upgraded to version {}: world database {} added, bots kept", VERSION,
                    worldDatabase);
            progress.accept("Demo world ready");
            return false;
        }
        long started = System.nanoTime();
        progress.accept("Creating the demo world…");
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + MARKER_TABLE);
            statement.execute("DROP TABLE IF EXISTS playerbot_inventory, playerbot_equipment, playerbot_state,"
                    + " characters");
        }
        progress.accept("Demo world: item_template");
        // Before the transaction: CREATE DATABASE commits implicitly.
        DemoWorldDatabase.create(connection, worldDatabase);
        SqlScripts.run(connection, SqlScripts.PLAYERBOT_SCHEMA);
        SqlScripts.run(connection, SqlScripts.CHARACTERS_SCHEMA);
        DemoPlan plan = DemoPlan.make(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            DemoWriter.write(connection, plan, progress);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + MARKER_TABLE + " (version INT NOT NULL, seed BIGINT NOT NULL,"
                        + " bots INT NOT NULL, created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO " + MARKER_TABLE + " (version, seed, bots) VALUES (" + VERSION + ", "
                        + SEED + ", " + plan.bots().size() + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Demo world created: {} bots, {} rows in {} ms", plan.bots().size(), plan.rows(), millis);
        progress.accept(String.format("Demo world ready: %,d bots, %,d rows in %.1f s", plan.bots().size(),
                plan.rows(), millis / 1000.0));
        return true;
    }

    /** The version in the marker written after the last row, or 0 when there is none. */
    static int markerVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM"
                + " information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?")) {
            statement.setString(1, MARKER_TABLE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    return 0;
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + MARKER_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** True when the marker written after the last row is present, and the world database too. */
    public static boolean isComplete(Connection connection) throws SQLException {
        return isComplete(connection, WORLD_DATABASE);
    }

    /**
     * True when this version's marker, written after the last row, is present and the world database has its
     * {@code item_template}: a demo made before the world database existed gets it on its next start, bots kept.
     */
    public static boolean isComplete(Connection connection, String worldDatabase) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM"
                + " information_schema.tables WHERE table_schema = ? AND table_name = 'item_template'")) {
            statement.setString(1, worldDatabase);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    return false;
                }
            }
        }
        return markerVersion(connection) == VERSION;
    }
}
