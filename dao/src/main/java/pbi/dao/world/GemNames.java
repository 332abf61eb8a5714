package pbi.dao.world;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names and colours of gem item ids, from the wowsims data shipped in the jar ({@code pbi/dao/world/gems.csv}, see
 * the NOTICE beside it). A realm's own item_template names a gem too; this table adds the colour.
 */
public final class GemNames {

    private static final String RESOURCE = "/pbi/dao/world/gems.csv";

    /**
     * One gem.
     *
     * @param color "meta", "red", "yellow", "blue", "orange", "green", "purple" or "prismatic"
     */
    public record Gem(long entry, String name, String color, Quality quality) {
    }

    private GemNames() {
    }

    public static Optional<Gem> find(long gemId) {
        return Optional.ofNullable(Table.GEMS.get(gemId));
    }

    /** "Bold Dragon's Eye (red)", or the id itself when this tool does not know the gem. */
    public static String label(long gemId) {
        return find(gemId).map(g -> g.name() + " (" + g.color() + ")").orElse(Long.toString(gemId));
    }

    public static Map<Long, Gem> all() {
        return Table.GEMS;
    }

    private static final class Table {
        static final Map<Long, Gem> GEMS = load();

        private static Map<Long, Gem> load() {
            Map<Long, Gem> gems = new HashMap<>();
            for (String[] row : Csv.read(RESOURCE)) {
                long entry = Long.parseLong(row[0].strip());
                gems.put(entry, new Gem(entry, row[1].strip(), row[2].strip(),
                        Quality.of(Long.parseLong(row[3].strip()))));
            }
            return Map.copyOf(gems);
        }
    }
}
