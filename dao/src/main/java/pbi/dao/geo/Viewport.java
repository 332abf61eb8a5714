package pbi.dao.geo;

/**
 * The projection from world coordinates to a picture, north up: −y runs to the right and +x runs up (DOMAIN,
 * "Positions"). Screen coordinates are pixels from the top-left corner.
 *
 * @param centerX world x at the middle of the picture
 * @param centerY world y at the middle of the picture
 * @param yardsPerPixel the scale; larger means zoomed out
 * @param width picture width in pixels
 * @param height picture height in pixels
 */
public record Viewport(double centerX, double centerY, double yardsPerPixel, double width, double height) {

    /** Far enough in to tell two bots a yard apart, far enough out to see two continents. */
    public static final double MIN_YARDS_PER_PIXEL = 0.05;
    public static final double MAX_YARDS_PER_PIXEL = 200;

    public Viewport {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("A picture needs a size, not " + width + "×" + height);
        }
        yardsPerPixel = Math.max(MIN_YARDS_PER_PIXEL, Math.min(MAX_YARDS_PER_PIXEL, yardsPerPixel));
    }

    /** The view that shows {@code box} whole, centred, with {@code marginPx} pixels to spare on every side. */
    public static Viewport fit(WorldBox box, double width, double height, double marginPx) {
        double usableW = Math.max(1, width - 2 * marginPx);
        double usableH = Math.max(1, height - 2 * marginPx);
        double scale = Math.max(box.width() / usableW, box.height() / usableH);
        return new Viewport(box.centerX(), box.centerY(), scale, width, height);
    }

    /** Screen x of a world y. */
    public double screenX(double worldY) {
        return width / 2 + (centerY - worldY) / yardsPerPixel;
    }

    /** Screen y of a world x. */
    public double screenY(double worldX) {
        return height / 2 - (worldX - centerX) / yardsPerPixel;
    }

    /** World x under a screen y. */
    public double worldX(double screenY) {
        return centerX + (height / 2 - screenY) * yardsPerPixel;
    }

    /** World y under a screen x. */
    public double worldY(double screenX) {
        return centerY - (screenX - width / 2) * yardsPerPixel;
    }

    /** The part of the world the picture shows. */
    public WorldBox visible() {
        return new WorldBox(worldX(height), worldX(0), worldY(width), worldY(0));
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the world point under ({@code sx}, {@code sy}) in place. */
    public Viewport zoom(double factor, double sx, double sy) {
        double x = worldX(sy);
        double y = worldY(sx);
        double scale = Math.max(MIN_YARDS_PER_PIXEL, Math.min(MAX_YARDS_PER_PIXEL, yardsPerPixel / factor));
        double cx = x - (height / 2 - sy) * scale;
        double cy = y + (sx - width / 2) * scale;
        return new Viewport(cx, cy, scale, width, height);
    }

    /** Moves the picture with the mouse: the world follows a drag of (dx, dy) pixels. */
    public Viewport pan(double dxPx, double dyPx) {
        return new Viewport(centerX + dyPx * yardsPerPixel, centerY + dxPx * yardsPerPixel, yardsPerPixel, width,
                height);
    }

    /** The same centre and scale on a picture of another size. */
    public Viewport resize(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, yardsPerPixel, newWidth, newHeight);
    }
}
