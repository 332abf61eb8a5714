package pbi.dao.doctor;

import java.util.ArrayList;
import java.util.List;
import pbi.dao.db.Database;
import pbi.dao.domain.Limits;
import pbi.dao.world.ItemCatalog;

/**
 * Finds corrupted bots and repairs them. Scans only read; fixes go through {@link Fixer}, one transaction per bot.
 */
public final class Doctor {

    private final Database database;
    private final Limits limits;
    private final ItemCatalog items;

    /** A doctor without the item rules: no world database is looked for, and each scan says so. */
    public Doctor(Database database, Limits limits) {
        this(database, limits, null);
    }

    /**
     * @param items the realm's items for the item rules (checked in SQL when its world database shares the
     *        server); when it is unavailable, the item rules are skipped and each scan says why
     */
    public Doctor(Database database, Limits limits, ItemCatalog items) {
        this.database = database;
        this.limits = limits;
        this.items = items;
    }

    /** The catalog the item rules use, or null when none was given. */
    public ItemCatalog items() {
        return items;
    }

    public Limits limits() {
        return limits;
    }

    /** A scan to run on a background thread; keep it to cancel it. */
    public Scan newScan(Scope scope, ScanListener listener) {
        return new Scan(database, limits, scope, listener, items);
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
