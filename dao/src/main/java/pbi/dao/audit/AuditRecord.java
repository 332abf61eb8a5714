package pbi.dao.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One committed write on one bot, as the audit keeps it: one line of JSON. Never holds a password: the database
 * user and the server's host, port and database name only.
 *
 * @param time when the write committed, UTC
 * @param osUser who ran the tool ({@code user.name})
 * @param dbUser the database account it wrote with
 * @param server host and port ("realm.example:3306")
 * @param database the characters database's name
 * @param action "save", "delete", "import", "doctor fix", "restore", "bulk"…
 * @param changes before → after per field and slot, at most {@link AuditChanges#MAX}
 * @param moreChanges how many changes were left out of {@code changes}
 * @param note what else there is to say (the import file), or null
 * @param version the tool's version
 */
public record AuditRecord(Instant time, String osUser, String dbUser, String server, String database,
        String action, BigInteger bot, List<AuditChange> changes, int moreChanges, String note, String version) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public AuditRecord {
        changes = List.copyOf(changes);
    }

    /** Whether {@code user} is the OS user or the database user (ignoring case). */
    public boolean byUser(String user) {
        return user.equalsIgnoreCase(osUser) || user.equalsIgnoreCase(dbUser);
    }

    /** The record as one line of JSON, without the line break. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("time", time.toString());
        o.put("os_user", osUser);
        o.put("db_user", dbUser);
        o.put("server", server);
        o.put("database", database);
        o.put("action", action);
        o.put("bot_guid", bot);
        ArrayNode list = o.putArray("changes");
        for (AuditChange c : changes) {
            ObjectNode n = list.addObject();
            n.put("where", c.where());
            n.put("field", c.field());
            n.put("before", c.before());
            n.put("after", c.after());
        }
        if (moreChanges > 0) {
            o.put("more_changes", moreChanges);
        }
        if (note != null) {
            o.put("note", note);
        }
        o.put("tool_version", version);
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit record could not be written as JSON", e);
        }
    }

    /**
     * Reads one line written by {@link #toJson}.
     *
     * @throws IllegalArgumentException saying what is wrong with the line
     */
    public static AuditRecord parse(String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject() || !o.hasNonNull("time") || !o.hasNonNull("bot_guid")) {
            throw new IllegalArgumentException("not an audit record (no time or bot_guid)");
        }
        List<AuditChange> changes = new ArrayList<>();
        for (JsonNode n : o.path("changes")) {
            changes.add(new AuditChange(text(n, "where"), text(n, "field"), text(n, "before"), text(n, "after")));
        }
        try {
            return new AuditRecord(Instant.parse(o.get("time").asText()), text(o, "os_user"), text(o, "db_user"),
                    text(o, "server"), text(o, "database"), text(o, "action"),
                    new BigInteger(o.get("bot_guid").asText()), changes, o.path("more_changes").asInt(0),
                    text(o, "note"), text(o, "tool_version"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a value is not valid: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
