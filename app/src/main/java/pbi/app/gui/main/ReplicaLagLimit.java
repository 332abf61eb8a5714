package pbi.app.gui.main;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's lag limit: {@code max_lag_seconds} in {@code replica.properties} of the configuration directory,
 * else {@link ReplicaLagViewModel#DEFAULT_LIMIT_SECONDS}.
 */
public final class ReplicaLagLimit {

    public static final String FILE = "replica.properties";
    public static final String KEY = "max_lag_seconds";
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaLagLimit.class);

    private ReplicaLagLimit() {
    }

    /** The limit in seconds; a missing file is the default, a bad value is logged and is the default too. */
    public static long read(Path configDirectory) {
        Path file = configDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return ReplicaLagViewModel.DEFAULT_LIMIT_SECONDS;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            String value = properties.getProperty(KEY);
            if (value == null) {
                return ReplicaLagViewModel.DEFAULT_LIMIT_SECONDS;
            }
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0) {
                throw new NumberFormatException("negative");
            }
            return seconds;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("{} in {} should be a whole number of seconds; using {} s", KEY, file,
                    ReplicaLagViewModel.DEFAULT_LIMIT_SECONDS);
            return ReplicaLagViewModel.DEFAULT_LIMIT_SECONDS;
        }
    }
}
