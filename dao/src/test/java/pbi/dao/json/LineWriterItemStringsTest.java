package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The JSON Lines writer reads well-formed enchantment and gem strings without the parser; at the edges of "well
 * formed" it must still write exactly what the parser's reading gives through the generator.
 */
class LineWriterItemStringsTest {

    private static final Instant AT = Instant.parse("2026-12-02T11:22:33Z");

    private static final List<String> ENCHANTMENTS = List.of("1:0", "4294967295:1", "4294967296:0", "0:5", "01:00",
            "0000000001:7", "00000000001:7", "1:", ":1", "1", "1:2:3", "1:-0", "-1:0", "1:0;", ";1:0", "1:0;;2:0",
            "1: 0", " 1:0", "1:999999999999999999", "1:99999999999999999",
            "1:0;2:0;3:0;4:0;5:0;6:0;7:0;8:0;9:0;10:0;11:0;12:0",
            "1:0;2:0;3:0;4:0;5:0;6:0;7:0;8:0;9:0;10:0;11:0;12:0;13:0", "٣:0", "3225:0;3229:3600", "1:0x");

    private static final List<String> GEMS = List.of("1", "4294967295", "4294967296", "0", "01", "1,2,3", "1,2,3,4",
            "1,", ",1", "1,,2", "a", "1 ", "-1", "00000000001", "41398,40111", "٣");

    @Test
    void edgeStringsAreWrittenAsTheGeneratorWritesThem() throws Exception {
        BigInteger guid = BigInteger.valueOf(5);
        List<InventoryItem> items = new ArrayList<>();
        for (int slot = 0; slot < ENCHANTMENTS.size(); slot++) {
            items.add(new InventoryItem(guid, 19, slot, 25, BigInteger.valueOf(1000 + slot), 1, ENCHANTMENTS.get(slot),
                    10, null));
        }
        List<EquipmentItem> worn = new ArrayList<>();
        for (int slot = 0; slot < GEMS.size(); slot++) {
            worn.add(new EquipmentItem(guid, slot, 9, BigInteger.valueOf(2000 + slot),
                    ENCHANTMENTS.get(slot % ENCHANTMENTS.size()), GEMS.get(slot), 3, null));
        }
        BotState state = new BotState(guid, 1.5f, -2.25f, 1e20f, 0, 12, 3.1415927f,
                BigInteger.TWO.pow(63), Long.MAX_VALUE, 1_000_000_000_000_000_000L, 200,
                LocalDateTime.of(2026, 1, 2, 3, 4, 0));
        List<BotSnapshot> bots = List.of(new BotSnapshot(state, items, worn));

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(lines, null, AT.toString());
        for (BotSnapshot bot : bots) {
            writer.write(bot);
        }
        writer.flush();

        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        try (JsonGenerator g = BotJson.FACTORY.createGenerator(generated)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(null));
            for (BotSnapshot bot : bots) {
                BotJson.write(g, bot, null, AT, null);
                g.writeRaw('\n');
            }
        }
        assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(generated.toString(StandardCharsets.UTF_8));
    }
}
