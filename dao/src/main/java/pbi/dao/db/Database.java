package pbi.dao.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import pbi.dao.mapper.BrowseMapper;

/**
 * One connection to one database: a small HikariCP pool and the application's single {@link SqlSessionFactory}.
 * The pool starts even while the server is down and connects when it comes back.
 */
public final class Database implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ConnectionSettings settings;
    private final HikariDataSource dataSource;
    private final SqlSessionFactory factory;
    private volatile Boolean charactersTable;
    /** On the primary: its read replica, or null. On a replica: null. */
    private Database replica;
    /** On a replica: the primary it stands in for, which it hands reads back to when asked. On the primary: null. */
    private Database primary;
    /** On the primary: this session reads from the primary although a replica is set (the replica lags). */
    private volatile boolean readsOnPrimary;
    private volatile WriteListener writes = WriteListener.NONE;

    private Database(ConnectionSettings settings, HikariDataSource dataSource, SqlSessionFactory factory) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.factory = factory;
    }

    /**
     * Builds the pool without waiting for the server, and a second, read-only pool when the settings name a read
     * replica ({@link #reads()}).
     */
    public static Database open(ConnectionSettings settings) {
        return open(settings, mappers());
    }

    /**
     * As {@link #open(ConnectionSettings)}, with MyBatis's configuration already read by {@link #mappers()}: the
     * window's start reads it while the embedded server starts.
     */
    public static Database open(ConnectionSettings settings, Mappers mappers) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
        Database database = new Database(settings, dataSource, sessionFactory(mappers.configuration, dataSource));
        settings.readSide().ifPresent(read -> {
            HikariConfig config = poolConfig(read);
            // Anything that tries to write through the read side fails on the server instead of writing there.
            config.setReadOnly(true);
            config.setMaximumPoolSize(3);
            HikariDataSource readPool;
            try {
                readPool = new HikariDataSource(config);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            database.replica = new Database(read, readPool, sessionFactory(mappers().configuration, readPool));
            database.replica.primary = database;
        });
        return database;
    }

    /**
     * Where heavy reads go (browsing, export, the map, doctor scans): the read replica when one is set and this
     * session has not switched back to the primary, else the primary itself. Loading a bot to edit it, saves,
     * conflict checks, fixes and imports use the primary, never this.
     */
    public Database reads() {
        return replica == null ? this : replica;
    }

    /** Whether a read replica is set for this connection (even while reads are switched to the primary). */
    public boolean hasReplica() {
        return replica != null;
    }

    /**
     * Sends this session's reads to the primary (true) or back to the replica (false). Services built on
     * {@link #reads()} follow at their next unit of work.
     */
    public void readFromPrimary(boolean onPrimary) {
        Database owner = primary == null ? this : primary;
        owner.readsOnPrimary = onPrimary;
    }

    /** True when a replica is set but reads go to the primary. */
    public boolean readingFromPrimary() {
        Database owner = primary == null ? this : primary;
        return owner.replica != null && owner.readsOnPrimary;
    }

    /** How far the read replica is behind, read on the replica itself; {@link ReplicaLag#none()} without one. */
    public ReplicaLag replicaLag() {
        Database owner = primary == null ? this : primary;
        if (owner.replica == null) {
            return ReplicaLag.none();
        }
        return ReplicaLag.read(owner.replica.dataSource::getConnection);
    }

    /** The database that serves this one's work now: the primary when this replica hands its reads back. */
    private Database serving() {
        return primary != null && primary.readsOnPrimary ? primary : this;
    }

    static HikariConfig poolConfig(ConnectionSettings settings) {
        HikariConfig config = new HikariConfig();
        // The name shows in logs and thread names; the URL stays out of it, with whatever password it carries.
        config.setPoolName("pbi-pool-" + POOLS.incrementAndGet());
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        if (!usesUrlPassword(settings)) {
            config.setPassword(settings.password());
        }
        // A desktop client: one connection for the window, one for background work, two for export/import.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setValidationTimeout(3_000);
        config.setKeepaliveTime(120_000);
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        config.addDataSourceProperty("connectTimeout", "5000");
        // Longer than InnoDB's default 50 s lock wait, so that a lock timeout arrives as a lock timeout.
        if (!settings.jdbcUrl().contains("socketTimeout=")) {
            // The data source's properties override the URL's, so a URL's own socket timeout must not be shadowed.
            config.addDataSourceProperty("socketTimeout", "120000");
        }
        config.setConnectionInitSql(lockWaitBelow(socketTimeoutMillis(settings.jdbcUrl())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // Server-side prepared statements use the binary protocol, which carries FLOAT values bit for bit.
        config.addDataSourceProperty("useServerPrepStmts", "true");
        config.addDataSourceProperty("cachePrepStmts", "true");
        config.addDataSourceProperty("prepStmtCacheSize", "250");
        config.addDataSourceProperty("prepStmtCacheSqlLimit", "4096");
        config.addDataSourceProperty("rewriteBatchedStatements", "true");
        config.addDataSourceProperty("useLocalSessionState", "true");
        config.addDataSourceProperty("elideSetAutoCommits", "true");
        config.addDataSourceProperty("cacheServerConfiguration", "true");
        config.addDataSourceProperty("cacheResultSetMetadata", "true");
        config.addDataSourceProperty("maintainTimeStats", "false");
        config.addDataSourceProperty("characterEncoding", "UTF-8");
        TlsTrust.configure(settings, config::addDataSourceProperty);
        return config;
    }

    /** A password written in the URL is the one to use; an empty property must not replace it. */
    private static boolean usesUrlPassword(ConnectionSettings settings) {
        return settings.password().isEmpty() && Redact.hasPassword(settings.jdbcUrl());
    }

    /**
     * A URL may set a shorter socket timeout than the server's lock wait; then a lock wait would end as a dead socket
     * ("cannot reach the server") instead of the server's lock wait timeout. Each connection's lock wait is kept
     * below the socket timeout, never above what the server is configured to.
     */
    static String lockWaitBelow(long socketTimeoutMillis) {
        long seconds = Math.max(1, socketTimeoutMillis / 1000 - 2);
        return "SET SESSION innodb_lock_wait_timeout = LEAST(@@GLOBAL.innodb_lock_wait_timeout, " + seconds + ")";
    }

    /** The socketTimeout a JDBC URL sets, else the pool's own 120 s. */
    static long socketTimeoutMillis(String jdbcUrl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]socketTimeout=(\\d+)").matcher(jdbcUrl);
        long millis = m.find() ? Long.parseLong(m.group(1)) : 120_000;
        return millis == 0 ? 120_000 : millis;
    }

    /**
     * MyBatis's configuration and every mapper, read from the jar, for one pool: about a third of the work of
     * opening one, and it needs no server.
     */
    public static Mappers mappers() {
        try (InputStream in = Database.class.getResourceAsStream("/pbi/dao/mybatis-config.xml")) {
            return new Mappers(new XMLConfigBuilder(in).parse());
        } catch (IOException e) {
            throw new IllegalStateException("MyBatis configuration is missing from the jar", e);
        }
    }

    /** What {@link #mappers()} read, for one {@link #open(ConnectionSettings, Mappers)}. */
    public static final class Mappers {

        private final Configuration configuration;

        private Mappers(Configuration configuration) {
            this.configuration = configuration;
        }
    }

    private static SqlSessionFactory sessionFactory(Configuration mappers, DataSource dataSource) {
        mappers.setEnvironment(new Environment("pbi", new JdbcTransactionFactory(), dataSource));
        return new SqlSessionFactoryBuilder().build(mappers);
    }

    /** A session for one unit of work, in a transaction; the caller commits and closes it. */
    public SqlSession openSession() {
        return serving().factory.openSession(ExecutorType.SIMPLE, false);
    }

    /** A session whose inserts, updates and deletes are sent in JDBC batches. */
    public SqlSession openBatchSession() {
        return serving().factory.openSession(ExecutorType.BATCH, false);
    }

    /** For plain JDBC work: streaming exports, bulk loads and the benchmark baseline. */
    public DataSource dataSource() {
        return serving().dataSource;
    }

    public SqlSessionFactory sessionFactory() {
        return serving().factory;
    }

    public ConnectionSettings settings() {
        return serving().settings;
    }

    public String name() {
        return serving().settings.name();
    }

    /**
     * Checks that the server answers and holds the three playerbot tables.
     *
     * @throws DatabaseException saying what is wrong: unreachable, refused login, or missing tables; on the primary
     *     or on its read replica, whose messages name it "(read replica)"
     */
    public void verify() {
        verifyThis();
        if (replica != null) {
            replica.verifyThis();
        }
    }

    private void verifyThis() {
        probeWhenPoolIsEmpty();
        try (SqlSession session = openSession()) {
            int tables = session.getMapper(BrowseMapper.class).playerbotTableCount();
            if (tables < 3) {
                throw new DatabaseException(DatabaseException.Kind.MISSING_SCHEMA,
                        "The database has " + tables + " of the 3 playerbot tables (playerbot_state,"
                                + " playerbot_inventory, playerbot_equipment). Is this the right database?");
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, "connecting to " + settings.name());
        }
    }

    /**
     * While the pool holds no connection, the server is probably down, and the pool would make a caller wait its
     * whole connection timeout before saying so. One direct attempt reports a refused or unreachable server at once.
     */
    private void probeWhenPoolIsEmpty() {
        var pool = dataSource.getHikariPoolMXBean();
        if (pool != null && pool.getTotalConnections() > 0) {
            return;
        }
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(dataSource.getDataSourceProperties());
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (!usesUrlPassword(settings)) {
            properties.setProperty("password", settings.password());
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), properties)) {
            LOG.debug("Direct connection to {} works; the pool will follow", settings.name());
        } catch (java.sql.SQLException e) {
            throw Failures.translate(e, "connecting to " + settings.name());
        }
    }

    /** Whether TrinityCore's {@code characters} table is present; asked once per connection. */
    public boolean hasCharactersTable() {
        Boolean known = charactersTable;
        if (known == null) {
            try {
                known = Retry.once(() -> {
                    try (SqlSession session = openSession()) {
                        return session.getMapper(BrowseMapper.class).charactersTableExists() == 1;
                    }
                });
            } catch (RuntimeException e) {
                throw Failures.translate(e, "reading the table list");
            }
            charactersTable = known;
        }
        return known;
    }

    /** Who hears of each committed write through this pool (the audit trail); null for no one. */
    public void listenWrites(WriteListener listener) {
        writes = listener == null ? WriteListener.NONE : listener;
    }

    /** Reports a committed write. Never throws: the write is done and must stay done whatever the listener does. */
    public void committed(String action, java.math.BigInteger bot, pbi.dao.domain.BotSnapshot before,
            pbi.dao.domain.BotSnapshot after, String note) {
        try {
            writes.committed(new WriteListener.Written(action, bot, before, after, note));
        } catch (RuntimeException e) {
            LOG.error("The write to bot {} is committed, but its audit record failed", bot, e);
        }
    }

    @Override
    public void close() {
        if (replica != null) {
            replica.dataSource.close();
        }
        dataSource.close();
    }
}
