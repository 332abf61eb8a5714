package pbi.dao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's figures, their targets, {@code results.json} and the table on standard output. The GUI benchmark
 * in the app module reads the file back, adds its own figures and writes it again, so both end up in one table.
 */
public final class Report {

    /** A bound on {@code value / against}: the peer or floor of the same run. */
    public record Ratio(String against, double bound) {
    }

    /**
     * A target for one key: an absolute bound and/or bounds on the ratio to other keys of the same run (its JDBC
     * baseline, the server's own tools, the floor, or for the deep page the first page).
     *
     * @param atMost true for "lower is better" keys (times, memory)
     * @param limit the absolute bound, or null
     * @param ratios the bounds on value / another key, possibly none
     */
    public record Target(boolean atMost, Double limit, List<Ratio> ratios) {

        Target(boolean atMost, Double limit, String against, Double ratio) {
            this(atMost, limit, against == null ? List.of() : List.of(new Ratio(against, ratio)));
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            String op = atMost ? "<= " : ">= ";
            if (limit != null) {
                parts.add(op + format(limit));
            }
            for (Ratio r : ratios) {
                if (!Double.isNaN(r.bound())) {
                    parts.add(op + format(r.bound()) + "x " + r.against());
                }
            }
            return String.join(", ", parts);
        }
    }

    /**
     * The targets: issue 16's ratios to the peer (mariadb-dump, the mariadb client) and the floor (LOAD DATA, one
     * plain read) measured in the same run, on top of the earlier absolute bounds at N = 100,000; the 1,000,000-bot
     * browse cases are held to the same bounds.
     */
    public static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("load_bot_ms", new Target(true, 3.0, "load_bot_jdbc_ms", 1.2));
        TARGETS.put("save_bot_ms", new Target(true, null, "save_bot_jdbc_ms", 1.2));
        TARGETS.put("zone_counts_ms", new Target(true, 500.0, null, null));
        TARGETS.put("page_first_ms", new Target(true, 20.0, null, null));
        TARGETS.put("page_deep_ms", new Target(true, 20.0, "page_first_ms", 2.0));
        TARGETS.put("zone_counts_1m_ms", new Target(true, 500.0, null, null));
        TARGETS.put("page_first_1m_ms", new Target(true, 20.0, null, null));
        TARGETS.put("page_deep_1m_ms", new Target(true, 20.0, "page_first_1m_ms", 2.0));
        TARGETS.put("export_bots_per_s", new Target(false, 10_000.0, List.of(
                new Ratio("export_dump_bots_per_s", 1.0), new Ratio("export_jdbc_bots_per_s", 0.8),
                new Ratio("export_outfile_bots_per_s", Double.NaN))));
        TARGETS.put("import_bots_per_s", new Target(false, 2_000.0, List.of(
                new Ratio("import_dump_bots_per_s", 1.0), new Ratio("import_loaddata_bots_per_s", 0.7))));
        TARGETS.put("doctor_scan_s", new Target(true, 10.0, "doctor_floor_s", 2.0));
        TARGETS.put("gui_browse_heap_mb", new Target(true, 300.0, null, null));
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private long bots;
    private long inventoryRows;
    private final Map<String, Double> metrics = new LinkedHashMap<>();

    public Report(long bots, long inventoryRows) {
        this.bots = bots;
        this.inventoryRows = inventoryRows;
    }

    /** Reads an earlier {@code results.json}, or starts an empty report when there is none. */
    public static Report read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Report(0, 0);
        }
        JsonNode root = JSON.readTree(file.toFile());
        Report report = new Report(root.path("bots").asLong(), root.path("inventory_rows").asLong());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            report.metrics.put(e.getKey(), e.getValue().asDouble());
        }
        return report;
    }

    public void put(String key, double value) {
        metrics.put(key, value);
    }

    public Double get(String key) {
        return metrics.get(key);
    }

    public long bots() {
        return bots;
    }

    /** Writes {@code {"bots": N, "inventory_rows": R, "metrics": {...}}}. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectNode root = JSON.createObjectNode();
        root.put("bots", bots);
        root.put("inventory_rows", inventoryRows);
        ObjectNode values = root.putObject("metrics");
        metrics.forEach((k, v) -> values.put(k, round(v)));
        JSON.writeValue(file.toFile(), root);
    }

    /** One line per measured key that is not itself only a baseline; baselines appear beside their key. */
    public List<String> misses() {
        List<String> misses = new ArrayList<>();
        for (String key : metrics.keySet()) {
            String verdict = verdict(key);
            if ("MISS".equals(verdict)) {
                misses.add(key);
            }
        }
        return misses;
    }

    public void print(PrintStream out) {
        out.printf("%nPlayerbot Inspector benchmark: %,d bots, %,d inventory rows%n", bots, inventoryRows);
        String line = "-".repeat(140);
        out.println(line);
        out.printf("%-24s %14s %-28s %14s %8s  %-34s %s%n", "key", "value", "peer / floor / baseline",
                "its value", "ratio", "target", "result");
        out.println(line);
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            String key = e.getKey();
            if (isBaselineOfAnother(key)) {
                continue;
            }
            Target target = TARGETS.get(key);
            List<Ratio> ratios = new ArrayList<>(target == null ? List.of() : target.ratios());
            String twin = twin(key);
            if (twin != null && ratios.stream().noneMatch(r -> r.against().equals(twin))
                    && metrics.containsKey(twin)) {
                ratios.add(new Ratio(twin, Double.NaN));
            }
            String limit = target == null || target.limit() == null ? ""
                    : (target.atMost() ? "<= " : ">= ") + format(target.limit());
            if (ratios.isEmpty()) {
                out.printf("%-24s %14s %-28s %14s %8s  %-34s %s%n", key, format(e.getValue()), "", "", "", limit,
                        verdict(key));
                continue;
            }
            for (int i = 0; i < ratios.size(); i++) {
                Ratio r = ratios.get(i);
                Double other = metrics.get(r.against());
                String ratio = other == null || other == 0 ? "" : format(e.getValue() / other) + "x";
                String bound = Double.isNaN(r.bound()) ? "" : (target.atMost() ? "<= " : ">= ") + format(r.bound())
                        + "x";
                String wanted = String.join(", ", java.util.stream.Stream.of(i == 0 ? limit : "", bound)
                        .filter(x -> !x.isEmpty()).toList());
                out.printf("%-24s %14s %-28s %14s %8s  %-34s %s%n", i == 0 ? key : "", i == 0 ? format(e.getValue())
                        : "", other == null ? r.against() + " (none)" : r.against(), other == null ? ""
                        : format(other), ratio, wanted, i == 0 ? verdict(key) : "");
            }
        }
        out.println(line);
    }

    String verdict(String key) {
        Target target = TARGETS.get(key);
        Double value = metrics.get(key);
        if (target == null || value == null) {
            return "";
        }
        boolean pass = true;
        if (target.limit() != null) {
            pass = target.atMost() ? value <= target.limit() : value >= target.limit();
        }
        for (Ratio ratio : target.ratios()) {
            Double other = metrics.get(ratio.against());
            // A NaN bound is a figure shown beside the key for comparison, not a target.
            if (other != null && other != 0 && !Double.isNaN(ratio.bound())) {
                double r = value / other;
                pass &= target.atMost() ? r <= ratio.bound() : r >= ratio.bound();
            }
        }
        return pass ? "pass" : "MISS";
    }

    /** {@code load_bot_ms} -> {@code load_bot_jdbc_ms}; {@code export_bots_per_s} -> {@code export_jdbc_bots_per_s}. */
    static String twin(String key) {
        if (key.contains("_jdbc")) {
            return null;
        }
        String[] units = {"_bots_per_s", "_ms", "_s"};
        for (String unit : units) {
            if (key.endsWith(unit)) {
                return key.substring(0, key.length() - unit.length()) + "_jdbc" + unit;
            }
        }
        return null;
    }

    /** Baselines, peers and floors are printed beside the key they are the measure of. */
    private boolean isBaselineOfAnother(String key) {
        return !TARGETS.containsKey(key) && metrics.keySet().stream().anyMatch(k -> key.equals(twin(k)) || TARGETS.containsKey(k)
                && TARGETS.get(k).ratios().stream().anyMatch(r -> r.against().equals(key)));
    }

    private static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        int digits = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 3 : 4;
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    static String format(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format("%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format("%.1f", v);
        }
        return String.format("%.3f", v);
    }
}
