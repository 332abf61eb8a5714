package pbi.app.cli;

import pbi.dao.db.Database;
import pbi.dao.embedded.EmbeddedDatabase;
import pbi.dao.world.ItemCatalog;

/**
 * A database pool, the embedded server behind it when there is one, and the realm's items (read from the world
 * database on first use); closing stops the pool and the server.
 */
public record OpenConnection(Database database, EmbeddedDatabase embedded, ItemCatalog items)
        implements AutoCloseable {

    /** Without world data: the item rules are skipped. */
    public OpenConnection(Database database, EmbeddedDatabase embedded) {
        this(database, embedded, ItemCatalog.unavailable("no world database was looked for"));
    }

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
