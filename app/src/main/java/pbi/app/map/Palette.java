package pbi.app.map;

/** The map's colours: a light, schematic style in the manner of plotting libraries (Tableau 10 hues). */
public final class Palette {

    public static final int BACKGROUND = 0xFFFFFFFF;
    public static final int PLOT = 0xFFF7F8FA;
    public static final int GRID = 0xFFE3E6EA;
    public static final int GRID_TEXT = 0xFF7A8088;
    public static final int TEXT = 0xFF2B2F33;
    public static final int HALO = 0xCCFFFFFF;
    public static final int ZONE_STROKE = 0xFF9AA3AD;
    public static final int FOCUS = 0xFF1F77B4;
    public static final int BOT = 0xFF1F77B4;
    public static final int ONLINE = 0xFF2CA02C;
    public static final int CORRUPT = 0xFFD62728;
    public static final int SELECTED = 0xFFFF7F0E;
    public static final int DOT_STROKE = 0xFFFFFFFF;
    public static final int TIP = 0xF2FFFFFF;
    public static final int TIP_STROKE = 0xFF8A929B;

    private static final int[] HUES = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2,
            0x7F7F7F, 0xBCBD22, 0x17BECF};

    /** Viridis, reversed so that few bots are pale and many are dark on a light plot. */
    private static final int[] DENSITY = {0xFDE725, 0xB5DE2B, 0x6ECE58, 0x35B779, 0x1F9E89, 0x26828E, 0x31688E,
            0x3E4989, 0x482878, 0x440154};

    private Palette() {
    }

    /** A stable, faint fill for a zone, so that neighbours differ. */
    public static int zoneFill(long zoneId, boolean city) {
        int hue = HUES[(int) Math.floorMod(zoneId * 7, HUES.length)];
        return (city ? 0x30 : 0x12) << 24 | hue;
    }

    public static int withAlpha(int argb, int alpha) {
        return alpha << 24 | (argb & 0xFFFFFF);
    }

    /** The colour for a share {@code t} (0 to 1) of the densest cell. */
    public static int density(double t) {
        double clamped = Math.max(0, Math.min(1, t)) * (DENSITY.length - 1);
        int i = (int) Math.floor(clamped);
        if (i >= DENSITY.length - 1) {
            return 0xE6000000 | DENSITY[DENSITY.length - 1];
        }
        double f = clamped - i;
        int a = DENSITY[i];
        int b = DENSITY[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return 0xE6000000 | r << 16 | g << 8 | bl;
    }
}
