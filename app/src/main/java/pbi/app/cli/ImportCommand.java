package pbi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import pbi.dao.domain.SafeText;
import pbi.dao.domain.Limits;
import pbi.dao.json.BotImporter;
import pbi.dao.json.BotPlan;
import pbi.dao.json.ExportProgress;
import pbi.dao.json.ImportCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import --in FILE [--dry-run]}. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import bots from a playerbot-inspector.bot file (one document, JSON Lines or a JSON array).",
            "The whole file is checked first; if any value cannot be stored, nothing is written. Each bot is then"
                    + " written whole or not at all, replacing the bot completely (up to 200 bots share a transaction;"
                    + " a batch that fails is written again bot by bot). Values the doctor calls"
                    + " corrupt are imported unchanged and reported as warnings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (or, with --dry-run, would import)", "2:usage error",
            "3:cannot connect or log in", "4:the file was refused; nothing was written",
            "5:the connection is read-only; nothing was written"})
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The file to import.")
    Path in;

    @Option(names = "--dry-run", description = "Show, bot by bot, what would change, and write nothing.")
    boolean dryRun;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(in)) {
            throw new Cli.InputException("Cannot read " + in + ": " + (Files.exists(in) ? "not a file"
                    : "no such file"));
        }
        if (!dryRun) {
            connection.refuseIfReadOnly("import", "--dry-run shows what it would write");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OpenConnection open = connection.open(line -> { });
        boolean succeeded = false;
        try {
            open.database().verify();
            BotImporter importer = new BotImporter(open.database(), Limits.wotlk(), open.items());
            // Every problem is printed as the check finds it: the check itself keeps only the first ones.
            ImportCheck check = importer.check(in, plan -> {
                if (dryRun) {
                    print(out, plan);
                }
            }, problem -> err.println((problem.refused() ? "refused: " : "warning: ")
                    + SafeText.escape(problem.toString())), ExportProgress.NONE);
            if (!check.ok()) {
                err.println("error: " + in + " was refused (" + check.refusedCount()
                        + (check.refusedCount() == 1 ? " problem" : " problems") + "); nothing was written");
                err.flush();
                out.flush();
                succeeded = true;
                return ExitCode.INPUT;
            }
            if (dryRun) {
                out.println(check.summary() + " (dry run: nothing was written)");
                out.flush();
                err.flush();
                succeeded = true;
                return ExitCode.OK;
            }
            BotImporter.Result result = importer.apply(check, ExportProgress.NONE);
            out.println(check.summary() + "; wrote " + result.written()
                    + (result.written() == 1 ? " bot" : " bots") + " to " + open.database().name());
            out.flush();
            err.flush();
            succeeded = true;
        } finally {
            Closing.close(open, succeeded);
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, BotPlan plan) {
        out.println("bot " + plan.guid() + " (line " + plan.line() + "): " + plan.status().name().toLowerCase());
        for (String difference : plan.differences()) {
            out.println("    " + difference);
        }
    }
}
