package pbi.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import pbi.app.gui.InspectorApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the window, on the embedded database unless a server is named. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the Playerbot Inspector window.")
public final class GuiCommand implements Runnable {

    private static volatile boolean launched;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    static boolean launched() {
        return launched;
    }

    @Override
    public void run() {
        try {
            // The password prompt, if any, happens here on the terminal, before the window opens.
            var settings = connection.namesServer() ? connection.settings() : null;
            launched = true;
            InspectorApp.launchWith(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
