package pbi.app.gui.watch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * How often the live watch polls: {@code poll.seconds} in {@code watch.properties} in the configuration directory
 * (default 3; 0 turns the watch off), or the system property {@code pbi.watch.seconds}, which wins.
 */
public final class WatchSettings {

    public static final Duration DEFAULT = Duration.ofSeconds(3);

    private WatchSettings() {
    }

    /** The interval, {@link Duration#ZERO} when the watch is off; a bad value gives the default. */
    public static Duration interval(Path configDirectory) {
        String value = System.getProperty("pbi.watch.seconds");
        if (value == null && configDirectory != null) {
            Path file = configDirectory.resolve("watch.properties");
            if (Files.isRegularFile(file)) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                    value = p.getProperty("poll.seconds");
                } catch (IOException | IllegalArgumentException e) {
                    value = null;
                }
            }
        }
        return parse(value);
    }

    static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            double seconds = Double.parseDouble(value.strip());
            if (seconds < 0 || Double.isNaN(seconds) || seconds > 3600) {
                return DEFAULT;
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }
}
