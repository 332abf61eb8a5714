package pbi.app.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The background task helper: every database call of the window runs here, never on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;
    private final IntegerProperty running = new SimpleIntegerProperty(0);
    private final StringProperty status = new SimpleStringProperty("");

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "pbi-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            LOG.warn("{} failed", label, task.getException());
            failed.accept(task.getException());
        });
        onUi(() -> {
            running.set(running.get() + 1);
            status.set(label);
            executor.execute(task);
        });
    }

    private void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            status.set("");
        }
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** How many tasks are running; the status bar shows a spinner while it is above zero. */
    public IntegerProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
