package pbi.dao.doctor;

import java.util.ArrayList;
import java.util.List;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;

/**
 * Finds corrupted bots and repairs them. Scans only read; fixes go through {@link Fixer}, one transaction per bot.
 */
public final class Doctor {

    private final Database database;
    private final Limits limits;

    public Doctor(Database database, Limits limits) {
        this.database = database;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** A scan to run on a background thread; keep it to cancel it. */
    public Scan newScan(Scope scope, ScanListener listener) {
        return new Scan(database, limits, scope, listener);
    }

    /** Scans and returns every finding; for the command line and tests. */
    public List<Finding> scan(Scope scope) {
        List<Finding> findings = new ArrayList<>();
        newScan(scope, findings::add).call();
        return findings;
    }

    public Fixer fixer() {
        return new Fixer(database, this);
    }
}
