package pbi.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import pbi.dao.domain.SafeText;
import pbi.dao.doctor.Change;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.FixOutcome;
import pbi.dao.doctor.FixPlan;
import pbi.dao.doctor.FixReport;
import pbi.dao.doctor.Rule;
import pbi.dao.doctor.ScanSummary;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.history.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctor}: finds corrupted bots, and with {@code --fix RULE|all --yes} repairs them. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Find corrupted bots: impossible positions, levels, gold, vitals and zones, misplaced or"
                + " malformed items, duplicated item guids and orphan rows.",
                "Exit code 1 when anything is found, 0 when the scanned bots are clean."})
public final class DoctorCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    LagOptions lag = new LagOptions();

    @Option(names = "--map", paramLabel = "ID", description = "Scan only the bots on this map.")
    Long map;

    @Option(names = "--zone", paramLabel = "ID", description = "Scan only the bots in this zone (needs --map).")
    Long zone;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @Option(names = "--fix", paramLabel = "RULE|all",
            description = "Repair the findings of one rule (its id, e.g. state.level_out_of_range) or of all rules."
                    + " Needs --yes.")
    String fix;

    @Option(names = "--yes", description = "Confirm --fix: each bot is repaired in a transaction of its own.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scope scope = scope();
        List<Rule> fixRules = fixRules();
        if (!fixRules.isEmpty()) {
            connection.refuseIfReadOnly("doctor --fix", "without --fix the doctor only reports");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenConnection open = connection.open(line -> {
            err.println(line);
            err.flush();
        })) {
            // Scans read the replica when there is one; fixes, and the scan that checks them, use the primary.
            lag.warn(open.database(), err);
            Doctor doctor = new Doctor(open.database(), Limits.wotlk(), open.items());
            Doctor reading = new Doctor(open.database().reads(), Limits.wotlk(), open.items());
            List<Finding> findings = new ArrayList<>();
            ScanSummary summary = reading.newScan(scope, findings::add).call();
            List<FixOutcome> outcomes = List.of();
            if (!fixRules.isEmpty()) {
                List<Finding> chosen = findings.stream().filter(f -> fixRules.contains(f.rule())).toList();
                FixPlan plan = doctor.fixer().plan(chosen);
                outcomes = doctor.fixer().apply(plan, beforeFix());
                findings.clear();
                summary = doctor.newScan(scope, findings::add).call();
            }
            if (json) {
                printJson(out, summary, findings, outcomes);
            } else {
                printTable(out, summary, findings, outcomes);
            }
            out.flush();
            return findings.isEmpty() ? ExitCode.OK : ExitCode.FOUND;
        }
    }

    /** Receives each bot's previous version before its fix; this is where the JSON history is written. */
    Consumer<BotSnapshot> beforeFix() {
        HistoryStore history = HistoryStore.inDataHome(EmbeddedDatabase.defaultHome());
        return bot -> history.write(bot, "before doctor --fix");
    }

    private Scope scope() {
        if (zone != null && map == null) {
            throw new ConnectionOptions.UsageException("--zone needs --map: a zone id is looked up on its map");
        }
        if (map == null) {
            return Scope.wholeDatabase();
        }
        return zone == null ? Scope.map(map) : Scope.zone(map, zone);
    }

    private List<Rule> fixRules() {
        if (fix == null) {
            if (yes) {
                throw new ConnectionOptions.UsageException("--yes confirms --fix; there is nothing to confirm");
            }
            return List.of();
        }
        if (!yes) {
            throw new ConnectionOptions.UsageException("--fix changes the database; add --yes to confirm");
        }
        if (fix.equalsIgnoreCase("all")) {
            return Arrays.asList(Rule.values());
        }
        return List.of(Rule.byId(fix).orElseThrow(() -> new ConnectionOptions.UsageException(
                "Unknown rule \"" + fix + "\". Use all or one of: "
                        + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", ")))));
    }

    private static void printTable(PrintWriter out, ScanSummary summary, List<Finding> findings,
            List<FixOutcome> outcomes) {
        for (FixOutcome o : outcomes) {
            if (o.status() == FixOutcome.Status.FIXED) {
                out.println("Repaired bot " + o.botGuid() + ":");
                o.changes().forEach(c -> out.println("  " + SafeText.escape(c.toString())));
                o.sql().forEach(sql -> out.println("    " + SafeText.escape(sql)));
            }
        }
        if (!outcomes.isEmpty()) {
            // The bots not repaired, with those never tried after a lost connection folded into one line.
            FixReport.problems(outcomes).forEach(line -> out.println("Not repaired: " + SafeText.escape(line)));
            out.println(FixReport.headline(outcomes) + " Scanning again:");
            out.println();
        }
        long bots = findings.stream().map(Finding::botGuid).distinct().count();
        out.printf("Scanned %s in %.1f s: ", summary.scope().describe(), summary.elapsed().toMillis() / 1000.0);
        if (findings.isEmpty()) {
            out.println("no problems found.");
            summary.itemRulesSkippedReason().ifPresent(r -> out.println("Item rules skipped: " + r + "."));
            return;
        }
        out.println(findings.size() + " problem(s) in " + bots + " bot(s).");
        summary.itemRulesSkippedReason().ifPresent(r -> out.println("Item rules skipped: " + r + "."));
        Map<Rule, List<Finding>> byRule = new EnumMap<>(Rule.class);
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        int guidWidth = Math.max(8, findings.stream().mapToInt(f -> f.botGuid().toString().length()).max()
                .orElse(0));
        int whereWidth = Math.max(5, findings.stream().mapToInt(f -> SafeText.escape(f.location()).length()).max()
                .orElse(0));
        String row = "  %-" + guidWidth + "s  %-" + whereWidth + "s  %s%n";
        byRule.forEach((rule, list) -> {
            out.println();
            out.println(rule.id() + "  " + rule.severity() + "  " + list.size() + " finding(s)");
            out.println("  " + rule.description());
            out.println("  Fix: " + rule.fix());
            out.printf(row, "BOT GUID", "WHERE", "DETAIL");
            list.forEach(f -> out.printf(row, f.botGuid(), SafeText.escape(f.location()), SafeText.escape(f.detail())));
        });
    }

    private static void printJson(PrintWriter out, ScanSummary summary, List<Finding> findings,
            List<FixOutcome> outcomes) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scope", summary.scope().describe());
        root.put("seconds", summary.elapsed().toMillis() / 1000.0);
        root.put("clean", findings.isEmpty());
        Map<String, Integer> counts = new LinkedHashMap<>();
        findings.forEach(f -> counts.merge(f.rule().id(), 1, Integer::sum));
        root.put("counts", counts);
        Map<String, Object> itemRules = new LinkedHashMap<>();
        itemRules.put("checked", summary.itemRulesSkippedReason().isEmpty());
        summary.itemRulesSkippedReason().ifPresent(r -> itemRules.put("skipped_because", r));
        root.put("item_rules", itemRules);
        root.put("findings", findings.stream().map(DoctorCommand::json).toList());
        if (!outcomes.isEmpty()) {
            root.put("repairs", outcomes.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("bot_guid", o.botGuid());
                m.put("status", o.status().name());
                if (o.message() != null) {
                    m.put("message", o.message());
                }
                m.put("changes", o.changes().stream().map(DoctorCommand::json).toList());
                m.put("sql", o.sql());
                m.put("remaining", o.remaining().stream().map(DoctorCommand::json).toList());
                return m;
            }).toList());
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(root));
    }

    private static Map<String, Object> json(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bot_guid", f.botGuid());
        m.put("rule", f.rule().id());
        m.put("severity", f.severity().name());
        m.put("detail", f.detail());
        m.put("location", f.location());
        m.put("value", f.value());
        return m;
    }

    private static Map<String, Object> json(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", c.place().describe());
        m.put("before", c.before());
        m.put("after", c.after());
        return m;
    }
}
