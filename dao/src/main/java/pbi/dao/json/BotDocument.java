package pbi.dao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import pbi.dao.columns.Column;
import pbi.dao.columns.Ranges;
import pbi.dao.columns.SqlType;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;

/**
 * The parse of one bot document of a {@link BotReader}. Fields and their types come from the column descriptions in
 * {@link Tables}; problems are collected with the bot's guid filled in at the end.
 */
final class BotDocument {

    /** Marks an explicit JSON null in a row, as opposed to a missing field. */
    private static final Object NULL = new Object();

    /** The fields of each kind of row, looked up by name: a file holds millions of them. */
    private static final Fields STATE_FIELDS = new Fields(Tables.STATE.written());
    private static final Fields INVENTORY_FIELDS = new Fields(Tables.INVENTORY.fields());
    private static final Fields EQUIPMENT_FIELDS = new Fields(Tables.EQUIPMENT.fields());

    private record Fields(List<? extends Column<?>> list, Map<String, Column<?>> byName) {
        Fields(List<? extends Column<?>> list) {
            this(list, byName(list));
        }

        private static Map<String, Column<?>> byName(List<? extends Column<?>> list) {
            Map<String, Column<?>> map = new HashMap<>();
            list.forEach(c -> map.put(c.name(), c));
            return Map.copyOf(map);
        }
    }


    private final JsonParser parser;
    private final Limits limits;
    private final boolean warnings;
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

    BotDocument(JsonParser parser, Limits limits, boolean warnings, int docIndex, int line) {
        this.warnings = warnings;
        this.parser = parser;
        this.limits = limits;
        this.docIndex = docIndex;
        this.line = line;
    }

    BotReader.Entry read() throws IOException {
        boolean sawFormat = false;
        boolean sawVersion = false;
        boolean sawInventory = false;
        boolean sawEquipment = false;
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            boolean twice = duplicate(seen, null, name);
            JsonToken value = parser.nextToken();
            if (twice) {
                parser.skipChildren();
                continue;
            }
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
            List<String> ranges = Ranges.problems(bot);
            for (String r : ranges) {
                problems.add(Problem.refused(line, 0, null, null, r));
            }
            if (ranges.isEmpty() && warnings) {
                problems.addAll(ImportChecks.warnings(bot, limits, stateLine, inventoryLines, equipmentLines));
            } else if (!ranges.isEmpty()) {
                bot = null;
            }
        }
        BigInteger guid = state == null ? knownGuid : state.botGuid();
        List<Problem> located = problems.stream()
                .map(p -> p.bot() == null && guid != null ? new Problem(p.refused(), p.line(), p.column(), guid,
                        p.field(), p.rule(), p.message()) : p)
                .toList();
        return new BotReader.Entry(docIndex, line, bot, located);
    }

    private void readState(JsonToken value) throws IOException {
        stateLine = parser.currentTokenLocation().getLineNr();
        if (value != JsonToken.START_OBJECT) {
            refuse("state", "must be an object, found " + BotReader.describe(value));
            parser.skipChildren();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Column<BotState>> fields = (List<Column<BotState>>) STATE_FIELDS.list();
        Map<String, Object> values = readRow("state", STATE_FIELDS, name -> Tables.STATE.indexOf(name) >= 0);
        if (values.get("bot_guid") instanceof BigInteger guid) {
            knownGuid = guid;
        }
        boolean ok = values.values().stream().allMatch(Objects::nonNull);
        for (Column<BotState> c : fields) {
            if (!values.containsKey(c.name()) && ok) {
                refuse("state " + c.name(), "is missing");
                ok = false;
            }
        }
        if (ok) {
            state = build(Tables.STATE, values);
        }
    }

    /** The record from a document's values by column name; the owner's guid is the bot's, set by the caller. */
    private static <R> R build(Table<R> table, Map<String, Object> values) {
        Object[] row = new Object[table.columns().size()];
        for (int i = 0; i < row.length; i++) {
            Column<R> c = table.columns().get(i);
            Object v = values.get(c.name());
            row[i] = switch (c.role()) {
                case STAMP -> null;
                case OWNER -> v == null ? BigInteger.ZERO : v;
                default -> v == NULL ? null : v;
            };
        }
        return table.create().apply(row);
    }

    private interface ElementReader {
        void read(int position) throws IOException;
    }

    private void readArray(JsonToken value, String name, ElementReader element) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            refuse(name, "must be an array, found " + BotReader.describe(value));
            parser.skipChildren();
            return;
        }
        int position = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            position++;
            if (token != JsonToken.START_OBJECT) {
                refuse(name + " item " + position, "must be an object, found " + BotReader.describe(token));
                parser.skipChildren();
                continue;
            }
            element.read(position);
        }
    }

    /**
     * Reads the fields of one row object; values by name, null where the field was invalid, absent where it was
     * missing. Unknown fields are warned about unless {@code quiet} accepts them.
     */
    private Map<String, Object> readRow(String where, Fields fields, Predicate<String> quiet)
            throws IOException {
        Map<String, Object> values = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            boolean twice = duplicate(seen, where, name);
            JsonToken token = parser.nextToken();
            if (twice) {
                parser.skipChildren();
                values.put(name, null);
                continue;
            }
            Column<?> column = fields.byName().get(name);
            if (column == null) {
                if (!quiet.test(name)) {
                    warn(where + " " + name, null, "unknown field, ignored");
                }
                parser.skipChildren();
                continue;
            }
            // The field's name for a problem ("inventory bag 19 slot 3 item_id") is only made when there is one.
            Field field = new Field(where, name);
            SqlType type = column.type();
            Object v;
            if (type.integer()) {
                BigInteger big = unsigned(field, token, type.max(), type.sql());
                v = big == null ? null : type.fromInteger(big);
            } else if (type == SqlType.FLOAT) {
                v = floatValue(field, token);
            } else {
                v = text(field, token);
            }
            values.put(name, v == null && type == SqlType.TEXT && token == JsonToken.VALUE_NULL ? NULL : v);
        }
        return values;
    }

    private record Field(String where, String name) {
        @Override
        public String toString() {
            return where + " " + name;
        }
    }

    /** The parsed lists are for readers; the raw strings are authoritative. */
    private static boolean listField(String name) {
        return name.endsWith("_list") || name.endsWith("_problems");
    }

    private void readItem(int position) throws IOException {
        int itemLine = parser.currentTokenLocation().getLineNr();
        int before = problems.size();
        Map<String, Object> v = readRow("inventory item " + position, INVENTORY_FIELDS, BotDocument::listField);
        String label = "inventory item " + position;
        if (v.get("bag") != null && v.get("slot") != null) {
            String known = "inventory "
                    + new InventoryItem.SlotKey((Integer) v.get("bag"), (Integer) v.get("slot"));
            relabel(before, label, known);
            label = known;
        }
        if (!complete(label, v, INVENTORY_FIELDS.list(), itemLine)) {
            return;
        }
        InventoryItem.SlotKey key = new InventoryItem.SlotKey((Integer) v.get("bag"), (Integer) v.get("slot"));
        if (inventoryLines.putIfAbsent(key, itemLine) != null) {
            problems.add(Problem.refused(itemLine, 0, null, "inventory " + key,
                    "appears twice (also on line " + inventoryLines.get(key) + "); a slot holds one item"));
            refused = true;
            return;
        }
        inventory.add(build(Tables.INVENTORY, v));
    }

    private void readWorn(int position) throws IOException {
        int itemLine = parser.currentTokenLocation().getLineNr();
        int before = problems.size();
        Map<String, Object> v = readRow("equipment item " + position, EQUIPMENT_FIELDS, BotDocument::listField);
        String label = "equipment item " + position;
        if (v.get("slot") != null) {
            relabel(before, label, "equipment slot " + v.get("slot"));
            label = "equipment slot " + v.get("slot");
        }
        if (!complete(label, v, EQUIPMENT_FIELDS.list(), itemLine)) {
            return;
        }
        int slot = (Integer) v.get("slot");
        if (equipmentLines.putIfAbsent(slot, itemLine) != null) {
            problems.add(Problem.refused(itemLine, 0, null, "equipment slot " + slot,
                    "appears twice (also on line " + equipmentLines.get(slot) + "); a slot holds one item"));
            refused = true;
            return;
        }
        equipment.add(build(Tables.EQUIPMENT, v));
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

    private boolean complete(String where, Map<String, Object> values, List<? extends Column<?>> fields, int at) {
        boolean ok = true;
        for (Column<?> c : fields) {
            String name = c.name();
            if (!values.containsKey(name)) {
                problems.add(Problem.refused(at, 0, null, where + " " + name,
                        "is missing" + (c.type() == SqlType.TEXT ? " (write null for none)" : "")));
                refused = true;
                ok = false;
            } else if (values.get(name) == null) {
                ok = false;
            }
        }
        return ok;
    }

    private BigInteger unsigned(Field field, JsonToken token, BigInteger max, String column)
            throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            refuse(field, (token == JsonToken.VALUE_NUMBER_FLOAT ? parser.getText() + " is not a whole number"
                    : "must be a whole number, found " + BotReader.describe(token)));
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

    private Float floatValue(Field field, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            refuse(field, "must be a number, found " + BotReader.describe(token));
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

    private Object text(Field field, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            refuse(field, "must be a string or null, found " + BotReader.describe(token));
            parser.skipChildren();
            return null;
        }
        String value = parser.getText();
        String problem = SqlType.TEXT.problem(value);
        if (problem != null) {
            refuse(field, problem);
            return null;
        }
        return value;
    }

    /**
     * Refuses a key an object already had: a JSON reader would silently keep the last one, even for
     * {@code bot_guid}. Both lines are named.
     */
    private boolean duplicate(Map<String, Integer> seen, String where, String name) {
        int at = parser.currentTokenLocation().getLineNr();
        Integer first = seen.putIfAbsent(name, at);
        if (first == null) {
            return false;
        }
        refuse(where == null ? name : where + " " + name, "appears twice in the same object, on line " + first + " and line " + at
                + "; remove one");
        return true;
    }

    private void refuse(Object field, String message) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(Problem.refused(at.getLineNr(), at.getColumnNr(), null, field.toString(), message));
        refused = true;
    }

    private void warn(String field, String rule, String message) {
        problems.add(Problem.warning(parser.currentTokenLocation().getLineNr(), null, field, rule, message));
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
