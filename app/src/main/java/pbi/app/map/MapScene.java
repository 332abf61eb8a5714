package pbi.app.map;

import java.math.BigInteger;
import java.util.List;

/**
 * A map picture as plain shapes in screen pixels, free of any toolkit: built once by {@link SceneBuilder}, painted by
 * a thin painter (JavaFX for the window, Java2D for the command line). Colours are ARGB ints; 0 means "none".
 *
 * @param marks painted in order, later ones on top
 * @param hits where each bot's dot was drawn, topmost last, for the window to find what the mouse is over
 */
public record MapScene(double width, double height, int background, List<Mark> marks, List<Hit> hits) {

    public enum Align { LEFT, CENTER, RIGHT }

    /** One thing to paint. */
    public sealed interface Mark permits Box, Segment, Text, Dot, Polygon {
    }

    public record Box(double x, double y, double w, double h, int fill, int stroke, double strokeWidth,
            boolean dashed) implements Mark {
    }

    public record Segment(double x1, double y1, double x2, double y2, int color, double width, boolean dashed)
            implements Mark {
    }

    /**
     * Text whose vertical middle is at {@code y}.
     *
     * @param halo a colour drawn around the letters so that they stay readable over shapes; 0 for none
     */
    public record Text(double x, double y, String text, double size, int color, Align align, boolean bold,
            int halo) implements Mark {
    }

    public record Dot(double x, double y, double radius, int fill, int stroke, double strokeWidth) implements Mark {
    }

    public record Polygon(double[] xs, double[] ys, int fill, int stroke, double strokeWidth) implements Mark {
    }

    /** A bot's dot on screen. */
    public record Hit(BigInteger botGuid, double x, double y, double radius) {
    }
}
