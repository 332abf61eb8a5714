package pbi.dao.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;

/** Bots at the edges of what the columns hold, for round-trip tests. */
final class Extremes {

    static final BigInteger MAX_U64 = ColumnRanges.MAX_BIGINT_UNSIGNED;

    private Extremes() {
    }

    /** Gold 2^64-1, health 2^32-1, floats at their limits, NULL and '', malformed strings and unicode. */
    static List<BotSnapshot> bots() {
        List<BotSnapshot> bots = new ArrayList<>();
        BigInteger g1 = MAX_U64;
        bots.add(new BotSnapshot(
                new BotState(g1, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, 0xFFFF_FFFFL, 0xFFFF_FFFFL,
                        -0.0f, MAX_U64, 4_294_967_295L, 4_294_967_295L, 255, null),
                List.of(
                        new InventoryItem(g1, 19, 0, 0xFFFF_FFFFL, MAX_U64, 0xFFFF_FFFFL, null, 0xFFFF_FFFFL, null),
                        new InventoryItem(g1, 19, 1, 1, MAX_U64.subtract(BigInteger.ONE), 1, "", 0, null),
                        new InventoryItem(g1, 19, 2, 2, BigInteger.ZERO, 0, "3225:0;;x:y:z;-5:abc", 1, null),
                        new InventoryItem(g1, 255, 23, 3, BigInteger.TWO, 1, "☃:0;\"quoted\\\";\n\t€😀", 1, null),
                        new InventoryItem(g1, 200, 255, 0, BigInteger.TEN, 1, "3225:-1", 1, null)),
                List.of(
                        new EquipmentItem(g1, 0, 1, BigInteger.valueOf(77), null, null, 1, null),
                        new EquipmentItem(g1, 1, 1, BigInteger.valueOf(78), "", "", 1, null),
                        new EquipmentItem(g1, 2, 1, BigInteger.valueOf(79), "☃", "1,2,3,4", 1, null),
                        new EquipmentItem(g1, 18, 1, BigInteger.valueOf(80), "3225:0", "41398,,x", 1, null),
                        new EquipmentItem(g1, 255, 0, BigInteger.valueOf(81), "1:0", "0", 0, null))));
        BigInteger g2 = MAX_U64.subtract(BigInteger.ONE);
        bots.add(new BotSnapshot(
                new BotState(g2, Float.MIN_NORMAL, Float.intBitsToFloat(0x007F_FFFF), Float.intBitsToFloat(1),
                        0, 0, 6.2831855f, BigInteger.ZERO, 0, 0, 0, null),
                List.of(), List.of()));
        BigInteger g3 = BigInteger.ZERO;
        bots.add(new BotSnapshot(
                new BotState(g3, 0.1f, -0.1f, 1e-40f, 530, 3703, Float.intBitsToFloat(0x40C9_0FDB), BigInteger.ONE,
                        0x8000_0000L, 0xFFFF_FFFEL, 81, null),
                List.of(), List.of()));
        bots.add(Bots.bot(42, 100, 19));
        return bots;
    }
}
