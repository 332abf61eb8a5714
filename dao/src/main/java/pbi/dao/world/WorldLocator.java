package pbi.dao.world;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.db.ConnectionSettings;

/**
 * Finds the world database through {@code information_schema}, so that an account that may read the characters
 * database but not list every schema still finds what it may read.
 */
public final class WorldLocator {

    private static final String TABLE = "item_template";

    private WorldLocator() {
    }

    /**
     * Looks for the world database. Never throws: a server that cannot be reached or read gives an absent location
     * whose reason says so.
     *
     * @param sameServer opens connections to the characters database's server (its pool's {@code getConnection})
     */
    public static WorldLocation locate(ConnectionSource sameServer, WorldSource source) {
        ConnectionSource server = source.sameServer() ? sameServer : direct(source.otherServer());
        String where = source.sameServer() ? "on the same server" : "at " + hostOf(source.otherServer().jdbcUrl());
        try (Connection connection = server.open()) {
            String wanted = source.databaseName();
            if (wanted == null && !source.sameServer()) {
                String catalog = connection.getCatalog();
                wanted = catalog == null || catalog.isBlank() ? null : catalog;
            }
            if (wanted != null) {
                return locateNamed(connection, server, source.sameServer(), wanted, where);
            }
            List<String> candidates = schemasWithItemTemplate(connection);
            for (String name : List.of(WorldSource.TRINITYCORE_NAME, WorldSource.AZEROTHCORE_NAME)) {
                if (candidates.contains(name)) {
                    return WorldLocation.found(name, server, source.sameServer(), where);
                }
            }
            return WorldLocation.absent("no database named " + WorldSource.TRINITYCORE_NAME + " or "
                    + WorldSource.AZEROTHCORE_NAME + " with an " + TABLE + " table " + where
                    + " (use --world NAME to name it)");
        } catch (SQLException e) {
            return WorldLocation.absent("cannot read the world database " + where + ": " + firstLine(e));
        }
    }

    private static WorldLocation locateNamed(Connection connection, ConnectionSource server, boolean sameServer,
            String name, String where) throws SQLException {
        if (!schemaExists(connection, name)) {
            return WorldLocation.absent("no database named " + name + " " + where
                    + " (or this account may not see it)");
        }
        if (!schemasWithItemTemplate(connection).contains(name)) {
            return WorldLocation.absent("the database " + name + " " + where + " has no " + TABLE + " table");
        }
        return WorldLocation.found(name, server, sameServer, where);
    }

    private static boolean schemaExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static List<String> schemasWithItemTemplate(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_SCHEMA FROM information_schema.TABLES WHERE TABLE_NAME = ?")) {
            statement.setString(1, TABLE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
        }
        return schemas;
    }

    private static ConnectionSource direct(ConnectionSettings settings) {
        return () -> DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /** "host:3306" from a JDBC URL, without the database, parameters or any credentials in them. */
    static String hostOf(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:[a-z]+:(//)?", "");
        int at = rest.indexOf('@');
        int end = rest.length();
        for (char c : new char[] {'/', '?', ';'}) {
            int i = rest.indexOf(c, at + 1);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        return rest.substring(at + 1, end);
    }

    /** A schema name as a backquoted identifier; any backquote inside is doubled, so no name can break out. */
    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
