package pbi.app.gui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.app.gui.common.ScriptedDialogs;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.db.Database;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemCatalog;

/** The bulk edit window's logic without a toolkit, on the real test MariaDB. */
class BulkViewModelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final BotService bots = new BotService(TestDatabase.database());
    private final List<BotSnapshot> history = new ArrayList<>();
    private BotQuery filter;
    private int written;
    private BulkViewModel vm;

    @BeforeEach
    void bots() {
        TestDatabase.reset();
        for (int i = 0; i < 4; i++) {
            bots.replace(Bots.bot(61 + i, 1, 1));
        }
        filter = BotQuery.zone(0L, 12L);
        vm = new BulkViewModel(TaskRunner.direct(), dialogs, Limits.wotlk(), new BulkViewModel.Host() {
            @Override
            public Database database() {
                return TestDatabase.database();
            }

            @Override
            public BotQuery currentFilter() {
                return filter;
            }

            @Override
            public Long[] currentZone() {
                return new Long[] {0L, 12L};
            }

            @Override
            public ItemCatalog items() {
                return null;
            }

            @Override
            public void written() {
                written++;
            }
        });
        vm.setBeforeWrite(history::add);
        vm.opened();
    }

    @Test
    void theTreesZoneIsTheDefaultAndBadValuesAreOneLineEach() {
        assertThat(vm.mapProperty().get()).isEqualTo("0");
        assertThat(vm.zoneProperty().get()).isEqualTo("12");
        vm.dryRun();
        assertThat(vm.statusProperty().get()).isEqualTo("Tick at least one edit");
        vm.setLevelProperty().set(true);
        vm.setLevelTextProperty().set("high");
        vm.dryRun();
        assertThat(vm.statusProperty().get()).isEqualTo("The level must be a whole number, such as 80");
        vm.setLevelTextProperty().set("0");
        vm.dryRun();
        assertThat(vm.statusProperty().get()).isEqualTo("The level must be from 1 to 80, not 0");
        vm.choiceProperty().set(BulkViewModel.Choice.GUIDS);
        vm.guidsProperty().set("61, x");
        vm.dryRun();
        assertThat(vm.statusProperty().get()).isEqualTo("Bot guids are whole numbers separated by commas, not \"x\"");
        filter = null;
        vm.choiceProperty().set(BulkViewModel.Choice.FILTER);
        vm.dryRun();
        assertThat(vm.statusProperty().get()).isEqualTo("The browser's filter has an invalid box; fix it first");
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.canApplyProperty().get()).isFalse();
    }

    @Test
    void aConflictSinceTheDryRunIsReportedAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
        vm.choiceProperty().set(BulkViewModel.Choice.FILTER);
        vm.setLevelProperty().set(true);
        vm.setLevelTextProperty().set("70");
        vm.dryRun();
        assertThat(vm.statusProperty().get()).isEqualTo("Dry run: 4 bots chosen: 4 to change, 0 unchanged."
                + " Nothing was written.");
        assertThat(vm.canApplyProperty().get()).isTrue();
        TestDatabase.sql("UPDATE playerbot_inventory SET stack_count = 9 WHERE bot_guid = 62");

        vm.apply();

        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Write the changes of the dry run to 4 bots"));
        assertThat(vm.statusProperty().get()).isEqualTo("Applied to 3 bots; 1 conflict; 0 failed.");
        assertThat(vm.reportProperty().get()).contains("bot 62: conflict - Bot 62 changed after the dry run",
                "inventory bag 19 slot 0 stack_count: 1 → 9");
        assertThat(bots.load(BigInteger.valueOf(62)).orElseThrow().state().level()).isEqualTo(20);
        assertThat(bots.load(BigInteger.valueOf(63)).orElseThrow().state().level()).isEqualTo(70);
        assertThat(history).extracting(BotSnapshot::guid).containsExactly(BigInteger.valueOf(61),
                BigInteger.valueOf(63), BigInteger.valueOf(64));
        assertThat(written).isEqualTo(1);
        assertThat(vm.canApplyProperty().get()).isFalse();

        Path json = dir.resolve("report.json");
        assertThat(vm.saveReport(json)).isTrue();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("bots")).hasSize(4);
        assertThat(root.get("applied").get("bots").get(1).get("status").asText()).isEqualTo("conflict");
        Path text = dir.resolve("report.txt");
        assertThat(vm.saveReport(text)).isTrue();
        assertThat(Files.readString(text)).isEqualTo(vm.reportProperty().get());
    }

    @Test
    void cancellingTheApplyStopsBetweenBotsAndSaysHowManyWereDone() {
        vm.capGoldProperty().set(true);
        vm.capGoldTextProperty().set("10g");
        vm.dryRun();
        vm.setBeforeWrite(bot -> {
            history.add(bot);
            vm.cancel();
        });

        vm.apply();

        assertThat(vm.statusProperty().get()).isEqualTo("Cancelled after 1 of 4 bots. Applied to 1 bot; 0 conflicts;"
                + " 0 failed; 3 not reached.");
        assertThat(bots.load(BigInteger.valueOf(61)).orElseThrow().state().goldCopper())
                .isEqualTo(Money.parse("10g", "g"));
        assertThat(bots.load(BigInteger.valueOf(62)).orElseThrow().state().goldCopper())
                .isEqualTo(BigInteger.valueOf(123_456));
    }

    @Test
    void declinedConfirmationWritesNothing() {
        vm.setGoldProperty().set(true);
        vm.setGoldTextProperty().set("1g");
        vm.dryRun();
        dialogs.confirmAnswer = false;

        vm.apply();

        assertThat(bots.load(BigInteger.valueOf(61)).orElseThrow().state().goldCopper())
                .isEqualTo(BigInteger.valueOf(123_456));
        assertThat(vm.canApplyProperty().get()).isTrue();
    }
}
