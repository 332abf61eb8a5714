package pbi.dao.world;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The item rules as one SQL query, for a world database on the characters database's server: the doctor joins
 * {@code item_template} instead of loading the catalog. Each row is one finding: {@code bot_guid}, {@code bag}
 * (NULL for equipment), {@code slot}, {@code rule_id}. It agrees with {@link ItemChecks} row for row, except that
 * surplus gems are only counted in a well-formed gem string (a malformed one is another rule's finding).
 * Valid on MySQL 8 and MariaDB.
 */
public final class ItemSql {

    private ItemSql() {
    }

    /**
     * The query over every bot.
     *
     * @param location a world database found on the same server
     * @param withCharacters whether the {@code characters} table exists, for the warrior's Titan's Grip; without
     *        it every class is unknown
     */
    public static String findings(WorldLocation location, boolean withCharacters) {
        Parts parts = Parts.of(location, withCharacters);
        String items = parts.items();
        String classOf = parts.classOf();
        String sockets = parts.sockets();
        String gemCount = parts.gemCount();
        return String.join("\nUNION ALL\n",
                "SELECT i.bot_guid, i.bag, i.slot, '" + ItemRule.ITEM_UNKNOWN.id() + "' AS rule_id"
                        + " FROM playerbot_inventory i LEFT JOIN " + items + " t ON t.entry = i.item_id"
                        + " WHERE i.item_id > 0 AND t.entry IS NULL",
                "SELECT i.bot_guid, i.bag, i.slot, '" + ItemRule.INVENTORY_STACK_OVER_MAX.id() + "'"
                        + " FROM playerbot_inventory i JOIN " + items + " t ON t.entry = i.item_id"
                        + " WHERE i.stack_count > GREATEST(1, COALESCE(t.stackable, 1))",
                "SELECT i.bot_guid, i.bag, i.slot, '" + ItemRule.ITEM_DURABILITY_OVER_MAX.id() + "'"
                        + " FROM playerbot_inventory i JOIN " + items + " t ON t.entry = i.item_id"
                        + " WHERE i.durability > t.MaxDurability",
                "SELECT e.bot_guid, NULL, e.slot, '" + ItemRule.ITEM_UNKNOWN.id() + "'"
                        + " FROM playerbot_equipment e LEFT JOIN " + items + " t ON t.entry = e.item_id"
                        + " WHERE e.item_id > 0 AND t.entry IS NULL",
                "SELECT e.bot_guid, NULL, e.slot, '" + ItemRule.EQUIPMENT_WRONG_SLOT.id() + "'"
                        + " FROM playerbot_equipment e JOIN " + items + " t ON t.entry = e.item_id"
                        + " WHERE e.slot <= 18 AND NOT (" + fits(classOf) + ")",
                "SELECT e.bot_guid, NULL, e.slot, '" + ItemRule.ITEM_DURABILITY_OVER_MAX.id() + "'"
                        + " FROM playerbot_equipment e JOIN " + items + " t ON t.entry = e.item_id"
                        + " WHERE e.durability > t.MaxDurability",
                "SELECT e.bot_guid, NULL, e.slot, '" + ItemRule.EQUIPMENT_GEMS_OVER_SOCKETS.id() + "'"
                        + " FROM playerbot_equipment e JOIN " + items + " t ON t.entry = e.item_id"
                        + " WHERE e.gems REGEXP '^[0-9]+(,[0-9]+){0,2}$' AND " + gemCount + " > " + sockets);
    }

    /**
     * The bots that may break an item rule, in one pass over each table: every bot with a row that any item rule
     * flags (its own {@link #findings} rows), each bot once. The doctor reads only these bots' rows and lets
     * {@link ItemChecks} decide, so that the SQL and the Java forms give the same findings.
     *
     * @param withCharacters whether the {@code characters} table exists, for the warrior's Titan's Grip
     */
    public static String suspects(WorldLocation location, boolean withCharacters) {
        return String.join("\nUNION\n", suspectPasses(location, withCharacters));
    }

    /**
     * {@link #suspects} as its two passes, inventory then equipment, each one read of its table: run apart, they
     * spare the server the UNION's temporary table (a third of the time on the demo world).
     */
    public static List<String> suspectPasses(WorldLocation location, boolean withCharacters) {
        Parts parts = Parts.of(location, withCharacters);
        String items = parts.items();
        String classOf = parts.classOf();
        String sockets = parts.sockets();
        String gemCount = parts.gemCount();
        return List.of("SELECT DISTINCT i.bot_guid FROM playerbot_inventory i LEFT JOIN " + items
                + " t ON t.entry = i.item_id"
                + " WHERE i.item_id > 0 AND (t.entry IS NULL"
                + " OR i.stack_count > GREATEST(1, COALESCE(t.stackable, 1))"
                + " OR i.durability > t.MaxDurability)",
                "SELECT DISTINCT e.bot_guid FROM playerbot_equipment e LEFT JOIN " + items + " t ON t.entry = e.item_id"
                + " WHERE e.item_id > 0 AND (t.entry IS NULL"
                + " OR (e.slot <= 18 AND NOT (" + fits(classOf) + "))"
                + " OR e.durability > t.MaxDurability"
                + " OR (e.gems REGEXP '^[0-9]+(,[0-9]+){0,2}$' AND " + gemCount + " > " + sockets + "))");
    }

    /** InventoryType's slot table as a CASE, built from {@link InventoryType} so that both forms share it. */
    static String fits(String classOf) {
        String cases = java.util.Arrays.stream(InventoryType.values()).filter(InventoryType::wearable)
                .map(type -> {
                    String slots = type.slots().stream().map(String::valueOf).collect(Collectors.joining(", "));
                    String rule = "e.slot IN (" + slots + ")";
                    if (type == InventoryType.TWO_HAND) {
                        rule = "(" + rule + " OR (e.slot = " + InventoryType.OFF_HAND_SLOT + " AND COALESCE("
                                + classOf + ", " + InventoryType.WARRIOR + ") = " + InventoryType.WARRIOR + "))";
                    }
                    return "WHEN " + type.code() + " THEN " + rule;
                })
                .collect(Collectors.joining(" "));
        return "CASE t.InventoryType " + cases + " ELSE FALSE END";
    }

    /** The pieces both forms share: the joined table, the bot's class, the sockets (with the extra one) and gems. */
    private record Parts(String items, String classOf, String sockets, String gemCount) {

        static Parts of(WorldLocation location, boolean withCharacters) {
            if (!location.available() || !location.sameServer()) {
                throw new IllegalArgumentException("The item rules run in SQL only against a world database on the"
                        + " same server; here: " + location.description());
            }
            return new Parts(location.quotedSchema() + ".item_template",
                    withCharacters ? "(SELECT c.class FROM characters c WHERE c.guid = e.bot_guid)" : "NULL",
                    "(t.socketColor_1 <> 0) + (t.socketColor_2 <> 0) + (t.socketColor_3 <> 0) + (e.slot IN (5, 8, 9))",
                    "(LENGTH(e.gems) - LENGTH(REPLACE(e.gems, ',', '')) + 1)");
        }
    }
}
