package pbi.dao.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Bulk loading as multi-row INSERT statements of about {@value #STATEMENT_BYTES} bytes: the fastest path short of
 * LOAD DATA, and it needs no driver or server options. Values are written as literals; every value here comes
 * from the generators, never from a user. Floats are written with {@link Float#toString}, whose shortest decimal
 * the server reads back to the same float for the short decimals the generators make.
 */
final class SqlRows {

    static final int STATEMENT_BYTES = 512 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Statement statement;
    private final StringBuilder state = new StringBuilder(STATEMENT_BYTES + 4096);
    private final StringBuilder inventory = new StringBuilder(STATEMENT_BYTES + 4096);
    private final StringBuilder equipment = new StringBuilder(STATEMENT_BYTES + 4096);
    private long added;

    SqlRows(Connection connection) throws SQLException {
        statement = connection.createStatement();
    }

    void add(BotState s) throws SQLException {
        StringBuilder b = start(state, "INSERT INTO playerbot_state (bot_guid, position_x, position_y, position_z,"
                + " map_id, zone_id, orientation, gold_copper, health, mana, level, last_updated) VALUES ");
        b.append('(').append(s.botGuid()).append(',').append(s.positionX()).append(',').append(s.positionY())
                .append(',').append(s.positionZ()).append(',').append(s.mapId()).append(',').append(s.zoneId())
                .append(',').append(s.orientation()).append(',').append(s.goldCopper()).append(',')
                .append(s.health()).append(',').append(s.mana()).append(',').append(s.level()).append(',');
        time(b, s.lastUpdated()).append(')');
        rowAdded(b);
    }

    void add(InventoryItem i) throws SQLException {
        StringBuilder b = start(inventory, "INSERT INTO playerbot_inventory (bot_guid, bag, slot, item_id,"
                + " item_guid, stack_count, enchantments, durability, last_updated) VALUES ");
        b.append('(').append(i.botGuid()).append(',').append(i.bag()).append(',').append(i.slot()).append(',')
                .append(i.itemId()).append(',').append(i.itemGuid()).append(',').append(i.stackCount()).append(',');
        text(b, i.enchantments()).append(',').append(i.durability()).append(',');
        time(b, i.lastUpdated()).append(')');
        rowAdded(b);
    }

    void add(EquipmentItem e) throws SQLException {
        StringBuilder b = start(equipment, "INSERT INTO playerbot_equipment (bot_guid, slot, item_id, item_guid,"
                + " enchantments, gems, durability, last_updated) VALUES ");
        b.append('(').append(e.botGuid()).append(',').append(e.slot()).append(',').append(e.itemId()).append(',')
                .append(e.itemGuid()).append(',');
        text(b, e.enchantments()).append(',');
        text(b, e.gems()).append(',').append(e.durability()).append(',');
        time(b, e.lastUpdated()).append(')');
        rowAdded(b);
    }

    /** Sends every statement still being built, parents first. */
    void flush() throws SQLException {
        send(state);
        send(inventory);
        send(equipment);
    }

    /** Rows added so far; after {@link #flush} all of them are written. */
    long added() {
        return added;
    }

    private static StringBuilder start(StringBuilder b, String insert) {
        if (b.length() == 0) {
            b.append(insert);
        } else {
            b.append(',');
        }
        return b;
    }

    /** Counts the row just appended, and sends the statement once it is big enough. */
    private void rowAdded(StringBuilder b) throws SQLException {
        added++;
        if (b.length() >= STATEMENT_BYTES) {
            send(b);
        }
    }

    private void send(StringBuilder b) throws SQLException {
        if (b.length() > 0) {
            statement.execute(b.toString());
            b.setLength(0);
        }
    }

    private static StringBuilder text(StringBuilder b, String value) {
        if (value == null) {
            return b.append("NULL");
        }
        b.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                // Its meaning depends on the server's NO_BACKSLASH_ESCAPES mode; the generators never make one.
                throw new IllegalArgumentException("Backslash in generated text: " + value);
            }
            if (c == '\'') {
                b.append(c);
            }
            b.append(c);
        }
        return b.append('\'');
    }

    private static StringBuilder time(StringBuilder b, LocalDateTime value) {
        return value == null ? b.append("CURRENT_TIMESTAMP") : b.append('\'').append(TIME.format(value)).append('\'');
    }

    void close() throws SQLException {
        statement.close();
    }
}
