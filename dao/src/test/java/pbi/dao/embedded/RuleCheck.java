package pbi.dao.embedded;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.World;
import pbi.dao.world.ItemSql;
import pbi.dao.world.WorldLocation;

/**
 * The doctor's rules as the data tests understand them, applied to a whole database with plain SQL reads, so that
 * the generators' promise "clean unless listed" is checked independently of the doctor.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    /**
     * As {@link #broken(Connection)}, and the item rules in their SQL form ({@link ItemSql}) against the world
     * database {@code worldSchema} on the same server.
     */
    static Map<BigInteger, Set<String>> broken(Connection connection, String worldSchema) throws SQLException {
        Map<BigInteger, Set<String>> found = broken(connection);
        String sql = ItemSql.findings(WorldLocation.found(worldSchema, null, true, "on the same server"), true);
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                flag(found, r.getBigDecimal(1).toBigInteger(), r.getString(4), true);
            }
        }
        return found;
    }

    /** Bot guid to the rules its rows break, under the default limits. */
    static Map<BigInteger, Set<String>> broken(Connection connection) throws SQLException {
        Limits limits = Limits.wotlk();
        Map<BigInteger, Set<String>> found = new TreeMap<>();
        Set<BigInteger> stateGuids = new HashSet<>();
        Map<BigInteger, List<BigInteger>> itemGuidOwners = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT bot_guid, position_x, position_y, position_z, map_id,"
                    + " zone_id, orientation, gold_copper, health, mana, level, last_updated > NOW()"
                    + " FROM playerbot_state")) {
                while (r.next()) {
                    BigInteger guid = r.getBigDecimal(1).toBigInteger();
                    stateGuids.add(guid);
                    float x = r.getFloat(2);
                    float y = r.getFloat(3);
                    float z = r.getFloat(4);
                    float o = r.getFloat(7);
                    flag(found, guid, "state.position_out_of_world", Math.abs(x) > limits.worldHalfExtent()
                            || Math.abs(y) > limits.worldHalfExtent() || Math.abs(z) > limits.maxAbsZ());
                    flag(found, guid, "state.orientation_out_of_range", o < 0 || o >= Limits.TWO_PI);
                    flag(found, guid, "state.level_out_of_range", r.getInt(11) < 1
                            || r.getInt(11) > limits.maxLevel());
                    flag(found, guid, "state.gold_over_cap",
                            r.getBigDecimal(8).toBigInteger().compareTo(limits.goldCap()) > 0);
                    flag(found, guid, "state.health_wrapped", r.getLong(9) >= Limits.WRAPPED_THRESHOLD);
                    flag(found, guid, "state.mana_wrapped", r.getLong(10) >= Limits.WRAPPED_THRESHOLD);
                    flag(found, guid, "state.zone_not_on_map", !World.zoneFitsMap(r.getLong(5), r.getLong(6))
                            || World.zoneName(r.getLong(6)).isEmpty());
                    flag(found, guid, "state.updated_in_future", r.getBoolean(12));
                }
            }
            List<BigInteger> childGuids = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("SELECT bot_guid, bag, slot, item_id, item_guid,"
                    + " stack_count, enchantments FROM playerbot_inventory")) {
                while (r.next()) {
                    BigInteger guid = r.getBigDecimal(1).toBigInteger();
                    childGuids.add(guid);
                    int bag = r.getInt(2);
                    int slot = r.getInt(3);
                    flag(found, guid, "inventory.bag_not_a_bag", !World.isBag(bag));
                    flag(found, guid, "inventory.slot_beyond_bag", World.isBag(bag) && (bag == World.BACKPACK
                            ? slot < World.BACKPACK_FIRST_SLOT || slot > World.BACKPACK_LAST_SLOT
                            : slot >= World.MAX_BAG_SLOTS));
                    flag(found, guid, "inventory.item_id_zero", r.getLong(4) == 0);
                    flag(found, guid, "inventory.stack_zero", r.getLong(6) == 0);
                    flag(found, guid, "inventory.enchantments_malformed",
                            !ItemStrings.parseEnchantments(r.getString(7)).valid());
                    itemGuidOwners.computeIfAbsent(r.getBigDecimal(5).toBigInteger(), k -> new ArrayList<>())
                            .add(guid);
                }
            }
            try (ResultSet r = statement.executeQuery("SELECT bot_guid, slot, item_id, item_guid, enchantments, gems"
                    + " FROM playerbot_equipment")) {
                while (r.next()) {
                    BigInteger guid = r.getBigDecimal(1).toBigInteger();
                    childGuids.add(guid);
                    flag(found, guid, "equipment.slot_out_of_range", r.getInt(2) > 18);
                    flag(found, guid, "equipment.item_id_zero", r.getLong(3) == 0);
                    flag(found, guid, "equipment.enchantments_malformed",
                            !ItemStrings.parseEnchantments(r.getString(5)).valid());
                    var gems = ItemStrings.parseGems(r.getString(6));
                    boolean tooMany = r.getString(6) != null && r.getString(6).split(",", -1).length > 3;
                    flag(found, guid, "equipment.too_many_gems", tooMany);
                    flag(found, guid, "equipment.gems_malformed", !gems.valid() && !tooMany);
                    itemGuidOwners.computeIfAbsent(r.getBigDecimal(4).toBigInteger(), k -> new ArrayList<>())
                            .add(guid);
                }
            }
            for (BigInteger guid : childGuids) {
                flag(found, guid, "orphan_rows", !stateGuids.contains(guid));
            }
            itemGuidOwners.values().stream().filter(owners -> owners.size() > 1)
                    .forEach(owners -> owners.forEach(g -> flag(found, g, "duplicate_item_guid", true)));
        }

        return found;
    }

    private static void flag(Map<BigInteger, Set<String>> found, BigInteger guid, String rule, boolean broken) {
        if (broken) {
            found.computeIfAbsent(guid, g -> new TreeSet<>()).add(rule);
        }
    }
}
