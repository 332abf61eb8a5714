package pbi.dao.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.history.HistoryEntry;
import pbi.dao.history.HistoryStore;
import pbi.dao.json.BotReader;
import pbi.dao.json.BotJson;
import pbi.dao.service.BotService;
import pbi.dao.service.SaveOutcome;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;
import pbi.dao.world.Quality;

/**
 * Comparing a bot with its history, with another bot and with a JSON file, against the real database, and copying
 * a field or a slot across as an ordinary save.
 */
class CompareTest {

    private static final BigInteger GUID = BigInteger.valueOf(21);
    private final BotService service = new BotService(TestDatabase.database());
    private static final ItemCatalog ITEMS = ItemCatalog.of("test", List.of(
            new ItemTemplate(40000, "Helm of Comparing", Quality.EPIC, 1, 200, 80, 1, 120, 0, 0, 0, 0),
            new ItemTemplate(2000, "Linen Cloth", Quality.COMMON, 0, 5, 0, 20, 0, 0, 0, 0, 0)));

    @BeforeEach
    void twoBots() {
        TestDatabase.reset();
        service.replace(Bots.bot(21, 3, 2));
        service.replace(Bots.bot(22, 2, 1));
    }

    @Test
    void aBotAndItsHistoryEntryDifferInExactlyTheFieldsAndSlotsTheSaveChanged(@TempDir Path home) {
        HistoryStore history = HistoryStore.inDataHome(home);
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        BotSnapshot edited = new BotSnapshot(loaded.state().withGold(BigInteger.valueOf(5_000_000))
                .withVitals(1500, 800, 42), loaded.inventory().subList(1, 3),
                List.of(loaded.equipment().get(0).withDurability(7), loaded.equipment().get(1)));
        assertThat(service.save(loaded, edited, false, bot -> history.write(bot, "before save")))
                .isInstanceOf(SaveOutcome.Saved.class);
        HistoryEntry entry = history.list(GUID).get(0);

        Comparison c = Comparison.of(service.load(GUID).orElseThrow(), history.read(entry), ITEMS);

        assertThat(c.differingFields()).extracting(Comparison.FieldRow::column)
                .containsExactly("gold_copper", "level");
        assertThat(c.differingFields().get(0).left()).isEqualTo("500g 0s 0c");
        assertThat(c.differingFields().get(0).right()).isEqualTo("12g 34s 56c");
        assertThat(c.differingSlots()).extracting(s -> s.place().key(), Comparison.SlotRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eq:0", Comparison.Status.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("inv:19:0", Comparison.Status.ONLY_RIGHT));
        Comparison.SlotRow helm = c.slot(SlotRef.equipped(0));
        assertThat(helm.columns()).containsExactly("durability");
        assertThat(helm.left()).isEqualTo("Helm of Comparing (#40000), durability 7/120");
        assertThat(c.slot(SlotRef.inventory(19, 0)).right()).isEqualTo("Linen Cloth (#2000), durability 50");
        assertThat(c.fields()).hasSize(10);
    }

    @Test
    void copyingAFieldAndASlotFromHistoryThenSavingPutsBackExactlyThose(@TempDir Path home) {
        HistoryStore history = HistoryStore.inDataHome(home);
        BotSnapshot loaded = service.load(GUID).orElseThrow();
        BotSnapshot edited = new BotSnapshot(loaded.state().withGold(BigInteger.ONE).withVitals(1, 1, 70),
                loaded.inventory().subList(1, 3), loaded.equipment());
        service.save(loaded, edited, false, bot -> history.write(bot, "before save"));
        BotSnapshot now = service.load(GUID).orElseThrow();
        BotSnapshot old = history.read(history.list(GUID).get(0));

        BotSnapshot draft = Copy.slot(Copy.field(now, old, "gold_copper"), old, SlotRef.inventory(19, 0),
                BigInteger.valueOf(999_999));
        SaveOutcome saved = service.save(now, draft, false);

        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        Comparison after = Comparison.of(service.load(GUID).orElseThrow(), old, null);
        assertThat(after.differingFields()).extracting(Comparison.FieldRow::column)
                .containsExactly("health", "mana", "level");
        assertThat(after.differingSlots()).isEmpty();
    }

    @Test
    void twoBotsSideBySideAndASlotCopiedFromTheOtherBotBelongsToTheTarget() {
        BotSnapshot left = service.load(GUID).orElseThrow();
        BotSnapshot right = service.load(BigInteger.valueOf(22)).orElseThrow();

        Comparison c = Comparison.of(left, right, ITEMS);
        // Bot 22's helm has another item guid; bot 21 has a third bag item bot 22 lacks.
        assertThat(c.slot(SlotRef.equipped(0)).columns()).containsExactly("item_guid");
        assertThat(c.slot(SlotRef.equipped(1)).status()).isEqualTo(Comparison.Status.ONLY_LEFT);
        assertThat(c.slot(SlotRef.inventory(19, 2)).status()).isEqualTo(Comparison.Status.ONLY_LEFT);

        BotSnapshot draft = Copy.slot(left, right, SlotRef.equipped(1), BigInteger.ONE);
        assertThat(draft.equippedAt(1)).isEmpty();
        BotSnapshot back = Copy.slot(right, left, SlotRef.equipped(1), BigInteger.valueOf(777_777));
        EquipmentItem copied = back.equippedAt(1).orElseThrow();
        assertThat(copied.botGuid()).isEqualTo(BigInteger.valueOf(22));
        assertThat(copied.itemGuid()).isEqualTo(left.equippedAt(1).orElseThrow().itemGuid());
        assertThat(service.save(right, back, false)).isInstanceOf(SaveOutcome.Saved.class);
        // The copy's guid belonged to bot 21, so the save gave it a free one: an item guid is unique in the realm.
        EquipmentItem stored = service.load(BigInteger.valueOf(22)).orElseThrow().equippedAt(1).orElseThrow();
        assertThat(stored.itemId()).isEqualTo(copied.itemId());
        assertThat(stored.itemGuid()).isNotEqualTo(copied.itemGuid());
    }

    @Test
    void anItemGuidTheTargetHoldsElsewhereIsReplacedByTheFreshOne() {
        BotSnapshot bot = service.load(GUID).orElseThrow();
        InventoryItem first = bot.itemAt(19, 0).orElseThrow();
        BotSnapshot other = bot.withInventory(List.of(first.movedTo(20, 5)));

        BotSnapshot draft = Copy.slot(bot, other, SlotRef.inventory(20, 5), BigInteger.valueOf(424242));

        assertThat(draft.itemAt(20, 5).orElseThrow().itemGuid()).isEqualTo(BigInteger.valueOf(424242));
        assertThat(draft.itemAt(19, 0).orElseThrow().itemGuid()).isEqualTo(first.itemGuid());
    }

    @Test
    void aBotComparedWithItsOwnExportFileIsTheSame() throws Exception {
        BotSnapshot bot = service.load(GUID).orElseThrow();
        String json = BotJson.toJson(bot, null);
        BotSnapshot fromFile;
        try (BotReader reader = new BotReader(new ByteArrayInputStream(json
                .getBytes(StandardCharsets.UTF_8)), Limits.wotlk())) {
            fromFile = reader.next().bot();
        }

        assertThat(Comparison.of(bot, fromFile, ITEMS).same()).isTrue();
        assertThat(Comparison.of(bot, fromFile.withState(fromFile.state().withGold(BigInteger.TWO)), ITEMS)
                .differingFields()).singleElement().extracting(Comparison.FieldRow::column).isEqualTo("gold_copper");
    }
}
