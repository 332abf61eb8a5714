package pbi.app.gui.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests do again and again: wait for the window to catch up, and type over a field's text. */
public final class FxWaits {

    private FxWaits() {
    }

    /** Waits (up to a minute, generous for a loaded build machine) until {@code condition} holds on a settled UI. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Clicks the field {@code query} finds, selects all its text and types {@code text} in its place. */
    public static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.eraseText(1);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
