package pbi.dao.geo;

/**
 * What a map picture asks the database for.
 *
 * @param mapId the map
 * @param zoneId the zone in focus, or null for the whole map; its bots standing outside its rectangle are listed
 * @param view the part of the world on screen
 * @param columns density grid columns across the view
 * @param rows density grid rows down the view
 * @param dotLimit at most this many bots in view are fetched one by one; more are counted per cell
 */
public record MapQuery(long mapId, Long zoneId, WorldBox view, int columns, int rows, int dotLimit) {

    public MapQuery {
        if (columns < 1 || rows < 1 || columns > 4096 || rows > 4096) {
            throw new IllegalArgumentException("A density grid needs 1 to 4096 columns and rows, not " + columns
                    + "×" + rows);
        }
    }

    /** Yards per cell along world y (screen across). */
    public double cellWidth() {
        return view.width() / columns;
    }

    /** Yards per cell along world x (screen down). */
    public double cellHeight() {
        return view.height() / rows;
    }
}
