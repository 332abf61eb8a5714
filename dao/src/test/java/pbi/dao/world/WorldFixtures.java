package pbi.dao.world;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import pbi.dao.testing.TestDatabase;

/** World databases on the shared test server, built from the real DDL files. */
final class WorldFixtures {

    static final String AZEROTHCORE_DDL = "/pbi/dao/world/azerothcore-item_template.sql";
    static final String TRINITYCORE_CHARACTERS = "/pbi/dao/world/trinitycore-3.3.5-characters.sql";
    static final String AZEROTHCORE_CHARACTERS = "/pbi/dao/world/azerothcore-characters.sql";

    enum Layout { TRINITYCORE, AZEROTHCORE }

    private WorldFixtures() {
    }

    /** The characters database's server, as the product reaches it: through the pool. */
    static ConnectionSource sameServer() {
        return TestDatabase.database().dataSource()::getConnection;
    }

    static void drop(String... databases) {
        for (String name : databases) {
            TestDatabase.sql("DROP DATABASE IF EXISTS " + WorldLocator.quote(name));
        }
    }

    static void create(String database, Layout layout, List<ItemTemplate> items) {
        try (Connection connection = TestDatabase.connect()) {
            if (layout == Layout.TRINITYCORE) {
                DemoWorldDatabase.create(connection, database, items);
            } else {
                DemoWorldDatabase.create(connection, database, items, resource(AZEROTHCORE_DDL));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = WorldFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ItemTemplate item(long entry, String name, int inventoryType) {
        return new ItemTemplate(entry, name, Quality.RARE, inventoryType, 200, 80, 1, 50, 0, 0, 0, 0);
    }
}
