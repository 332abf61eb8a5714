package pbi.dao.world;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of enchantment ids (the numbers in an enchantment string), from the wowsims data shipped in the jar
 * ({@code pbi/dao/world/enchants.csv}, see the NOTICE beside it).
 */
public final class EnchantNames {

    private static final String RESOURCE = "/pbi/dao/world/enchants.csv";

    private EnchantNames() {
    }

    public static Optional<String> name(long enchantId) {
        return Optional.ofNullable(Table.NAMES.get(enchantId));
    }

    /** The name, or the id itself when this tool does not know it. */
    public static String label(long enchantId) {
        return name(enchantId).orElse(Long.toString(enchantId));
    }

    /** Every known enchantment, id to name, for a picker. */
    public static Map<Long, String> all() {
        return Table.NAMES;
    }

    public static int size() {
        return Table.NAMES.size();
    }

    /** Read on first use, by the class loader's lock. */
    private static final class Table {
        static final Map<Long, String> NAMES = load();

        private static Map<Long, String> load() {
            Map<Long, String> names = new HashMap<>();
            for (String[] row : Csv.read(RESOURCE)) {
                names.put(Long.parseLong(row[0].strip()), row[1].strip());
            }
            return Map.copyOf(names);
        }
    }
}
