package pbi.dao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;

/**
 * Reads bot documents one at a time from a single document, JSON Lines, or a JSON array of documents, so that a
 * file of any size is read in constant memory.
 *
 * <p>Every value is checked against what its column can hold; such a problem, a missing field or a wrong type makes
 * the bot invalid ({@link Problem#refused()}). Values the doctor would call corrupt are kept exactly and reported as
 * warnings. Invalid JSON stops the reading with one refused problem at the line and column where it broke.
 */
public final class BotReader implements Closeable {

    private static final BigInteger MAX_U64 = ColumnRanges.MAX_BIGINT_UNSIGNED;
    private static final BigInteger MAX_U32 = BigInteger.valueOf(ColumnRanges.MAX_INT_UNSIGNED);
    private static final BigInteger MAX_U8 = BigInteger.valueOf(ColumnRanges.MAX_TINYINT_UNSIGNED);
    private static final String[] STATE_FIELDS = {"bot_guid", "position_x", "position_y", "position_z", "map_id",
        "zone_id", "orientation", "gold_copper", "health", "mana", "level"};

    /**
     * One document of the file.
     *
     * @param index 0-based position in the file
     * @param line the line where the document starts
     * @param bot the bot, or null when the document is invalid
     * @param problems refused values and warnings, in file order
     */
    public record Entry(int index, int line, BotSnapshot bot, List<Problem> problems) {

        public boolean valid() {
            return bot != null && problems.stream().noneMatch(Problem::refused);
        }

        public BigInteger guid() {
            return bot == null ? null : bot.guid();
        }
    }

    private final JsonParser parser;
    private final Limits limits;
    private boolean started;
    private boolean inArray;
    private boolean done;
    private int index;

    public BotReader(InputStream in, Limits limits) throws IOException {
        this(BotJson.FACTORY.createParser(in), limits);
    }

    public BotReader(Reader in, Limits limits) throws IOException {
        this(BotJson.FACTORY.createParser(in), limits);
    }

    private BotReader(JsonParser parser, Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** The next document, or null at the end of the file (or after invalid JSON). */
    public Entry next() throws IOException {
        if (done) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (!started) {
                started = true;
                if (token == JsonToken.START_ARRAY) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (token == null) {
                done = true;
                return null;
            }
            if (inArray && token == JsonToken.END_ARRAY) {
                done = true;
                JsonToken after = parser.nextToken();
                if (after != null) {
                    return broken(parser.currentTokenLocation(), "there is more after the closing ']'");
                }
                return null;
            }
            int line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                List<Problem> problems = List.of(Problem.refused(line, parser.currentTokenLocation().getColumnNr(),
                        null, null, "expected a bot document (a JSON object), found " + describe(token)));
                return new Entry(index++, line, null, problems);
            }
            return new Document(index++, line).read();
        } catch (JsonProcessingException e) {
            done = true;
            return broken(e.getLocation(), "the file is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private Entry broken(JsonLocation where, String message) {
        done = true;
        int line = where == null ? 0 : where.getLineNr();
        int column = where == null ? 0 : where.getColumnNr();
        return new Entry(index++, line, null, List.of(Problem.refused(line, column, null, null, message)));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** The parse of one document; problems are collected with the guid filled in at the end. */
    private final class Document {
        private final int docIndex;
        private final int line;
        private final List<Problem> problems = new ArrayList<>();
        private boolean refused;
        private BotState state;
        private final List<InventoryItem> inventory = new ArrayList<>();
        private final List<EquipmentItem> equipment = new ArrayList<>();
        private final Map<InventoryItem.SlotKey, Integer> inventoryLines = new HashMap<>();
        private final Map<Integer, Integer> equipmentLines = new HashMap<>();
        private int stateLine;
        /** The guid as soon as it was read, so that problems in an invalid state still name the bot. */
        private BigInteger knownGuid;

        Document(int docIndex, int line) {
            this.docIndex = docIndex;
            this.line = line;
        }

        Entry read() throws IOException {
            boolean sawFormat = false;
            boolean sawVersion = false;
            boolean sawInventory = false;
            boolean sawEquipment = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "format" -> {
                        sawFormat = true;
                        if (value != JsonToken.VALUE_STRING || !BotJson.FORMAT.equals(parser.getText())) {
                            refuse("format", "must be \"" + BotJson.FORMAT + "\"; this is not a bot export");
                        }
                    }
                    case "version" -> {
                        sawVersion = true;
                        if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != BotJson.VERSION) {
                            refuse("version", parser.getText() + " is not supported; this tool reads version "
                                    + BotJson.VERSION);
                        }
                    }
                    case "state" -> readState(value);
                    case "inventory" -> {
                        sawInventory = true;
                        readArray(value, "inventory", this::readItem);
                    }
                    case "equipment" -> {
                        sawEquipment = true;
                        readArray(value, "equipment", this::readWorn);
                    }
                    // Informational: when, from where and why it was written.
                    case "exported_at", "source", "reason" -> parser.skipChildren();
                    default -> {
                        warn(name, null, "unknown field, ignored");
                        parser.skipChildren();
                    }
                }
            }
            if (!sawFormat) {
                refuse("format", "is missing; this is not a " + BotJson.FORMAT + " document");
            }
            if (!sawVersion) {
                refuse("version", "is missing");
            }
            if (state == null && !refused) {
                refuse("state", "is missing");
            }
            if (!sawInventory) {
                refuse("inventory", "is missing (write [] for none)");
            }
            if (!sawEquipment) {
                refuse("equipment", "is missing (write [] for none)");
            }
            BotSnapshot bot = null;
            if (!refused) {
                bot = new BotSnapshot(state, inventory, equipment).withGuid(state.botGuid());
                List<String> ranges = ColumnRanges.problems(bot);
                for (String r : ranges) {
                    problems.add(Problem.refused(line, 0, null, null, r));
                }
                if (ranges.isEmpty()) {
                    problems.addAll(ImportChecks.warnings(bot, limits, stateLine, inventoryLines, equipmentLines));
                } else {
                    bot = null;
                }
            }
            BigInteger guid = state == null ? knownGuid : state.botGuid();
            List<Problem> located = problems.stream()
                    .map(p -> p.bot() == null && guid != null ? new Problem(p.refused(), p.line(), p.column(), guid,
                            p.field(), p.rule(), p.message()) : p)
                    .toList();
            return new Entry(docIndex, line, bot, located);
        }

        private void readState(JsonToken value) throws IOException {
            stateLine = parser.currentTokenLocation().getLineNr();
            if (value != JsonToken.START_OBJECT) {
                refuse("state", "must be an object, found " + describe(value));
                parser.skipChildren();
                return;
            }
            Object[] values = new Object[STATE_FIELDS.length];
            boolean ok = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                String field = "state " + name;
                Object v;
                switch (name) {
                    case "bot_guid", "gold_copper" -> v = unsigned(field, token, MAX_U64, "BIGINT UNSIGNED");
                    case "map_id", "zone_id", "health", "mana" -> v = longOf(unsigned(field, token, MAX_U32,
                            "INT UNSIGNED"));
                    case "level" -> v = intOf(unsigned(field, token, MAX_U8, "TINYINT UNSIGNED"));
                    case "position_x", "position_y", "position_z", "orientation" -> v = floatValue(field, token);
                    case "last_updated" -> {
                        parser.skipChildren();
                        continue;
                    }
                    default -> {
                        warn(field, null, "unknown field, ignored");
                        parser.skipChildren();
                        continue;
                    }
                }
                int at = indexOf(name);
                values[at] = v;
                if (at == 0) {
                    knownGuid = (BigInteger) v;
                }
                ok &= v != null;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null && ok) {
                    refuse("state " + STATE_FIELDS[i], "is missing");
                    ok = false;
                }
            }
            if (ok) {
                state = new BotState((BigInteger) values[0], (Float) values[1], (Float) values[2], (Float) values[3],
                        (Long) values[4], (Long) values[5], (Float) values[6], (BigInteger) values[7],
                        (Long) values[8], (Long) values[9], (Integer) values[10], null);
            }
        }

        private int indexOf(String name) {
            for (int i = 0; i < STATE_FIELDS.length; i++) {
                if (STATE_FIELDS[i].equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name);
        }

        private interface ElementReader {
            void read(int position) throws IOException;
        }

        private void readArray(JsonToken value, String name, ElementReader element) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                refuse(name, "must be an array, found " + describe(value));
                parser.skipChildren();
                return;
            }
            int position = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                position++;
                if (token != JsonToken.START_OBJECT) {
                    refuse(name + " item " + position, "must be an object, found " + describe(token));
                    parser.skipChildren();
                    continue;
                }
                element.read(position);
            }
        }

        /** Reads the fields of one row object; values by name, null where the field was missing or invalid. */
        private Map<String, Object> readRow(String where, Map<String, Kind> fields) throws IOException {
            Map<String, Object> values = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                Kind kind = fields.get(name);
                String field = where + " " + name;
                if (kind == null) {
                    if (!name.endsWith("_list") && !name.endsWith("_problems")) {
                        warn(field, null, "unknown field, ignored");
                    }
                    // The parsed lists are for readers; the raw strings are authoritative.
                    parser.skipChildren();
                    continue;
                }
                Object v = switch (kind) {
                    case U8 -> intOf(unsigned(field, token, MAX_U8, "TINYINT UNSIGNED"));
                    case U32 -> longOf(unsigned(field, token, MAX_U32, "INT UNSIGNED"));
                    case U64 -> unsigned(field, token, MAX_U64, "BIGINT UNSIGNED");
                    case TEXT -> text(field, token);
                };
                values.put(name, v == null && kind == Kind.TEXT && token == JsonToken.VALUE_NULL ? NULL : v);
            }
            return values;
        }

        private void readItem(int position) throws IOException {
            int itemLine = parser.currentTokenLocation().getLineNr();
            int before = problems.size();
            Map<String, Object> v = readRow("inventory item " + position, INVENTORY_FIELDS);
            String label = "inventory item " + position;
            if (v.get("bag") != null && v.get("slot") != null) {
                String known = "inventory "
                        + new InventoryItem.SlotKey((Integer) v.get("bag"), (Integer) v.get("slot"));
                relabel(before, label, known);
                label = known;
            }
            if (!complete(label, v, INVENTORY_FIELDS, itemLine)) {
                return;
            }
            InventoryItem.SlotKey key = new InventoryItem.SlotKey((Integer) v.get("bag"), (Integer) v.get("slot"));
            if (inventoryLines.putIfAbsent(key, itemLine) != null) {
                problems.add(Problem.refused(itemLine, 0, null, "inventory " + key,
                        "appears twice (also on line " + inventoryLines.get(key) + "); a slot holds one item"));
                refused = true;
                return;
            }
            inventory.add(new InventoryItem(BigInteger.ZERO, key.bag(), key.slot(), (Long) v.get("item_id"),
                    (BigInteger) v.get("item_guid"), (Long) v.get("stack_count"), textOf(v.get("enchantments")),
                    (Long) v.get("durability"), null));
        }

        private void readWorn(int position) throws IOException {
            int itemLine = parser.currentTokenLocation().getLineNr();
            int before = problems.size();
            Map<String, Object> v = readRow("equipment item " + position, EQUIPMENT_FIELDS);
            String label = "equipment item " + position;
            if (v.get("slot") != null) {
                relabel(before, label, "equipment slot " + v.get("slot"));
                label = "equipment slot " + v.get("slot");
            }
            if (!complete(label, v, EQUIPMENT_FIELDS, itemLine)) {
                return;
            }
            int slot = (Integer) v.get("slot");
            if (equipmentLines.putIfAbsent(slot, itemLine) != null) {
                problems.add(Problem.refused(itemLine, 0, null, "equipment slot " + slot,
                        "appears twice (also on line " + equipmentLines.get(slot) + "); a slot holds one item"));
                refused = true;
                return;
            }
            equipment.add(new EquipmentItem(BigInteger.ZERO, slot, (Long) v.get("item_id"),
                    (BigInteger) v.get("item_guid"), textOf(v.get("enchantments")), textOf(v.get("gems")),
                    (Long) v.get("durability"), null));
        }

        /** Once bag and slot are known, problems say "inventory bag 19 slot 3" rather than "inventory item 4". */
        private void relabel(int from, String oldPrefix, String newPrefix) {
            for (int i = from; i < problems.size(); i++) {
                Problem p = problems.get(i);
                if (p.field() != null && p.field().startsWith(oldPrefix)) {
                    problems.set(i, new Problem(p.refused(), p.line(), p.column(), p.bot(),
                            newPrefix + p.field().substring(oldPrefix.length()), p.rule(), p.message()));
                }
            }
        }

        private boolean complete(String where, Map<String, Object> values, Map<String, Kind> fields, int at) {
            boolean ok = true;
            for (String name : fields.keySet()) {
                if (!values.containsKey(name)) {
                    problems.add(Problem.refused(at, 0, null, where + " " + name,
                            "is missing" + (fields.get(name) == Kind.TEXT ? " (write null for none)" : "")));
                    refused = true;
                    ok = false;
                } else if (values.get(name) == null) {
                    ok = false;
                }
            }
            return ok;
        }

        private BigInteger unsigned(String field, JsonToken token, BigInteger max, String column)
                throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                refuse(field, (token == JsonToken.VALUE_NUMBER_FLOAT ? parser.getText() + " is not a whole number"
                        : "must be a whole number, found " + describe(token)));
                parser.skipChildren();
                return null;
            }
            BigInteger value = parser.getBigIntegerValue();
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                refuse(field, value + " does not fit the " + column + " column (0.." + max + ")");
                return null;
            }
            return value;
        }

        private Float floatValue(String field, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
                refuse(field, "must be a number, found " + describe(token));
                parser.skipChildren();
                return null;
            }
            String text = parser.getText();
            // Parsed straight to float: going through double could round twice and change the last bit.
            float value = Float.parseFloat(text);
            if (Float.isInfinite(value)) {
                refuse(field, text + " is too large for a FLOAT column");
                return null;
            }
            if (value == 0 && hasNonZeroDigit(text)) {
                refuse(field, text + " is too small for a FLOAT column (it would become 0)");
                return null;
            }
            return value;
        }

        private Object text(String field, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                refuse(field, "must be a string or null, found " + describe(token));
                parser.skipChildren();
                return null;
            }
            return parser.getText();
        }

        private void refuse(String field, String message) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(Problem.refused(at.getLineNr(), at.getColumnNr(), null, field, message));
            refused = true;
        }

        private void warn(String field, String rule, String message) {
            problems.add(Problem.warning(parser.currentTokenLocation().getLineNr(), null, field, rule, message));
        }
    }

    private enum Kind { U8, U32, U64, TEXT }

    /** Marks an explicit JSON null in a row, as opposed to a missing field. */
    private static final Object NULL = new Object();

    private static final Map<String, Kind> INVENTORY_FIELDS = ordered(
            "bag", Kind.U8, "slot", Kind.U8, "item_id", Kind.U32, "item_guid", Kind.U64, "stack_count", Kind.U32,
            "enchantments", Kind.TEXT, "durability", Kind.U32);
    private static final Map<String, Kind> EQUIPMENT_FIELDS = ordered(
            "slot", Kind.U8, "item_id", Kind.U32, "item_guid", Kind.U64, "enchantments", Kind.TEXT, "gems", Kind.TEXT,
            "durability", Kind.U32);

    private static Map<String, Kind> ordered(Object... pairs) {
        Map<String, Kind> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return map;
    }

    private static String textOf(Object value) {
        return value == NULL ? null : (String) value;
    }

    private static Long longOf(BigInteger value) {
        return value == null ? null : value.longValue();
    }

    private static Integer intOf(BigInteger value) {
        return value == null ? null : value.intValue();
    }

    private static boolean hasNonZeroDigit(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
