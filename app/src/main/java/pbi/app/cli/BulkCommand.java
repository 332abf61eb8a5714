package pbi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import pbi.dao.bulk.BotChange;
import pbi.dao.bulk.Bulk;
import pbi.dao.bulk.BulkEdit;
import pbi.dao.bulk.BulkEdits;
import pbi.dao.bulk.BulkPlan;
import pbi.dao.bulk.BulkReport;
import pbi.dao.bulk.BulkResult;
import pbi.dao.bulk.Selection;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.history.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulk}: one or more edits on many bots. The plan (every bot, change and SQL) is printed first; without
 * {@code --dry-run} it is then applied, one transaction per bot with the editor's conflict check and a history
 * entry per bot.
 */
@Command(name = "bulk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Edit many bots at once: set or cap gold, set the level, repair durability, teleport, or"
                + " remove an item everywhere.",
            "Prints every bot with its changes (before -> after) and their SQL; without --dry-run then applies them,"
                    + " one transaction per bot. A bot changed by someone else since it was read is left alone and"
                    + " reported as a conflict."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:planned (--dry-run) or applied to every bot", "1:a conflict or a failed bot",
            "2:usage error", "3:cannot connect or log in", "4:invalid edit or unknown bot"})
public final class BulkCommand implements Callable<Integer> {

    @Option(names = "--map", paramLabel = "ID", description = "The bots on this map (or the doctor's, with --rule).")
    Long map;

    @Option(names = "--zone", paramLabel = "ID", description = "...in this zone of the map.")
    Long zone;

    @Option(names = "--rule", paramLabel = "RULE", description = "The bots the doctor finds breaking RULE.")
    String rule;

    @Option(names = "--guids", paramLabel = "GUID,...", split = ",", description = "These bots, by bot_guid.")
    List<BigInteger> guids;

    @Option(names = "--min-level", paramLabel = "N", description = "Filter: bots of at least this level.")
    Integer minLevel;

    @Option(names = "--max-level", paramLabel = "N", description = "Filter: bots of at most this level.")
    Integer maxLevel;

    @Option(names = "--min-gold", paramLabel = "GOLD", description = "Filter: bots with at least this much gold.")
    String minGold;

    @Option(names = "--max-gold", paramLabel = "GOLD", description = "Filter: bots with at most this much gold.")
    String maxGold;

    @Option(names = "--set-gold", paramLabel = "GOLD", description = "Set the gold: 1500 (gold) or 12g 34s 56c.")
    String setGold;

    @Option(names = "--cap-gold", paramLabel = "GOLD", description = "Lower the gold of bots holding more to GOLD.")
    String capGold;

    @Option(names = "--set-level", paramLabel = "N", description = "Set the level.")
    Integer setLevel;

    @Option(names = "--repair-durability", description = "Set each item's durability to its maximum (needs the"
            + " world database).")
    boolean repair;

    @Option(names = "--teleport", paramLabel = "MAP,ZONE,X,Y,Z", description = "Move the bots to this position.")
    String teleport;

    @Option(names = "--remove-item", paramLabel = "ID", description = "Remove this item id from every bag and"
            + " equipment slot.")
    Long removeItem;

    @Option(names = "--dry-run", description = "Print the plan and write nothing.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the plan (and outcome) to FILE:"
            + " JSON when FILE ends with .json, else text.")
    Path report;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Selection selection = selection();
        List<BulkEdit> edits = edits();
        if (!dryRun) {
            connection.refuseIfReadOnly("bulk", "--dry-run shows what it would change");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OpenConnection open = connection.open(line -> {
            err.println(line);
            err.flush();
        });
        boolean succeeded = false;
        try {
            open.database().verify();
            boolean needsItems = edits.stream().anyMatch(e -> e instanceof BulkEdit.RepairDurability);
            Bulk bulk = new Bulk(open.database(), Limits.wotlk(), needsItems ? open.items() : null);
            List<String> problems = bulk.problems(edits);
            if (!problems.isEmpty()) {
                throw new Cli.InputException(String.join("; ", problems) + "; nothing was written");
            }
            BulkPlan plan = bulk.plan(selection, edits, Bulk.Progress.NONE, () -> false);
            out.print(BulkReport.text(plan));
            out.flush();
            List<BigInteger> missing = plan.bots().stream().filter(b -> b.status() == BotChange.Status.MISSING)
                    .map(BotChange::guid).toList();
            if (!missing.isEmpty()) {
                writeReport(plan, null);
                throw new Cli.InputException((missing.size() == 1 ? "No bot with guid " : "No bots with guids ")
                        + missing.stream().map(BigInteger::toString).collect(Collectors.joining(", ")) + " in "
                        + open.database().name() + "; nothing was written");
            }
            if (dryRun) {
                out.println();
                out.println("Dry run: nothing was written.");
                writeReport(plan, null);
                succeeded = true;
                return ExitCode.OK;
            }
            BulkResult result = bulk.apply(plan, beforeWrite(), o -> { }, Bulk.Progress.NONE, () -> false);
            out.println();
            out.print(BulkReport.text(result));
            out.flush();
            writeReport(plan, result);
            succeeded = true;
            return result.clean() ? ExitCode.OK : ExitCode.FOUND;
        } finally {
            Closing.close(open, succeeded);
        }
    }

    /** Where each bot's replaced version goes: the same history the window keeps. */
    Consumer<BotSnapshot> beforeWrite() {
        HistoryStore history = HistoryStore.inDataHome(EmbeddedDatabase.defaultHome());
        return bot -> history.write(bot, "before bulk edit");
    }

    private void writeReport(BulkPlan plan, BulkResult result) {
        if (report == null) {
            return;
        }
        String text = report.getFileName().toString().toLowerCase().endsWith(".json") ? BulkReport.json(plan, result)
                : BulkReport.text(plan) + (result == null ? "" : "\n" + BulkReport.text(result));
        Path target = report.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new Cli.InputException("Cannot write the report " + report + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "the folder does not exist" : e.getMessage()));
        }
    }

    private Selection selection() {
        if (zone != null && map == null) {
            throw new ConnectionOptions.UsageException("--zone needs --map: a zone id is looked up on its map");
        }
        checkId("--map", map);
        checkId("--zone", zone);
        boolean filtered = minLevel != null || maxLevel != null || minGold != null || maxGold != null;
        int ways = (guids != null ? 1 : 0) + (rule != null ? 1 : 0);
        if (ways > 1 || (ways == 1 && filtered) || (guids != null && map != null)) {
            throw new ConnectionOptions.UsageException("Choose the bots one way: --map [--zone] (with filters),"
                    + " --rule RULE [--map [--zone]] or --guids");
        }
        if (guids != null) {
            for (BigInteger guid : guids) {
                if (guid.signum() < 0 || guid.compareTo(ColumnRanges.MAX_BIGINT_UNSIGNED) > 0) {
                    throw new ConnectionOptions.UsageException("--guids " + guid + " is not a bot guid");
                }
            }
            return new Selection.Guids(guids);
        }
        if (rule != null) {
            Rule chosen = Rule.byId(rule).orElseThrow(() -> new ConnectionOptions.UsageException("Unknown rule \""
                    + rule + "\". Use one of: " + Arrays.stream(Rule.values()).map(Rule::id)
                    .collect(Collectors.joining(", "))));
            return new Selection.RuleFindings(chosen, map, zone);
        }
        if (map == null) {
            throw new ConnectionOptions.UsageException("Choose the bots: --map ID [--zone ID], --rule RULE or"
                    + " --guids GUID,...");
        }
        if (!filtered) {
            return new Selection.Area(map, zone);
        }
        try {
            return new Selection.Filter(BotQuery.zone(map, zone).withFilters(null, null, minLevel, maxLevel,
                    Money.parse(minGold, "--min-gold"), Money.parse(maxGold, "--max-gold"), null));
        } catch (IllegalArgumentException e) {
            throw new ConnectionOptions.UsageException(e.getMessage());
        }
    }

    private List<BulkEdit> edits() {
        List<BulkEdit> edits = new ArrayList<>();
        try {
            if (setGold != null && capGold != null) {
                throw new ConnectionOptions.UsageException("--set-gold and --cap-gold exclude each other");
            }
            if (setGold != null) {
                edits.add(new BulkEdit.SetGold(gold(setGold, "--set-gold")));
            }
            if (capGold != null) {
                edits.add(new BulkEdit.CapGold(gold(capGold, "--cap-gold")));
            }
            if (setLevel != null) {
                edits.add(new BulkEdit.SetLevel(setLevel));
            }
            if (teleport != null) {
                edits.add(BulkEdits.parseTeleport(teleport));
            }
            if (removeItem != null) {
                edits.add(new BulkEdit.RemoveItem(removeItem));
            }
            if (repair) {
                edits.add(new BulkEdit.RepairDurability());
            }
        } catch (IllegalArgumentException e) {
            throw new ConnectionOptions.UsageException(e.getMessage());
        }
        if (edits.isEmpty()) {
            throw new ConnectionOptions.UsageException("Choose an edit: --set-gold, --cap-gold, --set-level,"
                    + " --repair-durability, --teleport or --remove-item");
        }
        return edits;
    }

    private static BigInteger gold(String text, String option) {
        BigInteger copper = Money.parse(text, option);
        if (copper == null) {
            throw new ConnectionOptions.UsageException(option + " needs an amount: gold pieces (1500) or 12g 34s 56c");
        }
        return copper;
    }

    private static void checkId(String option, Long value) {
        if (value != null && (value < 0 || value > ColumnRanges.MAX_INT_UNSIGNED)) {
            throw new ConnectionOptions.UsageException(option + " " + value + " is not a valid id (0.."
                    + ColumnRanges.MAX_INT_UNSIGNED + ")");
        }
    }
}
