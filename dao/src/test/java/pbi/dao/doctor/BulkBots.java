package pbi.dao.doctor;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads many clean bots fast, generated inside the server with MariaDB's sequence engine, for the doctor's
 * benchmark until the data helper's Generator is available. Each bot gets {@code items} inventory rows spread
 * over the four bags and {@code worn} equipped items, all with well-formed strings and unique item guids.
 */
final class BulkBots {

    private BulkBots() {
    }

    static void load(Connection connection, int bots, int items, int worn) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION unique_checks = 0");
            s.execute("INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z, map_id, zone_id,"
                    + " orientation, gold_copper, health, mana, level)"
                    + " SELECT seq, -8949.95 + (seq MOD 100), -132.493, 83.5, 0, 12, (seq MOD 600) / 100.0,"
                    + " seq * 17, 1500, 800, 1 + seq MOD 80 FROM seq_1_to_" + bots);
            int step = 10_000;
            for (int from = 1; from <= bots; from += step) {
                int to = Math.min(bots, from + step - 1);
                s.execute("INSERT INTO playerbot_inventory (bot_guid, bag, slot, item_id, item_guid, stack_count,"
                        + " enchantments, durability)"
                        + " SELECT b.seq, 19 + k.seq DIV 36, k.seq MOD 36, 2000 + k.seq, b.seq * 1000 + k.seq,"
                        + " 1 + k.seq MOD 20,"
                        + " IF(k.seq MOD 3 = 0, '', IF(k.seq MOD 3 = 1, '3225:0', '3225:0;3229:3600')),"
                        + " 50 FROM seq_" + from + "_to_" + to + " b JOIN seq_0_to_" + (items - 1) + " k");
                s.execute("INSERT INTO playerbot_equipment (bot_guid, slot, item_id, item_guid, enchantments, gems,"
                        + " durability)"
                        + " SELECT b.seq, k.seq, 40000 + k.seq, b.seq * 1000 + 900 + k.seq, '3225:0;3229:3600',"
                        + " IF(k.seq MOD 2 = 0, '41398,40111', NULL), 100"
                        + " FROM seq_" + from + "_to_" + to + " b JOIN seq_0_to_" + (worn - 1) + " k");
            }
        }
    }
}
