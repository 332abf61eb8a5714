package pbi.app.gui.main;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.Database;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * The embedded server started before the window exists: the JVM, JavaFX and the window build in parallel with
 * MariaDB's own start and the opening of its pool, which are most of a warm start. The window picks them up, with
 * the progress lines so far.
 */
public final class EmbeddedStart {

    /** The server and a pool on it that has answered once: what the window needs to show bots. */
    public record Opened(EmbeddedDatabase embedded, Database database) {

        void close() {
            database.close();
            embedded.close();
        }
    }

    /** Begun by {@link #prestart()} before the command line is read, for the window to take. */
    private static EmbeddedStart pending;
    private final CompletableFuture<Opened> server = new CompletableFuture<>();
    private volatile Consumer<String> listener = line -> { };
    private volatile String last = "Starting the embedded MariaDB…";
    private volatile boolean taken;

    private EmbeddedStart() {
    }

    /**
     * Starts the server at the first line of {@code main} when the command is the window on the embedded database
     * (no arguments): picocli, the stores and JavaFX then load while MariaDB starts.
     */
    public static synchronized void prestart() {
        if (pending == null) {
            pending = start();
        }
    }

    /** The server started by {@link #prestart()}, or a new start on a thread of its own. */
    public static synchronized EmbeddedStart begin() {
        EmbeddedStart start = pending != null ? pending : start();
        pending = null;
        return start;
    }

    private static EmbeddedStart start() {
        EmbeddedStart start = new EmbeddedStart();
        CompletableFuture<Database.Mappers> mappers = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long began = System.nanoTime();
            Logger log = LoggerFactory.getLogger(EmbeddedStart.class);
            // MyBatis's mappers need no server: read on another thread while MariaDB starts.
            mappers.completeAsync(Database::mappers);
            try {
                EmbeddedDatabase embedded = DemoWorld.startEmbedded(start::progress);
                log.info("Embedded server ready {} ms after it was started, {} ms after launch",
                        (System.nanoTime() - began) / 1_000_000, Launch.millisSince());
                start.server.complete(new Opened(embedded, opened(embedded, mappers)));
                log.info("Embedded database opened {} ms after launch", Launch.millisSince());
            } catch (RuntimeException | Error e) {
                start.server.completeExceptionally(e);
            }
        }, "pbi-embedded-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /**
     * The pool, with its first connection made, the tables checked and whether {@code characters} exists known:
     * everything the window asks before it shows bots, done here rather than after the window.
     */
    private static Database opened(EmbeddedDatabase embedded, CompletableFuture<Database.Mappers> mappers) {
        Database database = null;
        try {
            database = Database.open(embedded.settings(), mappers.join());
            database.verify();
            database.hasCharactersTable();
            return database;
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            embedded.close();
            throw e;
        }
    }

    private void progress(String line) {
        last = line;
        listener.accept(line);
    }

    /** Waits for the server, passing on the progress so far and from now on; the caller then owns both. */
    public Opened await(Consumer<String> progress) {
        listener = progress;
        progress.accept(last);
        taken = true;
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops the server when the window closed before it took it (the user closed the window during the start). */
    public void closeIfUntaken() {
        if (!taken) {
            server.thenAccept(Opened::close);
        }
    }
}
