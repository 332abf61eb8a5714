package pbi.dao.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import pbi.dao.columns.Column;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Parsed;

/**
 * The JSON Lines export's own writer: byte for byte what {@link BotJson#write} gives through a compact Jackson
 * generator (a test holds them to that), written straight into a byte buffer. A bulk export spent most of its
 * client time in the generator's per-token checks; the document's shape is fixed, so they are not needed here.
 */
final class LineWriter extends JsonBytes {

    private static final long MAX_UINT32 = 0xFFFF_FFFFL;
    private static final int FLUSH_AT = 1 << 17;
    private static final byte[] STATE_GUID = ascii(",\"state\":{\"bot_guid\":");
    private static final byte[] POSITION_X = ascii(",\"position_x\":");
    private static final byte[] POSITION_Y = ascii(",\"position_y\":");
    private static final byte[] POSITION_Z = ascii(",\"position_z\":");
    private static final byte[] MAP_ID = ascii(",\"map_id\":");
    private static final byte[] ZONE_ID = ascii(",\"zone_id\":");
    private static final byte[] ORIENTATION = ascii(",\"orientation\":");
    private static final byte[] GOLD = ascii(",\"gold_copper\":");
    private static final byte[] HEALTH = ascii(",\"health\":");
    private static final byte[] MANA = ascii(",\"mana\":");
    private static final byte[] LEVEL = ascii(",\"level\":");
    private static final byte[] LAST_UPDATED = ascii(",\"last_updated\":");
    private static final byte[] INVENTORY_START = ascii("},\"inventory\":[");
    private static final byte[] BAG_FIRST = ascii("{\"bag\":");
    private static final byte[] BAG_NEXT = ascii(",{\"bag\":");
    private static final byte[] SLOT = ascii(",\"slot\":");
    private static final byte[] ITEM_ID = ascii(",\"item_id\":");
    private static final byte[] ITEM_GUID = ascii(",\"item_guid\":");
    private static final byte[] STACK = ascii(",\"stack_count\":");
    private static final byte[] ENCHANTMENTS = ascii(",\"enchantments\":");
    private static final byte[] ENCHANTMENT_LIST = ascii(",\"enchantment_list\":[");
    private static final byte[] ENCHANT_FIRST = ascii("{\"enchant_id\":");
    private static final byte[] ENCHANT_NEXT = ascii(",{\"enchant_id\":");
    private static final byte[] DURATION = ascii(",\"duration\":");
    private static final byte[] GEMS = ascii(",\"gems\":");
    private static final byte[] GEM_LIST = ascii(",\"gem_list\":[");
    private static final byte[] DURABILITY = ascii(",\"durability\":");
    private static final byte[] EQUIPMENT_START = ascii("],\"equipment\":[");
    private static final byte[] SLOT_FIRST = ascii("{\"slot\":");
    private static final byte[] SLOT_NEXT = ascii(",{\"slot\":");
    private static final byte[] END = ascii("]}\n");

    static {
        // The fields below are written in this order by hand; a column added to Tables must be added here too.
        expect(Tables.STATE.columns(), "bot_guid position_x position_y position_z map_id zone_id orientation"
                + " gold_copper health mana level last_updated");
        expect(Tables.INVENTORY.fields(), "bag slot item_id item_guid stack_count enchantments durability");
        expect(Tables.EQUIPMENT.fields(), "slot item_id item_guid enchantments gems durability");
    }

    private final OutputStream out;
    private final byte[] head;

    /** @param exportedAt the export's time stamp as {@link java.time.Instant#toString} writes it */
    LineWriter(OutputStream out, ExportSource source, String exportedAt) {
        super(FLUSH_AT * 2);
        this.out = out;
        int mark = len;
        raw("{\"format\":");
        string(BotJson.FORMAT);
        raw(",\"version\":");
        number(BotJson.VERSION);
        raw(",\"exported_at\":");
        string(exportedAt);
        if (source != null) {
            raw(",\"source\":{\"name\":");
            string(source.name());
            raw(",\"server\":");
            string(source.server());
            raw(",\"database\":");
            string(source.database());
            raw("}");
        }
        head = Arrays.copyOfRange(buf, mark, len);
        len = 0;
    }

    /** One document and its line end, written to the stream when the buffer fills. */
    void write(BotSnapshot bot) throws IOException {
        write(bot.state(), bot.inventory(), bot.equipment());
    }

    /** The same from the parts of a bot: inventory in bag and slot order, equipment in slot order. */
    void write(BotState s, List<InventoryItem> inventory, List<EquipmentItem> equipment) throws IOException {
        bytes(head);
        bytes(STATE_GUID);
        unsigned(s.botGuid());
        bytes(POSITION_X);
        floatValue(s.positionX());
        bytes(POSITION_Y);
        floatValue(s.positionY());
        bytes(POSITION_Z);
        floatValue(s.positionZ());
        bytes(MAP_ID);
        number(s.mapId());
        bytes(ZONE_ID);
        number(s.zoneId());
        bytes(ORIENTATION);
        floatValue(s.orientation());
        bytes(GOLD);
        unsigned(s.goldCopper());
        bytes(HEALTH);
        number(s.health());
        bytes(MANA);
        number(s.mana());
        bytes(LEVEL);
        number(s.level());
        if (s.lastUpdated() != null) {
            bytes(LAST_UPDATED);
            string(s.lastUpdated().toString());
        }
        bytes(INVENTORY_START);
        for (int i = 0; i < inventory.size(); i++) {
            InventoryItem item = inventory.get(i);
            bytes(i == 0 ? BAG_FIRST : BAG_NEXT);
            number(item.bag());
            bytes(SLOT);
            number(item.slot());
            bytes(ITEM_ID);
            number(item.itemId());
            bytes(ITEM_GUID);
            unsigned(item.itemGuid());
            bytes(STACK);
            number(item.stackCount());
            enchantments(item.enchantments());
            bytes(DURABILITY);
            number(item.durability());
            put('}');
        }
        bytes(EQUIPMENT_START);
        for (int i = 0; i < equipment.size(); i++) {
            EquipmentItem item = equipment.get(i);
            bytes(i == 0 ? SLOT_FIRST : SLOT_NEXT);
            number(item.slot());
            bytes(ITEM_ID);
            number(item.itemId());
            bytes(ITEM_GUID);
            unsigned(item.itemGuid());
            enchantments(item.enchantments());
            gems(item.gems());
            bytes(DURABILITY);
            number(item.durability());
            put('}');
        }
        bytes(END);
        if (len > FLUSH_AT) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    private void unsigned(BigInteger big) {
        if (big.bitLength() < 64) {
            number(big.longValue());
        } else {
            raw(big.toString());
        }
    }

    private void enchantments(String raw) {
        bytes(ENCHANTMENTS);
        string(raw);
        bytes(ENCHANTMENT_LIST);
        if (raw == null || raw.isEmpty()) {
            put(']');
            return;
        }
        int mark = len;
        if (plainEnchantments(raw)) {
            put(']');
            return;
        }
        len = mark;
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(raw);
        boolean first = true;
        for (Enchantment e : parsed.values()) {
            bytes(first ? ENCHANT_FIRST : ENCHANT_NEXT);
            number(e.enchantId());
            bytes(DURATION);
            number(e.durationSeconds());
            put('}');
            first = false;
        }
        put(']');
        problems("enchantment_problems", parsed.problems());
    }

    /**
     * Writes the list of a well-formed enchantment string ("id:seconds;..." with ids in 1..2^32-1, at most
     * {@link ItemStrings#MAX_ENCHANTMENTS} entries) as {@link ItemStrings#parseEnchantments} reads it, without its
     * per-token strings; false, with some bytes written, for anything else, which then takes the parser's way.
     */
    private boolean plainEnchantments(String raw) {
        int n = raw.length();
        int i = 0;
        int entries = 0;
        while (true) {
            if (++entries > ItemStrings.MAX_ENCHANTMENTS) {
                return false;
            }
            int start = i;
            long id = 0;
            while (i < n && isDigit(raw.charAt(i))) {
                id = id * 10 + (raw.charAt(i++) - '0');
            }
            if (i == start || i - start > 10 || id == 0 || id > MAX_UINT32 || i == n || raw.charAt(i) != ':') {
                return false;
            }
            start = ++i;
            long seconds = 0;
            while (i < n && isDigit(raw.charAt(i))) {
                seconds = seconds * 10 + (raw.charAt(i++) - '0');
            }
            if (i == start || i - start > 18) {
                return false;
            }
            bytes(entries == 1 ? ENCHANT_FIRST : ENCHANT_NEXT);
            number(id);
            bytes(DURATION);
            number(seconds);
            put('}');
            if (i == n) {
                return true;
            }
            if (raw.charAt(i++) != ';') {
                return false;
            }
        }
    }

    private void gems(String raw) {
        bytes(GEMS);
        string(raw);
        bytes(GEM_LIST);
        if (raw == null || raw.isEmpty()) {
            put(']');
            return;
        }
        int mark = len;
        if (plainGems(raw)) {
            put(']');
            return;
        }
        len = mark;
        Parsed<Long> parsed = ItemStrings.parseGems(raw);
        boolean first = true;
        for (Long gem : parsed.values()) {
            if (!first) {
                put(',');
            }
            number(gem);
            first = false;
        }
        put(']');
        problems("gem_problems", parsed.problems());
    }

    /** As {@link #plainEnchantments}, for a gem string ("id,id,id" with ids in 1..2^32-1, at most 3). */
    private boolean plainGems(String raw) {
        int n = raw.length();
        int i = 0;
        int gems = 0;
        while (true) {
            if (++gems > ItemStrings.MAX_GEMS) {
                return false;
            }
            int start = i;
            long id = 0;
            while (i < n && isDigit(raw.charAt(i))) {
                id = id * 10 + (raw.charAt(i++) - '0');
            }
            if (i == start || i - start > 10 || id == 0 || id > MAX_UINT32) {
                return false;
            }
            if (gems > 1) {
                put(',');
            }
            number(id);
            if (i == n) {
                return true;
            }
            if (raw.charAt(i++) != ',') {
                return false;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void problems(String name, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        put(',');
        name(name);
        put('[');
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) {
                put(',');
            }
            string(problems.get(i));
        }
        put(']');
    }

    /** As Jackson's writeNumber(float): Float.toString's digits; a non-finite value quoted. */
    private void floatValue(float f) {
        if (Float.isFinite(f)) {
            raw(Float.toString(f));
        } else {
            put('"');
            raw(Float.toString(f));
            put('"');
        }
    }

    private void name(String name) {
        put('"');
        raw(name);
        raw("\":");
    }

    private static void expect(List<? extends Column<?>> columns, String names) {
        String actual = String.join(" ", columns.stream().map(Column::name).toList());
        if (!actual.equals(names)) {
            throw new IllegalStateException("LineWriter writes " + names + " but the table has " + actual);
        }
    }
}
