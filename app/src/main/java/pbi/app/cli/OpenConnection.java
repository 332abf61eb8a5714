package pbi.app.cli;

import pbi.dao.db.Database;
import pbi.dao.embedded.EmbeddedDatabase;

/** A database pool, and the embedded server behind it when there is one; closing stops both. */
public record OpenConnection(Database database, EmbeddedDatabase embedded) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
