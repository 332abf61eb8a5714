package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.DemoItems;
import pbi.dao.world.ItemCatalog;

/** An import warns about the item rules as it warns about the others, and imports the values unchanged. */
class ImportItemWarningsTest {

    @TempDir
    Path dir;

    @Test
    void itemRulesAreWarningsWithTheirLineAndTheFileIsStillAccepted() throws Exception {
        TestDatabase.reset();
        BotSnapshot bot = new BotSnapshot(Bots.state(5), List.of(
                new InventoryItem(BigInteger.valueOf(5), 19, 0, 33447, BigInteger.valueOf(501), 25, null, 0, null),
                new InventoryItem(BigInteger.valueOf(5), 19, 1, 900_001, BigInteger.valueOf(502), 1, null, 0, null)),
                List.of());
        Path file = dir.resolve("bots.jsonl");
        Files.writeString(file, Bots.jsonLine(Bots.bot(4, 0, 0)) + "\n" + Bots.jsonLine(bot) + "\n",
                StandardCharsets.UTF_8);
        ItemCatalog demo = ItemCatalog.of("demo", DemoItems.all());

        ImportCheck check = new BotImporter(TestDatabase.database(), Limits.wotlk(), demo)
                .check(file, p -> { }, ExportProgress.NONE);
        ImportCheck withoutWorld = new BotImporter(TestDatabase.database(), Limits.wotlk(),
                ItemCatalog.unavailable("no world")).check(file, p -> { }, ExportProgress.NONE);

        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).extracting(p -> p.line() + " " + p.bot() + " " + p.rule())
                .containsExactly("2 5 inventory.stack_over_max", "2 5 item.unknown");
        assertThat(check.warnings().get(0).toString()).contains("imported unchanged");
        assertThat(withoutWorld.warnings()).isEmpty();
    }

}
