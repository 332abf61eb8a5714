package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryTypeTest {

    /** DOMAIN.md's table: InventoryType to the slots it fits, Titan's Grip aside. */
    private static final Map<Integer, List<Integer>> TABLE = Map.ofEntries(
            Map.entry(1, List.of(0)), Map.entry(2, List.of(1)), Map.entry(3, List.of(2)), Map.entry(4, List.of(3)),
            Map.entry(5, List.of(4)), Map.entry(20, List.of(4)), Map.entry(6, List.of(5)), Map.entry(7, List.of(6)),
            Map.entry(8, List.of(7)), Map.entry(9, List.of(8)), Map.entry(10, List.of(9)),
            Map.entry(11, List.of(10, 11)), Map.entry(12, List.of(12, 13)), Map.entry(16, List.of(14)),
            Map.entry(13, List.of(15, 16)), Map.entry(21, List.of(15)), Map.entry(22, List.of(16)),
            Map.entry(14, List.of(16)), Map.entry(23, List.of(16)), Map.entry(17, List.of(15)),
            Map.entry(15, List.of(17)), Map.entry(25, List.of(17)), Map.entry(26, List.of(17)),
            Map.entry(28, List.of(17)), Map.entry(19, List.of(18)), Map.entry(0, List.of()),
            Map.entry(18, List.of()), Map.entry(24, List.of()), Map.entry(27, List.of()));

    @Test
    void everyTypeFitsExactlyTheSlotsOfTheTableForAMage() {
        TABLE.forEach((type, slots) -> {
            for (int slot = 0; slot <= 18; slot++) {
                assertThat(InventoryType.fits(type, slot, 8)).as("type %d in slot %d", type, slot)
                        .isEqualTo(slots.contains(slot));
            }
        });
    }

    @Test
    void aTwoHanderInTheOffHandIsLegalForAWarriorAndForAnUnknownClassOnly() {
        assertThat(InventoryType.fits(17, 16, InventoryType.WARRIOR)).isTrue();
        assertThat(InventoryType.fits(17, 16, null)).isTrue();
        assertThat(InventoryType.fits(17, 16, 2)).isFalse();
        assertThat(InventoryType.fits(17, 15, 2)).isTrue();
        assertThat(InventoryType.fits(17, 17, InventoryType.WARRIOR)).isFalse();
    }

    @Test
    void unknownTypesFitNoSlotAndAreNamedByNumber() {
        assertThat(InventoryType.fits(31, 0, null)).isFalse();
        assertThat(InventoryType.fits(-1, 0, null)).isFalse();
        assertThat(InventoryType.kindName(31)).isEqualTo("type 31");
    }

    @Test
    void kindsAreNamedAsTheGameNamesThem() {
        assertThat(InventoryType.kindName(1)).isEqualTo("Head");
        assertThat(InventoryType.kindName(17)).isEqualTo("Two-Hand");
        assertThat(InventoryType.kindName(14)).isEqualTo("Shield");
        assertThat(InventoryType.kindName(23)).isEqualTo("Held In Off-hand");
        assertThat(InventoryType.kindName(13)).isEqualTo("One-Hand");
    }

    @Test
    void thePickerListsTheTypesThatFitASlot() {
        assertThat(InventoryType.fitting(16, 8)).containsExactly(InventoryType.WEAPON, InventoryType.SHIELD,
                InventoryType.OFF_HAND, InventoryType.HOLDABLE);
        assertThat(InventoryType.fitting(16, InventoryType.WARRIOR)).contains(InventoryType.TWO_HAND);
    }

    @Test
    void qualitiesCarryTheGamesColoursAndUnknownOnesReadAsCommon() {
        assertThat(Quality.of(0).color()).isEqualTo("#9d9d9d");
        assertThat(Quality.of(4).displayName()).isEqualTo("Epic");
        assertThat(Quality.of(4).color()).isEqualTo("#a335ee");
        assertThat(Quality.of(7).color()).isEqualTo("#e6cc80");
        assertThat(Quality.of(9)).isEqualTo(Quality.COMMON);
    }
}
