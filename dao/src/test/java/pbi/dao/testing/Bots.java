package pbi.dao.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/** Small, readable bots for tests. */
public final class Bots {

    private Bots() {
    }

    public static BotState state(long guid) {
        return new BotState(BigInteger.valueOf(guid), -8949.95f, -132.493f, 83.5312f, 0, 12, 1.5f,
                BigInteger.valueOf(123_456), 1500, 800, 20, null);
    }

    public static InventoryItem item(long guid, int bag, int slot, long itemId) {
        return new InventoryItem(BigInteger.valueOf(guid), bag, slot, itemId,
                BigInteger.valueOf(guid * 1000 + bag * 40 + slot), 1, "3225:0", 50, null);
    }

    public static EquipmentItem worn(long guid, int slot, long itemId) {
        return new EquipmentItem(BigInteger.valueOf(guid), slot, itemId, BigInteger.valueOf(guid * 1000 + 900 + slot),
                "3225:0;3229:3600", "41398,40111", 100, null);
    }

    /** The bot as one line of a JSON Lines export file (exported at the epoch, from no named source). */
    public static String jsonLine(BotSnapshot bot) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var g = pbi.dao.json.BotJson.factory().createGenerator(out)) {
            pbi.dao.json.BotJson.write(g, bot, null, java.time.Instant.EPOCH, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A bot with {@code items} inventory rows spread over the four bags and {@code worn} equipped items. */
    public static BotSnapshot bot(long guid, int items, int worn) {
        List<InventoryItem> inventory = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            inventory.add(item(guid, 19 + i / 30, i % 30, 2000 + i));
        }
        List<EquipmentItem> equipment = new ArrayList<>();
        for (int s = 0; s < worn; s++) {
            equipment.add(worn(guid, s, 40000 + s));
        }
        return new BotSnapshot(state(guid), inventory, equipment);
    }
}
