package pbi.dao.world;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import pbi.dao.db.SqlScripts;

/**
 * Creates the demo's world database: TrinityCore 3.3.5's real {@code item_template} DDL, filled with
 * {@link DemoItems}. Only for the embedded demo server, which is ours to shape.
 */
public final class DemoWorldDatabase {

    public static final String DDL = "/pbi/resources/schema/world/trinitycore-3.3.5-item_template.sql";
    private static final String INSERT = "INSERT INTO item_template (entry, class, name, Quality, InventoryType,"
            + " ItemLevel, RequiredLevel, stackable, MaxDurability, socketColor_1, socketColor_2, socketColor_3,"
            + " ContainerSlots) VALUES ";
    private static final String ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int ROWS_PER_INSERT = 1000;

    private DemoWorldDatabase() {
    }

    /**
     * Creates (or rebuilds) the database with the demo items. The connection's current database is restored.
     *
     * @param server a connection with the right to create databases (the embedded server's root)
     * @return the number of items written
     */
    public static int create(Connection server, String databaseName) throws SQLException {
        return create(server, databaseName, DemoItems.all());
    }

    /** As {@link #create(Connection, String)}, with the given items (the benchmark writes 50,000). */
    public static int create(Connection server, String databaseName, List<ItemTemplate> items) throws SQLException {
        return create(server, databaseName, items, readDdl());
    }

    /** With another item_template DDL: the tests build an AzerothCore-style table this way. */
    static int create(Connection server, String databaseName, List<ItemTemplate> items, String ddl)
            throws SQLException {
        String previous = server.getCatalog();
        try {
            try (Statement statement = server.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + WorldLocator.quote(databaseName)
                        + " CHARACTER SET utf8mb4");
            }
            server.setCatalog(databaseName);
            // A new statement: Connector/J runs a statement in the database that was current when it was made.
            try (Statement statement = server.createStatement()) {
                runScript(statement, ddl);
            }
            insert(server, items);
        } finally {
            if (previous != null && !previous.isEmpty()) {
                server.setCatalog(previous);
            }
        }
        return items.size();
    }

    private static void insert(Connection connection, List<ItemTemplate> items) throws SQLException {
        for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
            List<ItemTemplate> chunk = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
            String sql = INSERT + String.join(",", java.util.Collections.nCopies(chunk.size(), ROW));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                for (ItemTemplate item : chunk) {
                    statement.setLong(p++, item.entry());
                    statement.setInt(p++, itemClass(item));
                    statement.setString(p++, item.name());
                    statement.setInt(p++, item.quality().id());
                    statement.setInt(p++, item.inventoryType());
                    statement.setInt(p++, item.itemLevel());
                    statement.setInt(p++, item.requiredLevel());
                    statement.setLong(p++, item.stackable());
                    statement.setLong(p++, item.maxDurability());
                    statement.setInt(p++, item.socketColor1());
                    statement.setInt(p++, item.socketColor2());
                    statement.setInt(p++, item.socketColor3());
                    statement.setInt(p++, item.containerSlots());
                }
                statement.executeUpdate();
            }
        }
    }

    /** item_template.class: 0 consumable, 1 container, 2 weapon, 3 gem, 4 armor, 7 trade goods, 15 misc. */
    private static int itemClass(ItemTemplate item) {
        return switch (item.inventoryType()) {
            case 13, 15, 17, 21, 22, 25, 26 -> 2;
            case 18 -> 1;
            case 0 -> item.entry() == DemoItems.HEARTHSTONE ? 15 : GemNames.find(item.entry()).isPresent() ? 3
                    : item.name().endsWith("Potion") ? 0 : 7;
            default -> 4;
        };
    }

    private static String readDdl() {
        try (InputStream in = DemoWorldDatabase.class.getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DDL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + DDL, e);
        }
    }

    /** Runs each statement of a script whose statements end with a semicolon at the end of a line. */
    static void runScript(Statement statement, String script) throws SQLException {
        SqlScripts.runText(statement, script);
    }
}
