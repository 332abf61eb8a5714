package pbi.dao.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
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
 * Writes the {@code playerbot-inspector.bot} format, version 1 (schema: {@code resources/json/bot.schema.json}).
 *
 * <p>Field names are the column names. Unsigned 64-bit values are written as exact JSON integers. Floats are written
 * as the float's own decimal form ({@link Float#toString}), which a float parser turns back into the very same bits;
 * they are never widened to double first. Enchantments and gems appear as the raw column string, which is
 * authoritative on import, and as a parsed list for readers, with the problems when the string is malformed.
 */
public final class BotJson {

    public static final String FORMAT = "playerbot-inspector.bot";
    public static final int VERSION = 1;
    /** Where the schema is on the class path. */
    public static final String SCHEMA_RESOURCE = "/pbi/resources/json/bot.schema.json";

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Import files may hold long malformed strings; the default limits are meant for untrusted web input.
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private BotJson() {
    }

    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * Writes one bot document.
     *
     * @param reason why the document was written (history entries); null to leave it out
     */
    public static void write(JsonGenerator g, BotSnapshot bot, ExportSource source, Instant exportedAt, String reason)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("exported_at", exportedAt.toString());
        if (reason != null) {
            g.writeStringField("reason", reason);
        }
        if (source != null) {
            g.writeObjectFieldStart("source");
            g.writeStringField("name", source.name());
            g.writeStringField("server", source.server());
            g.writeStringField("database", source.database());
            g.writeEndObject();
        }
        writeState(g, bot.state());
        g.writeArrayFieldStart("inventory");
        for (InventoryItem item : bot.inventory()) {
            writeItem(g, item);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("equipment");
        for (EquipmentItem item : bot.equipment()) {
            writeWorn(g, item);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One pretty-printed document, for the clipboard or a single-bot export. */
    public static String toJson(BotSnapshot bot, ExportSource source) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, bot, source, Instant.now(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(System.lineSeparator()).toString();
    }

    private static void writeState(JsonGenerator g, BotState s) throws IOException {
        g.writeObjectFieldStart("state");
        writeColumns(g, Tables.STATE.columns(), s);
        g.writeEndObject();
    }

    private static void writeItem(JsonGenerator g, InventoryItem item) throws IOException {
        g.writeStartObject();
        writeColumns(g, Tables.INVENTORY.fields(), item);
        g.writeEndObject();
    }

    private static void writeWorn(JsonGenerator g, EquipmentItem item) throws IOException {
        g.writeStartObject();
        writeColumns(g, Tables.EQUIPMENT.fields(), item);
        g.writeEndObject();
    }

    /** One field per column, named as the column; the same descriptions {@link BotReader} reads them by. */
    private static <R> void writeColumns(JsonGenerator g, List<Column<R>> columns, R row) throws IOException {
        for (Column<R> c : columns) {
            Object value = c.get(row);
            switch (c.type()) {
                case FLOAT -> floatField(g, c.name(), (Float) value);
                case BIGINT_UNSIGNED -> {
                    g.writeFieldName(c.name());
                    g.writeNumber((BigInteger) value);
                }
                case INT_UNSIGNED, TINYINT_UNSIGNED -> g.writeNumberField(c.name(), ((Number) value).longValue());
                case TEXT -> text(g, c.name(), (String) value);
                case TIMESTAMP -> {
                    if (value != null) {
                        g.writeStringField(c.name(), value.toString());
                    }
                }
            }
        }
    }

    /** The serialized item strings also get their parsed reading, for people and tools that read the file. */
    private static void text(JsonGenerator g, String name, String raw) throws IOException {
        switch (name) {
            case "enchantments" -> enchantments(g, raw);
            case "gems" -> gems(g, raw);
            default -> g.writeStringField(name, raw);
        }
    }

    private static void floatField(JsonGenerator g, String name, float value) throws IOException {
        g.writeFieldName(name);
        // writeNumber(float) prints Float.toString's digits: enough to restore the same float, never a double's.
        g.writeNumber(value);
    }

    private static void enchantments(JsonGenerator g, String raw) throws IOException {
        g.writeStringField("enchantments", raw);
        if (raw == null || raw.isEmpty()) {
            g.writeArrayFieldStart("enchantment_list");
            g.writeEndArray();
            return;
        }
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(raw);
        g.writeArrayFieldStart("enchantment_list");
        for (Enchantment e : parsed.values()) {
            g.writeStartObject();
            g.writeNumberField("enchant_id", e.enchantId());
            g.writeNumberField("duration", e.durationSeconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        problems(g, "enchantment_problems", parsed.problems());
    }

    private static void gems(JsonGenerator g, String raw) throws IOException {
        g.writeStringField("gems", raw);
        g.writeArrayFieldStart("gem_list");
        if (raw == null || raw.isEmpty()) {
            g.writeEndArray();
            return;
        }
        Parsed<Long> parsed = ItemStrings.parseGems(raw);
        for (Long gem : parsed.values()) {
            g.writeNumber(gem);
        }
        g.writeEndArray();
        problems(g, "gem_problems", parsed.problems());
    }

    private static void problems(JsonGenerator g, String name, List<String> problems) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String p : problems) {
            g.writeString(p);
        }
        g.writeEndArray();
    }
}
