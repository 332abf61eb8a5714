package pbi.app.gui.main;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the main window was and how its dividers stood, kept in a small properties file in the configuration
 * directory. Pure: reading, choosing a default and writing need no toolkit.
 *
 * @param x left edge, or NaN when the window manager should place it
 * @param dividers each split pane's divider position (0..1) by name
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
        Map<String, Double> dividers) {

    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 900;
    /** Smaller than this and the bag grid or the paper doll no longer fits; a saved size below it is ignored. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    public WindowState {
        dividers = Map.copyOf(dividers);
    }

    /** About 1400×900, or 90% of a smaller screen, centred by the window manager. */
    public static WindowState defaultFor(double screenWidth, double screenHeight) {
        return new WindowState(Double.NaN, Double.NaN, Math.min(DEFAULT_WIDTH, Math.floor(screenWidth * 0.9)),
                Math.min(DEFAULT_HEIGHT, Math.floor(screenHeight * 0.9)), false, Map.of());
    }

    /**
     * The saved state fitted to the screen it will open on: a size larger than the screen shrinks to it, a window
     * whose title bar would be off screen is placed by the window manager again.
     */
    public WindowState fittedTo(double screenX, double screenY, double screenWidth, double screenHeight) {
        double w = Math.max(Math.min(width, screenWidth), Math.min(MIN_WIDTH, screenWidth));
        double h = Math.max(Math.min(height, screenHeight), Math.min(MIN_HEIGHT, screenHeight));
        boolean visible = !Double.isNaN(x) && !Double.isNaN(y) && x >= screenX - w + 100
                && x <= screenX + screenWidth - 100 && y >= screenY && y <= screenY + screenHeight - 50;
        return new WindowState(visible ? x : Double.NaN, visible ? y : Double.NaN, w, h, maximized, dividers);
    }

    public WindowState withDivider(String name, double position) {
        Map<String, Double> next = new LinkedHashMap<>(dividers);
        next.put(name, position);
        return new WindowState(x, y, width, height, maximized, next);
    }

    /** The remembered state, or null when there is none or it cannot be read (a broken file is not an error). */
    public static WindowState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            Map<String, Double> dividers = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("divider.")) {
                    double d = Double.parseDouble(p.getProperty(key));
                    if (d > 0 && d < 1) {
                        dividers.put(key.substring("divider.".length()), d);
                    }
                }
            }
            double w = Double.parseDouble(p.getProperty("width"));
            double h = Double.parseDouble(p.getProperty("height"));
            if (!(w > 0 && h > 0)) {
                return null;
            }
            return new WindowState(number(p, "x"), number(p, "y"), w, h,
                    Boolean.parseBoolean(p.getProperty("maximized")), dividers);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable window state in {}", file, e);
            return null;
        }
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? Double.NaN : Double.parseDouble(value);
    }

    /** Writes the state; a failure is logged, never shown: losing the window's size is no reason to stop a close. */
    public void save(Path file) {
        Properties p = new Properties();
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            p.setProperty("x", Double.toString(x));
            p.setProperty("y", Double.toString(y));
        }
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        dividers.forEach((name, position) -> p.setProperty("divider." + name, Double.toString(position)));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "Playerbot Inspector main window");
            }
        } catch (IOException e) {
            LOG.warn("Could not save the window state to {}", file, e);
        }
    }
}
