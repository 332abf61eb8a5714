package pbi.dao.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
final class LineWriter {

    private static final List<Column<BotState>> STATE = Tables.STATE.columns();
    private static final List<Column<InventoryItem>> INVENTORY = Tables.INVENTORY.fields();
    private static final List<Column<EquipmentItem>> EQUIPMENT = Tables.EQUIPMENT.fields();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] head;
    private byte[] buf = new byte[1 << 16];
    private int len;

    /** @param exportedAt the export's time stamp as {@link java.time.Instant#toString} writes it */
    LineWriter(OutputStream out, ExportSource source, String exportedAt) {
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
        bytes(head);
        raw(",\"state\":{");
        columns(STATE, bot.state());
        raw("},\"inventory\":[");
        boolean first = true;
        for (InventoryItem item : bot.inventory()) {
            raw(first ? "{" : ",{");
            columns(INVENTORY, item);
            put('}');
            first = false;
        }
        raw("],\"equipment\":[");
        first = true;
        for (EquipmentItem item : bot.equipment()) {
            raw(first ? "{" : ",{");
            columns(EQUIPMENT, item);
            put('}');
            first = false;
        }
        raw("]}\n");
        if (len > (1 << 15)) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    private <R> void columns(List<Column<R>> columns, R row) {
        boolean first = true;
        for (Column<R> c : columns) {
            Object value = c.get(row);
            if (c.type() == pbi.dao.columns.SqlType.TIMESTAMP && value == null) {
                continue;
            }
            if (!first) {
                put(',');
            }
            first = false;
            switch (c.type()) {
                case FLOAT -> {
                    name(c.name());
                    floatValue((Float) value);
                }
                case BIGINT_UNSIGNED -> {
                    name(c.name());
                    BigInteger big = (BigInteger) value;
                    if (big.bitLength() < 64) {
                        number(big.longValue());
                    } else {
                        raw(big.toString());
                    }
                }
                case INT_UNSIGNED, TINYINT_UNSIGNED -> {
                    name(c.name());
                    number(((Number) value).longValue());
                }
                case TEXT -> text(c.name(), (String) value);
                case TIMESTAMP -> {
                    name(c.name());
                    string(value.toString());
                }
            }
        }
    }

    private void text(String name, String raw) {
        name(name);
        string(raw);
        switch (name) {
            case "enchantments" -> {
                raw(",\"enchantment_list\":[");
                if (raw == null || raw.isEmpty()) {
                    put(']');
                    return;
                }
                Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(raw);
                boolean first = true;
                for (Enchantment e : parsed.values()) {
                    raw(first ? "{\"enchant_id\":" : ",{\"enchant_id\":");
                    number(e.enchantId());
                    raw(",\"duration\":");
                    number(e.durationSeconds());
                    put('}');
                    first = false;
                }
                put(']');
                problems("enchantment_problems", parsed.problems());
            }
            case "gems" -> {
                raw(",\"gem_list\":[");
                if (raw == null || raw.isEmpty()) {
                    put(']');
                    return;
                }
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
            default -> {
            }
        }
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

    private void number(long v) {
        if (v >= 0 && v < 10) {
            put('0' + (int) v);
        } else {
            raw(Long.toString(v));
        }
    }

    /** A JSON string escaped as Jackson escapes it: quote, backslash and control characters; UTF-8 for the rest. */
    private void string(String s) {
        if (s == null) {
            raw("null");
            return;
        }
        ensure(s.length() * 6 + 2);
        byte[] b = buf;
        int n = len;
        b[n++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[n++] = (byte) c;
                    continue;
                }
                b[n++] = '\\';
                switch (c) {
                    case '"' -> b[n++] = '"';
                    case '\\' -> b[n++] = '\\';
                    case '\b' -> b[n++] = 'b';
                    case '\t' -> b[n++] = 't';
                    case '\f' -> b[n++] = 'f';
                    case '\n' -> b[n++] = 'n';
                    case '\r' -> b[n++] = 'r';
                    default -> {
                        b[n++] = 'u';
                        b[n++] = '0';
                        b[n++] = '0';
                        b[n++] = HEX[c >> 4];
                        b[n++] = HEX[c & 15];
                    }
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xc0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                // Jackson writes characters beyond the BMP as their two escaped surrogates, not as 4 UTF-8 bytes.
                b[n++] = '\\';
                b[n++] = 'u';
                b[n++] = HEX[c >> 12];
                b[n++] = HEX[(c >> 8) & 15];
                b[n++] = HEX[(c >> 4) & 15];
                b[n++] = HEX[c & 15];
            } else {
                b[n++] = (byte) (0xe0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[n++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        b[n++] = '"';
        len = n;
    }

    /** ASCII text as it is. */
    private void raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        ascii.getBytes(0, n, buf, len);
        len += n;
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void put(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
