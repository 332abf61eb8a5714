package pbi.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.gui.common.LogFile;

/** The logging set-up on a logger context of its own, writing where {@code pbi.log.file} says. */
class LogSetupTest {

    @TempDir
    Path dir;
    private final LoggerContext context = new LoggerContext();
    private String previous;

    @BeforeEach
    void context() {
        // What slf4j's binding gives the application's own context.
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @AfterEach
    void restore() {
        context.stop();
        if (previous == null) {
            System.clearProperty(LogFile.PROPERTY);
        } else {
            System.setProperty(LogFile.PROPERTY, previous);
        }
    }

    @Test
    void writesTheAppsInfoAndEveryonesWarningsToTheFileAndWarnsAboutNothing() throws Exception {
        Path file = dir.resolve("logs").resolve("inspector.log");
        previous = System.setProperty(LogFile.PROPERTY, file.toString());
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("pbi.app.Something").info("the window opened");
        context.getLogger("pbi.app.Something").debug("a detail");
        context.getLogger("com.zaxxer.hikari.pool").info("pool chatter");
        context.getLogger("com.zaxxer.hikari.pool").warn("pool trouble");

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains("INFO  [main] pbi.app.Something - the window opened")
                .contains("WARN  [main] com.zaxxer.hikari.pool - pool trouble")
                .doesNotContain("a detail").doesNotContain("pool chatter");
        // A warning in logback's own status list is what makes it print its status on the console.
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .allMatch(status -> status.getLevel() == Status.INFO);
    }

    @Test
    void logbackFindsItAsAService() {
        assertThat(java.util.ServiceLoader.load(Configurator.class).stream()
                .map(provider -> provider.type().getName())).contains(LogSetup.class.getName());
    }

    @Test
    void aConfigurationFileGivenOnTheCommandLineTakesOver() {
        String before = System.setProperty("logback.configurationFile", dir.resolve("mine.xml").toString());
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
