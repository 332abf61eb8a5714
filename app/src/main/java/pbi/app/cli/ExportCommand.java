package pbi.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.json.BotExporter;
import pbi.dao.json.ExportFormat;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ExportSelection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export (--bot GUID... | --map ID [--zone ID] | --all) [--out FILE] [--format jsonl|array]}. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write bots as playerbot-inspector.bot JSON documents.",
            "One --bot GUID gives one pretty-printed document; otherwise one document per line (JSON Lines),"
                    + " or a JSON array with --format array. Without --out the JSON goes to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:bots written", "2:usage error", "3:cannot connect or log in",
            "4:unknown bot or output not writable"})
public final class ExportCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "jsonl|array", defaultValue = "jsonl",
            description = "Layout of several bots: jsonl (default, one per line) or array.")
    String format;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    LagOptions lag = new LagOptions();

    @Spec
    CommandSpec spec;

    static final class Which {
        @Option(names = "--bot", paramLabel = "GUID", arity = "1..*", required = true,
                description = "The bots to export, by bot_guid.")
        List<BigInteger> bots;

        @ArgGroup(exclusive = false)
        Area area;

        @Option(names = "--all", required = true, description = "Every bot.")
        boolean all;
    }

    static final class Area {
        @Option(names = "--map", paramLabel = "ID", required = true, description = "The bots on this map...")
        long map;

        @Option(names = "--zone", paramLabel = "ID", description = "...and, if given, in this zone.")
        Long zone;
    }

    @Override
    public Integer call() throws IOException {
        ExportSelection selection = selection();
        ExportFormat layout = layout();
        OpenConnection open = connection.open(line -> { });
        boolean succeeded = false;
        try {
            open.database().verify();
            lag.warn(open.database(), spec.commandLine().getErr());
            BotExporter exporter = new BotExporter(open.database().reads());
            if (selection instanceof ExportSelection.Bots bots) {
                List<BigInteger> missing = exporter.missing(bots.guids());
                if (!missing.isEmpty()) {
                    throw new Cli.InputException((missing.size() == 1 ? "No bot with guid " : "No bots with guids ")
                            + join(missing) + " in " + open.database().name() + "; nothing was exported");
                }
            }
            BotExporter.Result result;
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                result = exporter.export(selection, stdout, layout, ExportProgress.NONE);
                stdout.flush();
            } else {
                result = toFile(exporter, selection, layout);
                spec.commandLine().getErr().println("Exported " + result.bots()
                        + (result.bots() == 1 ? " bot" : " bots")
                        + " to " + out);
                spec.commandLine().getErr().flush();
            }
            succeeded = true;
        } finally {
            Closing.close(open, succeeded);
        }
        return ExitCode.OK;
    }

    /** Writes next to the target and moves it into place, so a failed export never leaves half a file. */
    private BotExporter.Result toFile(BotExporter exporter, ExportSelection selection, ExportFormat layout)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            BotExporter.Result result;
            try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                result = exporter.export(selection, stream, layout, ExportProgress.NONE);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new Cli.InputException("Cannot write " + out + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "the folder does not exist" : "permission denied"));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private ExportSelection selection() {
        if (which.all) {
            return new ExportSelection.All();
        }
        if (which.area != null) {
            requireUnsigned32("--map", which.area.map);
            if (which.area.zone != null) {
                requireUnsigned32("--zone", which.area.zone);
            }
            return new ExportSelection.Area(which.area.map, which.area.zone);
        }
        for (BigInteger guid : which.bots) {
            if (guid.signum() < 0 || guid.compareTo(ColumnRanges.MAX_BIGINT_UNSIGNED) > 0) {
                throw new ConnectionOptions.UsageException("--bot " + guid + " is not a bot guid (0.."
                        + ColumnRanges.MAX_BIGINT_UNSIGNED + ")");
            }
        }
        return new ExportSelection.Bots(which.bots);
    }

    private ExportFormat layout() {
        if (which.bots != null && which.bots.size() == 1) {
            return ExportFormat.PRETTY;
        }
        return switch (format) {
            case "jsonl" -> ExportFormat.JSON_LINES;
            case "array" -> ExportFormat.JSON_ARRAY;
            default -> throw new ConnectionOptions.UsageException("--format must be jsonl or array, not " + format);
        };
    }

    private static void requireUnsigned32(String option, long value) {
        if (value < 0 || value > ColumnRanges.MAX_INT_UNSIGNED) {
            throw new ConnectionOptions.UsageException(option + " " + value + " is not a valid id (0.."
                    + ColumnRanges.MAX_INT_UNSIGNED + ")");
        }
    }

    private static String join(List<BigInteger> guids) {
        return String.join(", ", guids.stream().map(BigInteger::toString).toList());
    }
}
