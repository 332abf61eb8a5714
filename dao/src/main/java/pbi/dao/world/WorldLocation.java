package pbi.dao.world;

/**
 * The world database that was found, or why none was.
 *
 * @param schema the database that holds {@code item_template}; null when none was found
 * @param source connects to the server that holds it
 * @param sameServer whether it lives on the characters database's server, where the doctor may join it in SQL
 * @param description for people: "world on the same server"
 * @param reason why there is none, for people; null when found
 */
public record WorldLocation(String schema, ConnectionSource source, boolean sameServer, String description,
        String reason) {

    public static WorldLocation found(String schema, ConnectionSource source, boolean sameServer, String where) {
        return new WorldLocation(schema, source, sameServer, schema + " " + where, null);
    }

    public static WorldLocation absent(String reason) {
        return new WorldLocation(null, null, false, "no world database", reason);
    }

    public boolean available() {
        return schema != null;
    }

    /** The schema as a quoted SQL identifier, for a query that joins {@code item_template} on the same server. */
    public String quotedSchema() {
        return WorldLocator.quote(schema);
    }
}
