package pbi.dao.world;

/** Item quality ({@code item_template.Quality}) with the name and colour players know it by. */
public enum Quality {
    POOR(0, "Poor", "#9d9d9d"),
    COMMON(1, "Common", "#ffffff"),
    UNCOMMON(2, "Uncommon", "#1eff00"),
    RARE(3, "Rare", "#0070dd"),
    EPIC(4, "Epic", "#a335ee"),
    LEGENDARY(5, "Legendary", "#ff8000"),
    ARTIFACT(6, "Artifact", "#e6cc80"),
    HEIRLOOM(7, "Heirloom", "#e6cc80");

    private final int id;
    private final String displayName;
    private final String color;

    Quality(int id, String displayName, String color) {
        this.id = id;
        this.displayName = displayName;
        this.color = color;
    }

    /**
     * The quality with this id. A value outside 0-7 (a custom server's addition) reads as Common, which the game's
     * client also draws in white.
     */
    public static Quality of(long id) {
        return id >= 0 && id < values().length ? values()[(int) id] : COMMON;
    }

    public int id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The colour as {@code #rrggbb}, ready for CSS. */
    public String color() {
        return color;
    }
}
