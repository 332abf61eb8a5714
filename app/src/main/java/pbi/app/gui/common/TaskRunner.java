package pbi.app.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way ViewModels run database work: off the UI thread, with the result handed back on it. Tests use a
 * runner that calls straight through, so ViewModels need no toolkit.
 */
public interface TaskRunner {

    /**
     * @param status what the work is doing, in user terms ("Loading bot 42…"), shown while it runs
     * @param done called on the UI thread with the result
     * @param failed called on the UI thread with the failure
     */
    <T> void run(String status, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code action} on the UI thread, later when called from elsewhere; for progress lines. */
    default void onUi(Runnable action) {
        action.run();
    }

    /** Calls everything on the calling thread; for tests and for code already off the UI thread. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(String status, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
