package pbi.app.cli;

import pbi.dao.world.WorldSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the window, on the embedded database unless a server is named. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the Playerbot Inspector window.")
public final class GuiCommand implements Runnable {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    private final Cli.WindowLauncher launcher;

    GuiCommand(Cli.WindowLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void run() {
        try {
            connection.rejectReadUrlWithoutServer();
            // The password prompt, if any, happens here on the terminal, before the window opens.
            var settings = connection.namesServer() ? connection.settings() : null;
            launcher.launch(settings, settings == null ? WorldSource.fromOptions(connection.world, null, null)
                    : connection.worldSource(settings), connection.readOnly());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
