package pbi.app.gui.common;

import javafx.application.Platform;

/** Runs an action once on the FX thread after a burst of requests: one edit fires several change events. */
public final class Coalesced {

    private final Runnable action;
    private boolean pending;

    public Coalesced(Runnable action) {
        this.action = action;
    }

    /** Call on the FX thread; the action runs once, after the events already queued. */
    public void request() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                action.run();
            });
        }
    }
}
