package pbi.app.gui.main;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.embedded.DemoWorld;
import pbi.dao.embedded.EmbeddedDatabase;

/**
 * The embedded server started before the window exists: the JVM, JavaFX and the window build in parallel with
 * MariaDB's own start, which is most of a warm start. The window picks it up, with the progress lines so far.
 */
public final class EmbeddedStart {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStart.class);
    private final CompletableFuture<EmbeddedDatabase> server = new CompletableFuture<>();
    private volatile Consumer<String> listener = line -> { };
    private volatile String last = "Starting the embedded MariaDB…";
    private volatile boolean taken;

    private EmbeddedStart() {
    }

    /** Starts the embedded server and its demo world on a thread of its own. */
    public static EmbeddedStart begin() {
        EmbeddedStart start = new EmbeddedStart();
        Thread thread = new Thread(() -> {
            long began = System.nanoTime();
            try {
                start.server.complete(DemoWorld.startEmbedded(start::progress));
                LOG.info("Embedded server ready {} ms after it was started", (System.nanoTime() - began) / 1_000_000);
            } catch (RuntimeException | Error e) {
                start.server.completeExceptionally(e);
            }
        }, "pbi-embedded-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    private void progress(String line) {
        last = line;
        listener.accept(line);
    }

    /** Waits for the server, passing on the progress so far and from now on; the caller then owns the server. */
    public EmbeddedDatabase await(Consumer<String> progress) {
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
            server.thenAccept(EmbeddedDatabase::close);
        }
    }
}
