package pbi.dao.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

/**
 * A file with more problems than anyone reads: the check hands every one to the caller as it finds it, keeps the
 * first {@link ImportCheck#LISTED}, and counts them all, by rule for warnings.
 */
class ImportProblemListsTest {

    private final BotImporter importer = new BotImporter(TestDatabase.database(), Limits.wotlk());

    @TempDir
    Path dir;

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void twelveHundredWarningsAreAllCountedAndStreamedAndTheFirstThousandKept() throws Exception {
        StringBuilder text = new StringBuilder();
        for (long guid = 1; guid <= 12; guid++) {
            BotSnapshot bot = Bots.bot(guid, 100, 0);
            List<InventoryItem> empty = bot.inventory().stream().map(i -> i.withStack(0)).toList();
            text.append(Bots.jsonLine(bot.withInventory(empty))).append('\n');
        }
        List<Problem> streamed = new ArrayList<>();

        ImportCheck check = importer.check(write(text.toString()), p -> { }, streamed::add, ExportProgress.NONE);

        assertThat(check.ok()).isTrue();
        assertThat(streamed).hasSize(check.warningCount()).noneMatch(Problem::refused);
        assertThat(check.warningsByRule()).containsEntry("inventory.stack_zero", 1_200);
        assertThat(check.warningsByRule().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(check.warningCount());
        assertThat(check.warnings()).hasSize(ImportCheck.LISTED).containsExactlyElementsOf(streamed.subList(0, 1_000));
        assertThat(check.summary()).contains(String.format("%,d warnings", check.warningCount()));
        assertThat(check.notListed()).isEqualTo(String.format("%,d more warnings are not listed",
                check.warningCount() - 1_000));
    }

    @Test
    void elevenHundredRefusalsAreAllCountedAndTheFileIsRefused() throws Exception {
        String bot = Bots.jsonLine(Bots.bot(5, 1, 0)) + "\n";
        Path file = write(bot.repeat(1_101));
        List<Problem> streamed = new ArrayList<>();

        ImportCheck check = importer.check(file, p -> { }, streamed::add, ExportProgress.NONE);

        assertThat(check.ok()).isFalse();
        assertThat(check.refusedCount()).isEqualTo(1_100);
        assertThat(streamed).hasSize(1_100).allMatch(Problem::refused);
        assertThat(check.refused()).hasSize(ImportCheck.LISTED);
        assertThat(check.summary()).contains("1,100 refused values, nothing will be written");
        assertThat(check.notListed()).isEqualTo("100 more refused values are not listed");
    }

    @Test
    void aSmallFileListsEverythingAndSaysNothingIsLeftOut() throws Exception {
        Path file = write(Bots.jsonLine(Bots.bot(9, 3, 2)) + "\n");
        ImportCheck check = importer.check(file, p -> { }, ExportProgress.NONE);
        assertThat(check.warnings()).hasSize(check.warningCount());
        assertThat(check.notListed()).isEmpty();
    }


    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "import", ".jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
