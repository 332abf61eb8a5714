package pbi.dao.embedded;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import pbi.dao.db.Database;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.service.BrowseService;

/**
 * Not a test: a main for the numbers in the data-layer report. Starts its own embedded server under
 * target/bench-mariadb, loads 1,000,000 state-only bots and checks with EXPLAIN and timings that a deep keyset page
 * costs what the first one does; then, with {@code full}, loads 100,000 bots with 100 items and 19 equipped each.
 *
 * <p>Run: {@code java -cp dao/target/classes:dao/target/test-classes:$(cat dao/target/cp.txt)
 * pbi.dao.embedded.LargeDataBenchmark [full]}
 */
public final class LargeDataBenchmark {

    private LargeDataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of("dao/target/bench-mariadb").toAbsolutePath();
        try (EmbeddedDatabase server = EmbeddedDatabase.start(home, "pbi_bench_state", System.out::println)) {
            try (Database database = Database.open(server.settings())) {
                long present = count(database, "SELECT COUNT(*) FROM playerbot_state");
                if (present < 1_000_000) {
                    System.out.println("RESULT generate state-only: " + Generator.generate(database.dataSource(),
                            (int) (1_000_000 - present), 0, 0, DemoWorld.SEED, Generator.defaultConnections(),
                            System.out::println));
                }
                try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE playerbot_state");
                }
                paging(database);
            }
            if (args.length > 0 && args[0].equals("full")) {
                try (Database database = Database.open(server.settingsFor("pbi_bench_full"))) {
                    long present = count(database, "SELECT COUNT(*) FROM playerbot_state");
                    System.out.println("RESULT generate full: " + Generator.generate(database.dataSource(),
                            (int) Math.max(0, 100_000 - present), 100, 19, DemoWorld.SEED,
                            Generator.defaultConnections(), System.out::println));
                }
            }
        }
    }

    private static void paging(Database database) throws SQLException {
        BrowseService browse = new BrowseService(database);
        for (BotSort sort : List.of(BotSort.GUID, BotSort.LEVEL, BotSort.GOLD)) {
            for (boolean zone : List.of(true, false)) {
                for (boolean desc : List.of(false, true)) {
                    BotQuery first = (zone ? BotQuery.zone(0L, 12L) : BotQuery.zone(null, null)).sortedBy(sort, desc);
                    long matching = browse.count(first);
                    BotRow deepCursor = rowAt(browse, first, (int) Math.min(matching - 60,
                            zone ? 12_000 : sort == BotSort.GUID ? 900_000 : 20_000));
                    BotQuery deep = first.after(deepCursor);
                    String label = String.format("%s %s %s (%,d rows match)", sort, desc ? "desc" : "asc",
                            zone ? "in Elwynn Forest" : "over all maps", matching);
                    System.out.printf("RESULT page %s: first %.2f ms, deep %.2f ms%n", label,
                            median(browse, first), median(browse, deep));
                    if (sort != BotSort.GOLD || !desc) {
                        explain(database, first, "first");
                        explain(database, deep, "deep");
                    }
                }
            }
        }
    }

    /** The row at a position, found by walking pages of 2,000, so that the cursor is a real keyset cursor. */
    private static BotRow rowAt(BrowseService browse, BotQuery query, int position) {
        BotQuery page = query.withLimit(2_000);
        BotRow last = null;
        int seen = 0;
        while (seen < position) {
            List<BotRow> rows = browse.page(page);
            if (rows.isEmpty()) {
                break;
            }
            int take = Math.min(rows.size(), position - seen);
            last = rows.get(take - 1);
            seen += take;
            page = page.after(rows.get(rows.size() - 1));
        }
        return last;
    }

    private static double median(BrowseService browse, BotQuery query) {
        for (int i = 0; i < 5; i++) {
            browse.page(query);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long started = System.nanoTime();
            browse.page(query);
            nanos.add(System.nanoTime() - started);
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }

    private static void explain(Database database, BotQuery query, String which) throws SQLException {
        Configuration configuration = database.sessionFactory().getConfiguration();
        Map<String, Object> parameter = new HashMap<>();
        parameter.put("query", query);
        parameter.put("withCharacters", database.hasCharactersTable());
        BoundSql bound = configuration.getMappedStatement("pbi.dao.mapper.BrowseMapper.selectPage")
                .getBoundSql(parameter);
        MetaObject meta = configuration.newMetaObject(parameter);
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement explain = c.prepareStatement("EXPLAIN " + bound.getSql())) {
            int index = 1;
            for (ParameterMapping mapping : bound.getParameterMappings()) {
                String property = mapping.getProperty();
                Object value = bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
                        : meta.getValue(property);
                explain.setObject(index++, value instanceof BigInteger big ? new BigDecimal(big) : value);
            }
            try (ResultSet r = explain.executeQuery()) {
                ResultSetMetaData columns = r.getMetaData();
                while (r.next()) {
                    StringBuilder line = new StringBuilder("EXPLAIN " + which + " " + query.sort() + " "
                            + (query.descending() ? "desc" : "asc") + (query.zoneId() != null ? " zone" : " all")
                            + ":");
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        line.append(' ').append(columns.getColumnLabel(i)).append('=').append(r.getString(i));
                    }
                    System.out.println(line);
                }
            }
        }
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
