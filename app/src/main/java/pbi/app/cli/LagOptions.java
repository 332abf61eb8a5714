package pbi.app.cli;

import java.io.PrintWriter;
import pbi.dao.db.Database;
import pbi.dao.db.ReplicaLag;
import picocli.CommandLine.Option;

/** For the commands that read from a replica: how much lag they accept before they warn. */
public final class LagOptions {

    @Option(names = "--max-lag", paramLabel = "SECONDS", defaultValue = "30",
            description = "Warn on standard error when the read replica is more than this many seconds behind"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxLagSeconds = 30;

    /**
     * Prints one line on {@code err} when the replica is behind more than the limit, stopped or unreachable; nothing
     * without a replica.
     */
    public ReplicaLag warn(Database database, PrintWriter err) {
        if (!database.hasReplica()) {
            return ReplicaLag.none();
        }
        ReplicaLag lag = database.replicaLag();
        String warning = lag.warning(maxLagSeconds);
        if (warning != null) {
            err.println(warning);
            err.flush();
        }
        return lag;
    }
}
