package pbi.dao.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Writes a {@link DemoPlan} into empty tables: the playerbot rows as bulk statements ({@link SqlRows}), then the
 * {@code characters} rows. The caller owns the transaction.
 */
final class DemoWriter {

    /** How many bots between two progress lines. */
    static final int PROGRESS_EVERY = 600;
    private static final int CHARACTER_BATCH = 1000;

    private DemoWriter() {
    }

    static void write(Connection connection, DemoPlan plan, Consumer<String> progress) throws SQLException {
        writeBots(connection, plan, progress);
        progress.accept("Demo world: characters");
        writeCharacters(connection, plan);
    }

    private static void writeBots(Connection connection, DemoPlan plan, Consumer<String> progress)
            throws SQLException {
        int total = plan.bots().size();
        SqlRows rows = new SqlRows(connection);
        try {
            int done = 0;
            for (DemoPlan.Bot bot : plan.bots()) {
                rows.add(bot.state());
                for (InventoryItem item : bot.inventory()) {
                    rows.add(item);
                }
                for (EquipmentItem item : bot.equipment()) {
                    rows.add(item);
                }
                if (++done % PROGRESS_EVERY == 0) {
                    progress.accept(String.format("Demo world: %,d of %,d bots", done, total));
                }
            }
            for (InventoryItem item : plan.orphanInventory()) {
                rows.add(item);
            }
            for (EquipmentItem item : plan.orphanEquipment()) {
                rows.add(item);
            }
            rows.flush();
        } finally {
            rows.close();
        }
    }

    private static void writeCharacters(Connection connection, DemoPlan plan) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO characters (guid, account, name,"
                + " race, class, gender, level, money, map, zone, online) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (DemoPlan.Bot bot : plan.bots()) {
                DemoPlan.Character c = bot.character();
                insert.setLong(1, c.guid());
                insert.setLong(2, c.account());
                insert.setString(3, c.name());
                insert.setInt(4, c.race());
                insert.setInt(5, c.characterClass());
                insert.setInt(6, c.gender());
                insert.setInt(7, c.level());
                insert.setLong(8, c.money());
                insert.setLong(9, c.map());
                insert.setLong(10, c.zone());
                insert.setInt(11, c.online() ? 1 : 0);
                insert.addBatch();
                if (++pending == CHARACTER_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
