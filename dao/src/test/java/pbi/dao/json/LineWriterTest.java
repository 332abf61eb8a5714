package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.Bots;

/** The JSON Lines writer of the bulk export writes exactly the bytes the Jackson generator writes. */
class LineWriterTest {

    private static final Instant AT = Instant.parse("2026-12-02T11:22:33.123456Z");
    private static final ExportSource SOURCE = new ExportSource("demo \"realm\"", "127.0.0.1:3306", "acore\\chars");

    @Test
    void extremeBotsAreWrittenAsTheGeneratorWritesThem() throws Exception {
        List<BotSnapshot> bots = new ArrayList<>(Extremes.bots());
        bots.add(Bots.bot(7, 100, 19));
        assertThat(lines(bots, SOURCE)).isEqualTo(jackson(bots, SOURCE));
        assertThat(lines(bots, null)).isEqualTo(jackson(bots, null));
    }

    @Test
    void everyCharacterAndRandomFloatsAreWrittenAsTheGeneratorWritesThem() throws Exception {
        SplittableRandom random = new SplittableRandom(16);
        List<BotSnapshot> bots = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            BigInteger guid = BigInteger.valueOf(n + 1);
            BotState state = new BotState(guid, Float.intBitsToFloat(random.nextInt()),
                    Float.intBitsToFloat(random.nextInt()), (float) random.nextDouble(-1e4, 1e4), random.nextInt(800),
                    random.nextInt(5000), Float.intBitsToFloat(random.nextInt()), new BigInteger(64, new java.util
                    .Random(n)), 4_294_967_295L, 0, n % 256, null);
            if (!Float.isFinite(state.positionX()) || !Float.isFinite(state.positionY())
                    || !Float.isFinite(state.orientation())) {
                continue;
            }
            List<InventoryItem> items = new ArrayList<>();
            for (int slot = 0; slot < 20; slot++) {
                items.add(new InventoryItem(guid, 255, slot, 25, BigInteger.valueOf(n * 100L + slot), 1,
                        text(random, slot), slot, null));
            }
            List<EquipmentItem> worn = List.of(new EquipmentItem(guid, 0, 1, BigInteger.TEN, "3 0 0 ", text(random, 9),
                    3, null));
            bots.add(new BotSnapshot(state, items, worn));
        }
        assertThat(lines(bots, SOURCE)).isEqualTo(jackson(bots, SOURCE));
    }

    /** Control characters, quotes, backslashes, two- and three-byte characters, surrogate pairs, or null. */
    private static String text(SplittableRandom random, int kind) {
        if (kind == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            int c = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0x800 + random.nextInt(0xD000);
                default -> 0x10000 + random.nextInt(0xFFFFF);
            };
            s.appendCodePoint(c);
        }
        return kind % 3 == 0 ? "1 2 3 4 " + s : s.toString();
    }

    private static String lines(List<BotSnapshot> bots, ExportSource source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out, source, AT.toString());
        for (BotSnapshot bot : bots) {
            writer.write(bot);
        }
        writer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String jackson(List<BotSnapshot> bots, ExportSource source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = BotJson.FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(null));
            for (BotSnapshot bot : bots) {
                BotJson.write(g, bot, source, AT, null);
                g.writeRaw('\n');
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
