package pbi.dao.embedded;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Bulk-loads large sets of clean bots for benchmarks: 100,000 bots with full bags, or 1,000,000 with state only.
 * New bots get guids after the highest one present, and item guids after the highest item guid, so a run never
 * collides with what is there. Each bot is made from its own random source, so the data does not depend on how
 * many connections load it.
 */
public final class Generator {

    private static final Logger LOG = LoggerFactory.getLogger(Generator.class);
    /** Bots per transaction and per unit of work handed to a connection. */
    static final int CHUNK = 500;

    private Generator() {
    }

    /**
     * @param rows every row written: state, inventory and equipment
     * @param firstGuid the first bot guid written; the rest follow without gaps
     */
    public record Result(int bots, long rows, long millis, BigInteger firstGuid) {

        public double rowsPerSecond() {
            return millis == 0 ? rows : rows * 1000.0 / millis;
        }

        @Override
        public String toString() {
            return String.format("%,d bots, %,d rows in %.1f s (%,.0f rows/s)", bots, rows, millis / 1000.0,
                    rowsPerSecond());
        }
    }

    public static Result generate(DataSource dataSource, int bots, int itemsPerBot, int equippedPerBot, long seed) {
        return generate(dataSource, bots, itemsPerBot, equippedPerBot, seed, defaultConnections(), line -> { });
    }

    /**
     * The benchmark tests' realm: {@code bots} bots with 100 inventory rows and 19 equipped items each, generated
     * into the emptied tables unless they already hold that many bots.
     */
    public static void ensureRealm(EmbeddedDatabase server, int bots) throws SQLException {
        try (Connection c = server.connect()) {
            if (emptiedUnlessHolding(c, bots)) {
                System.out.println(generate(server, bots, 100, 19, DemoWorld.SEED));
            }
        }
    }

    /** Empties the three tables unless they hold {@code bots} bots; true when it did. */
    public static boolean emptiedUnlessHolding(Connection c, int bots) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM playerbot_state")) {
            rs.next();
            if (rs.getLong(1) == bots) {
                return false;
            }
            s.execute("DELETE FROM playerbot_inventory");
            s.execute("DELETE FROM playerbot_equipment");
            s.execute("DELETE FROM playerbot_state");
            return true;
        }
    }

    public static Result generate(EmbeddedDatabase embedded, int bots, int itemsPerBot, int equippedPerBot,
            long seed) {
        try (Database database = Database.open(embedded.settings())) {
            return generate(database.dataSource(), bots, itemsPerBot, equippedPerBot, seed);
        }
    }

    /**
     * @param connections how many connections load in parallel; each takes {@value #CHUNK} bots at a time
     * @param progress receives a line now and then
     */
    public static Result generate(DataSource dataSource, int bots, int itemsPerBot, int equippedPerBot, long seed,
            int connections, Consumer<String> progress) {
        if (bots < 0 || itemsPerBot < 0 || itemsPerBot > 144 || equippedPerBot < 0 || equippedPerBot > 19) {
            throw new IllegalArgumentException("Bots must be at least 0, items per bot 0 to 144 (four 36-slot bags),"
                    + " equipped items 0 to 19; got " + bots + ", " + itemsPerBot + ", " + equippedPerBot);
        }
        long started = System.nanoTime();
        long firstGuid;
        long firstItemGuid;
        try (Connection connection = dataSource.getConnection()) {
            firstGuid = 1 + Math.max(max(connection, "SELECT MAX(bot_guid) FROM playerbot_state"),
                    Math.max(max(connection, "SELECT MAX(bot_guid) FROM playerbot_inventory"),
                            max(connection, "SELECT MAX(bot_guid) FROM playerbot_equipment")));
            firstItemGuid = 1 + Math.max(max(connection, "SELECT MAX(item_guid) FROM playerbot_inventory"),
                    max(connection, "SELECT MAX(item_guid) FROM playerbot_equipment"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the highest guids: " + e.getMessage(), e);
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        int chunks = (bots + CHUNK - 1) / CHUNK;
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicLong rows = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        int workers = Math.max(1, Math.min(connections, chunks));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "pbi-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        SqlRows out = new SqlRows(connection);
                        try {
                            for (int chunk = nextChunk.getAndIncrement(); chunk < chunks;
                                    chunk = nextChunk.getAndIncrement()) {
                                int from = chunk * CHUNK;
                                int to = Math.min(bots, from + CHUNK);
                                long before = out.added();
                                for (int index = from; index < to; index++) {
                                    writeBot(out, seed, firstGuid + index,
                                            firstItemGuid + (long) index * (itemsPerBot + equippedPerBot),
                                            itemsPerBot, equippedPerBot, now);
                                }
                                out.flush();
                                connection.commit();
                                rows.addAndGet(out.added() - before);
                                int finished = done.addAndGet(to - from);
                                if (chunk % 20 == 19) {
                                    progress.accept(String.format("%,d of %,d bots", finished, bots));
                                }
                            }
                        } finally {
                            out.close();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Generation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Generation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Result result = new Result(bots, rows.get(), (System.nanoTime() - started) / 1_000_000,
                BigInteger.valueOf(firstGuid));
        LOG.info("Generated {}", result);
        progress.accept("Generated " + result);
        return result;
    }

    private static void writeBot(SqlRows out, long seed, long botGuid, long firstItemGuid, int items, int equipped,
            LocalDateTime now) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ (botGuid * 0x9E37_79B9_7F4A_7C15L));
        BigInteger guid = BigInteger.valueOf(botGuid);
        Zones.Zone zone = Zones.ALL.get(random.nextInt(Zones.ALL.size()));
        int level = BotFactory.levelFor(random, zone.map());
        LocalDateTime updated = now.minusSeconds(60 + random.nextInt(30 * 24 * 3600));
        BotState state = BotFactory.state(random, guid, zone, level, updated);
        out.add(state);
        long[] itemGuid = {firstItemGuid};
        for (InventoryItem item : BotFactory.inventory(random, guid, items, () -> itemGuid[0]++, updated)) {
            out.add(item);
        }
        for (EquipmentItem item : BotFactory.equipment(random, guid, equipped, () -> itemGuid[0]++, updated)) {
            out.add(item);
        }
    }

    private static long max(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Two connections keep a two-core machine busy: one builds SQL while the server parses the other's. */
    static int defaultConnections() {
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * {@code Generator <jdbc url> <user> <bots> <items per bot> <equipped per bot> [seed] [connections]}. The
     * password comes from the environment variable PBI_PASSWORD, so it stays out of the process list.
     */
    public static void main(String[] args) {
        if (args.length < 5) {
            System.err.println("Usage: Generator <jdbc url> <user> <bots> <items per bot> <equipped per bot>"
                    + " [seed] [connections]   (password in $PBI_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("PBI_PASSWORD", "");
        int bots = Integer.parseInt(args[2].replace("_", "").replace(",", ""));
        int items = Integer.parseInt(args[3]);
        int equipped = Integer.parseInt(args[4]);
        long seed = args.length > 5 ? Long.parseLong(args[5]) : DemoWorld.SEED;
        int connections = args.length > 6 ? Integer.parseInt(args[6]) : defaultConnections();
        try (Database database = Database.open(new ConnectionSettings("generator", args[0], args[1], password))) {
            Result result = generate(database.dataSource(), bots, items, equipped, seed, connections,
                    System.out::println);
            System.out.println(result);
        }
    }
}
