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
    static final int VERSION = 1;

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
        if (isComplete(connection)) {
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

    /** True when the marker written after the last row is present. */
    public static boolean isComplete(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM"
                + " information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?")) {
            statement.setString(1, MARKER_TABLE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    return false;
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + MARKER_TABLE)) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}
