package pbi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import pbi.dao.audit.AuditChange;
import pbi.dao.audit.AuditLog;
import pbi.dao.audit.AuditQuery;
import pbi.dao.audit.AuditRecord;
import pbi.dao.audit.AuditTable;
import pbi.dao.audit.AuditTrail;
import pbi.dao.db.Database;
import pbi.dao.domain.SafeText;
import pbi.dao.embedded.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit [--bot GUID] [--since TIME] [--by USER] [--json] [--server] [--create-table]}. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show who changed which bot, when, and each change as before -> after.",
            "Reads the audit this computer keeps (<data dir>/audit/audit-YYYY-MM.jsonl); with --server, the"
                    + " playerbot_inspector_audit table every GM's tool writes to once it exists.",
            "--create-table creates that table on the server: it is the game server's database, so the tool never"
                    + " creates it on its own."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (also when nothing matches)", "2:usage error (a bad --since or --bot)",
            "3:cannot connect or log in", "4:the server has no audit table"})
public final class AuditCommand implements Callable<Integer> {

    @Option(names = "--bot", paramLabel = "GUID", description = "Only this bot.")
    String bot;

    @Option(names = "--since", paramLabel = "TIME",
            description = "From this time on: 2h, 7d, 30m (that long ago), 2026-12-02, 2026-12-02T10:00 (UTC).")
    String since;

    /** Not --user: that is the database account to connect with, as in every subcommand. */
    @Option(names = "--by", paramLabel = "USER", description = "Only writes by this OS or database user.")
    String user;

    @Option(names = "--limit", paramLabel = "N", description = "At most the newest N records (default 10000).")
    int limit = AuditQuery.DEFAULT_LIMIT;

    @Option(names = "--json", description = "One JSON record per line, as the audit file holds them.")
    boolean json;

    @Option(names = "--server", description = "Read the server's playerbot_inspector_audit table.")
    boolean server;

    @Option(names = "--create-table",
            description = "Create playerbot_inspector_audit on the server (once); later writes are recorded there.")
    boolean createTable;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Spec
    CommandSpec spec;

    /** Makes every write through {@code database} leave an audit record; returns the database. */
    static Database recording(Database database) {
        String version = AuditCommand.class.getPackage().getImplementationVersion();
        AuditTrail.attach(AuditLog.inDataHome(EmbeddedDatabase.defaultHome()), database,
                version == null ? "development" : version, message ->
                        System.err.println("warning: " + SafeText.escape(message)));
        return database;
    }

    @Override
    public Integer call() throws IOException {
        AuditQuery query = query();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<AuditRecord> records;
        if (server || createTable) {
            try (OpenConnection open = connection.open(line -> { })) {
                Database database = open.database();
                database.verify();
                if (createTable) {
                    AuditTable.create(database);
                    err.println("The table " + AuditTable.NAME + " exists on " + database.name()
                            + "; writes from now on are recorded there too.");
                }
                if (!AuditTable.exists(database)) {
                    err.println("error: " + database.name() + " has no " + AuditTable.NAME + " table; create it"
                            + " with audit --create-table");
                    err.flush();
                    return ExitCode.INPUT;
                }
                records = server ? AuditTable.read(database, query) : List.of();
            }
            if (!server) {
                err.flush();
                return ExitCode.OK;
            }
        } else {
            AuditLog log = AuditLog.inDataHome(EmbeddedDatabase.defaultHome());
            AuditLog.Found found = log.read(query);
            if (found.damagedLines() > 0) {
                err.println("warning: " + found.damagedLines() + " line(s) of the audit in " + log.directory()
                        + " could not be read and were skipped");
            }
            records = found.records();
        }
        for (AuditRecord r : records) {
            if (json) {
                out.println(r.toJson());
            } else {
                print(out, r);
            }
        }
        if (!json) {
            err.println(records.size() + (records.size() == 1 ? " record" : " records")
                    + (records.size() == query.limit() ? " (the newest " + query.limit() + "; narrow the filters)"
                    : ""));
        }
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    private AuditQuery query() {
        BigInteger guid = null;
        if (bot != null) {
            try {
                guid = new BigInteger(bot.strip());
            } catch (NumberFormatException e) {
                throw new ConnectionOptions.UsageException("--bot: '" + bot + "' is not a bot guid");
            }
        }
        Instant from = null;
        if (since != null) {
            try {
                from = AuditQuery.parseTime(since, Instant.now());
            } catch (IllegalArgumentException e) {
                throw new ConnectionOptions.UsageException("--since: " + e.getMessage());
            }
        }
        if (limit < 1) {
            throw new ConnectionOptions.UsageException("--limit must be at least 1");
        }
        return new AuditQuery(guid, from, user == null || user.isBlank() ? null : user.strip(), limit);
    }

    private static void print(PrintWriter out, AuditRecord r) {
        out.println(r.time() + "  " + r.action() + "  bot " + r.bot() + "  by " + SafeText.escape(r.osUser())
                + " (database user " + SafeText.escape(r.dbUser()) + " on " + SafeText.escape(r.server()) + "/"
                + SafeText.escape(r.database()) + ")  tool " + SafeText.escape(r.version()));
        if (r.note() != null) {
            out.println("    " + SafeText.escape(r.note()));
        }
        for (AuditChange c : r.changes()) {
            out.println("    " + SafeText.escape(c.toString()));
        }
        if (r.moreChanges() > 0) {
            out.println("    … and " + r.moreChanges() + " more changes");
        }
    }
}
