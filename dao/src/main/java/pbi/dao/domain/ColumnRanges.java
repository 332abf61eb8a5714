package pbi.dao.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What the columns can hold. A value outside these ranges can never be written; anything inside them can,
 * even when the doctor calls it corrupt.
 */
public final class ColumnRanges {

    public static final BigInteger MAX_BIGINT_UNSIGNED = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    public static final long MAX_INT_UNSIGNED = 0xFFFF_FFFFL;
    public static final int MAX_TINYINT_UNSIGNED = 255;

    private ColumnRanges() {
    }

    /** Every value of the bot that its column cannot hold, as "field: why" lines; empty when all fit. */
    public static List<String> problems(BotSnapshot bot) {
        List<String> problems = new ArrayList<>();
        BotState s = bot.state();
        bigint(problems, "bot_guid", s.botGuid());
        bigint(problems, "gold_copper", s.goldCopper());
        intUnsigned(problems, "map_id", s.mapId());
        intUnsigned(problems, "zone_id", s.zoneId());
        intUnsigned(problems, "health", s.health());
        intUnsigned(problems, "mana", s.mana());
        tinyint(problems, "level", s.level());
        floats(problems, "position_x", s.positionX());
        floats(problems, "position_y", s.positionY());
        floats(problems, "position_z", s.positionZ());
        floats(problems, "orientation", s.orientation());
        for (InventoryItem item : bot.inventory()) {
            String where = "inventory " + item.key() + " ";
            if (!s.botGuid().equals(item.botGuid())) {
                problems.add(where + "bot_guid: " + item.botGuid() + " is not the bot's guid " + s.botGuid());
            }
            tinyint(problems, where + "bag", item.bag());
            tinyint(problems, where + "slot", item.slot());
            intUnsigned(problems, where + "item_id", item.itemId());
            bigint(problems, where + "item_guid", item.itemGuid());
            intUnsigned(problems, where + "stack_count", item.stackCount());
            intUnsigned(problems, where + "durability", item.durability());
        }
        for (EquipmentItem item : bot.equipment()) {
            String where = "equipment slot " + item.slot() + " ";
            if (!s.botGuid().equals(item.botGuid())) {
                problems.add(where + "bot_guid: " + item.botGuid() + " is not the bot's guid " + s.botGuid());
            }
            tinyint(problems, where + "slot", item.slot());
            intUnsigned(problems, where + "item_id", item.itemId());
            bigint(problems, where + "item_guid", item.itemGuid());
            intUnsigned(problems, where + "durability", item.durability());
        }
        return problems;
    }

    private static void bigint(List<String> problems, String field, BigInteger value) {
        if (value == null) {
            problems.add(field + ": a value is required");
        } else if (value.signum() < 0 || value.compareTo(MAX_BIGINT_UNSIGNED) > 0) {
            problems.add(field + ": " + value + " is outside 0.." + MAX_BIGINT_UNSIGNED);
        }
    }

    private static void intUnsigned(List<String> problems, String field, long value) {
        if (value < 0 || value > MAX_INT_UNSIGNED) {
            problems.add(field + ": " + value + " is outside 0.." + MAX_INT_UNSIGNED);
        }
    }

    private static void tinyint(List<String> problems, String field, int value) {
        if (value < 0 || value > MAX_TINYINT_UNSIGNED) {
            problems.add(field + ": " + value + " is outside 0.." + MAX_TINYINT_UNSIGNED);
        }
    }

    private static void floats(List<String> problems, String field, float value) {
        if (!Float.isFinite(value)) {
            problems.add(field + ": " + value + " cannot be stored in a FLOAT column");
        }
    }
}
