package pbi.dao.world;

import pbi.dao.db.ConnectionSettings;

/**
 * Where the user says the world database is. By default: a database named {@code world} or {@code acore_world}
 * on the characters database's server, read with the same account.
 *
 * @param databaseName {@code --world NAME}, or null to look for world and acore_world
 * @param otherServer {@code --world-url}: a server of its own, or null for the characters database's server. When
 *        its URL names a database and no name is given, that database is the one.
 */
public record WorldSource(String databaseName, ConnectionSettings otherServer) {

    public static final String TRINITYCORE_NAME = "world";
    public static final String AZEROTHCORE_NAME = "acore_world";

    public WorldSource {
        databaseName = databaseName == null || databaseName.isBlank() ? null : databaseName.strip();
    }

    public static WorldSource automatic() {
        return new WorldSource(null, null);
    }

    public static WorldSource named(String databaseName) {
        return new WorldSource(databaseName, null);
    }

    public static WorldSource at(ConnectionSettings otherServer) {
        return new WorldSource(null, otherServer);
    }

    /**
     * The source the command line and a connection profile describe.
     *
     * @param world {@code --world NAME}, or null
     * @param worldUrl {@code --world-url JDBC_URL}, or null; read with the characters connection's account
     * @param characters the characters database's connection, whose user and password a world URL reuses
     */
    public static WorldSource fromOptions(String world, String worldUrl, ConnectionSettings characters) {
        if (worldUrl == null || worldUrl.isBlank()) {
            return new WorldSource(world, null);
        }
        return new WorldSource(world, new ConnectionSettings("world", worldUrl.strip(), characters.user(),
                characters.password()));
    }

    public boolean sameServer() {
        return otherServer == null;
    }
}
