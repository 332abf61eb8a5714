package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.testing.TestDatabase;

/** Each item rule against the demo world's item_template, read from a real database. */
class ItemChecksTest {

    static final long POTION = 33447;
    static final long CHEST_3_SOCKETS = 23565;
    static final long TWO_HANDER = 9449;
    static final long ONE_HANDER = 6360;
    static final long OFF_HAND_WEAPON = 34346;
    static final long SHIELD_2_SOCKETS = 45877;
    static final long HELD_IN_OFF_HAND = 47742;
    static final long RELIC = 32257;
    static final long RING = 43249;
    static final long TRINKET = 11815;
    static final long CLOAK = 34241;
    static final long BELT_2_SOCKETS = 30032;
    static final long BELT_NO_SOCKET = 30895;
    static final long WRISTS_2_SOCKETS = 47155;
    static final long HANDS_2_SOCKETS = 32278;
    static final long BAG = 41599;
    static final Integer MAGE = 8;
    private static final BigInteger BOT = BigInteger.valueOf(7);

    static ItemCatalog catalog;

    @BeforeAll
    static void demoWorld() throws SQLException {
        WorldFixtures.drop("checks_world");
        try (Connection connection = TestDatabase.connect()) {
            DemoWorldDatabase.create(connection, "checks_world");
        }
        catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.named("checks_world")).load();
    }

    static InventoryItem bagged(int slot, long itemId, long stack, long durability) {
        return new InventoryItem(BOT, 19, slot, itemId, BigInteger.valueOf(1000 + slot), stack, "", durability, null);
    }

    static EquipmentItem worn(int slot, long itemId, String gems, long durability) {
        return new EquipmentItem(BOT, slot, itemId, BigInteger.valueOf(2000 + slot), "", gems, durability, null);
    }

    private static List<String> rules(List<ItemFinding> findings) {
        return findings.stream().map(f -> f.rule().id() + "@" + f.location()).toList();
    }

    @Test
    void anItemMissingFromItemTemplateIsUnknownInBagsAndOnTheBody() {
        List<ItemFinding> findings = ItemChecks.check(List.of(bagged(0, 999_999, 1, 0)),
                List.of(worn(0, 888_888, "", 0)), MAGE, catalog);

        assertThat(rules(findings)).containsExactly("item.unknown@inventory bag 19 slot 0 (item_id)",
                "item.unknown@equipment slot 0 (item_id)");
        assertThat(findings.get(0).detail()).isEqualTo("item 999999 is not in item_template");
        assertThat(findings.get(0).rule().error()).isTrue();
    }

    @Test
    void itemsWornWhereTheyDoNotFitAreFlagged() {
        List<ItemFinding> findings = ItemChecks.check(List.of(), List.of(
                worn(15, SHIELD_2_SOCKETS, "", 0),
                worn(17, OFF_HAND_WEAPON, "", 0),
                worn(12, RING, "", 0),
                worn(0, BAG, "", 0)), MAGE, catalog);

        assertThat(rules(findings)).containsExactly("equipment.wrong_slot@equipment slot 15 (slot)",
                "equipment.wrong_slot@equipment slot 17 (slot)", "equipment.wrong_slot@equipment slot 12 (slot)",
                "equipment.wrong_slot@equipment slot 0 (slot)");
        assertThat(findings.get(0).detail()).isEqualTo("The Boreal Guard (#45877) is a Shield (InventoryType 14)"
                + " and cannot be worn in slot 15 Main hand; it fits slot 16 Off hand");
        assertThat(findings.get(3).detail()).endsWith("it fits no equipment slot");
    }

    @Test
    void aTwoHanderInTheOffHandIsWrongForAMage() {
        assertThat(rules(ItemChecks.check(List.of(), List.of(worn(15, TWO_HANDER, "", 0),
                worn(16, TWO_HANDER, "", 0)), MAGE, catalog)))
                .containsExactly("equipment.wrong_slot@equipment slot 16 (slot)");
    }

    @Test
    void offHandsShieldsHeldItemsRelicsRingsTrinketsAndCloaksInTheirSlotsAreLegal() {
        List<EquipmentItem> legal = List.of(
                worn(15, ONE_HANDER, "", 90), worn(16, OFF_HAND_WEAPON, "4", 90),
                worn(17, RELIC, "", 0), worn(10, RING, "", 0), worn(11, RING, "", 0),
                worn(12, TRINKET, "", 0), worn(13, TRINKET, "", 0), worn(14, CLOAK, "", 0));

        assertThat(ItemChecks.check(List.of(), legal, MAGE, catalog)).isEmpty();
        assertThat(ItemChecks.check(List.of(), List.of(worn(16, SHIELD_2_SOCKETS, "40111,40111", 100)), MAGE,
                catalog)).isEmpty();
        assertThat(ItemChecks.check(List.of(), List.of(worn(16, HELD_IN_OFF_HAND, "", 0)), MAGE, catalog))
                .isEmpty();
        assertThat(ItemChecks.check(List.of(), List.of(worn(16, ONE_HANDER, "", 0)), MAGE, catalog)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {WorldFixtures.TRINITYCORE_CHARACTERS, WorldFixtures.AZEROTHCORE_CHARACTERS})
    void aWarriorWithTitansGripAndABotOfUnknownClassMayHoldATwoHanderInTheOffHand(String ddl) throws SQLException {
        Integer warrior = classFromCharactersTable(ddl, 1);
        Integer paladin = classFromCharactersTable(ddl, 2);
        List<EquipmentItem> titansGrip = List.of(worn(15, TWO_HANDER, "", 110), worn(16, TWO_HANDER, "", 110));

        assertThat(warrior).isEqualTo(InventoryType.WARRIOR);
        assertThat(ItemChecks.check(List.of(), titansGrip, warrior, catalog)).isEmpty();
        assertThat(ItemChecks.check(List.of(), titansGrip, null, catalog)).isEmpty();
        assertThat(rules(ItemChecks.check(List.of(), titansGrip, paladin, catalog)))
                .containsExactly("equipment.wrong_slot@equipment slot 16 (slot)");
    }

    /** Writes a bot of the class into the real characters table and reads its class back, as the doctor will. */
    private static Integer classFromCharactersTable(String ddl, int classId) throws SQLException {
        WorldFixtures.drop("checks_characters");
        TestDatabase.sql("CREATE DATABASE checks_characters");
        try (Connection connection = TestDatabase.connect()) {
            connection.setCatalog("checks_characters");
            try (Statement statement = connection.createStatement()) {
                DemoWorldDatabase.runScript(statement, WorldFixtures.resource(ddl));
                statement.execute("INSERT INTO characters (guid, account, name, race, class, taximask)"
                        + " VALUES (7, 1, 'Grommash', 2, " + classId + ", '')");
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT class FROM characters WHERE guid = ?")) {
                query.setLong(1, 7);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : null;
                }
            }
        }
    }

    @Test
    void aStackAboveStackableIsFlaggedAndAFullStackIsNot() {
        List<InventoryItem> bags = List.of(bagged(0, POTION, 20, 0), bagged(1, POTION, 21, 0),
                bagged(2, DemoItems.HEARTHSTONE, 1, 0), bagged(3, DemoItems.HEARTHSTONE, 2, 0), bagged(4, BAG, 2, 0));

        List<ItemFinding> findings = ItemChecks.check(bags, List.of(), MAGE, catalog);

        assertThat(rules(findings)).containsExactly(
                "inventory.stack_over_max@inventory bag 19 slot 1 (stack_count)",
                "inventory.stack_over_max@inventory bag 19 slot 3 (stack_count)",
                "inventory.stack_over_max@inventory bag 19 slot 4 (stack_count)");
        assertThat(findings.get(0).detail())
                .isEqualTo("a stack of 21 Runic Healing Potion (#33447), which stacks to at most 20");
    }

    @Test
    void durabilityAboveTheMaximumOrOnAnItemWithoutDurabilityIsFlagged() {
        List<ItemFinding> findings = ItemChecks.check(
                List.of(bagged(0, CHEST_3_SOCKETS, 1, 116), bagged(1, RING, 1, 1)),
                List.of(worn(4, CHEST_3_SOCKETS, "", 500), worn(14, CLOAK, "", 3)), MAGE, catalog);

        assertThat(rules(findings)).containsExactly(
                "item.durability_over_max@inventory bag 19 slot 0 (durability)",
                "item.durability_over_max@inventory bag 19 slot 1 (durability)",
                "item.durability_over_max@equipment slot 4 (durability)",
                "item.durability_over_max@equipment slot 14 (durability)");
        assertThat(findings.get(0).detail())
                .isEqualTo("durability 116 is above Embrace of the Twisting Nether (#23565)'s maximum 115");
        assertThat(findings.get(3).detail())
                .isEqualTo("durability 3 on Cloak of Unforgivable Sin (#34241), which has no durability"
                        + " (it must be 0)");
    }

    @Test
    void fullAndBrokenDurabilityAreLegal() {
        assertThat(ItemChecks.check(List.of(bagged(0, CHEST_3_SOCKETS, 1, 115), bagged(1, CHEST_3_SOCKETS, 1, 0)),
                List.of(worn(4, CHEST_3_SOCKETS, "", 0), worn(15, TWO_HANDER, "", 110)), MAGE, catalog)).isEmpty();
    }

    @Test
    void moreGemsThanSocketsIsFlagged() {
        List<ItemFinding> findings = ItemChecks.check(List.of(), List.of(
                worn(16, SHIELD_2_SOCKETS, "40111,40111,40111", 0),
                worn(17, RELIC, "40111", 0),
                worn(5, BELT_NO_SOCKET, "40111,40111", 0)), MAGE, catalog);

        assertThat(rules(findings)).containsExactly("equipment.gems_over_sockets@equipment slot 16 (gems)",
                "equipment.gems_over_sockets@equipment slot 17 (gems)",
                "equipment.gems_over_sockets@equipment slot 5 (gems)");
        assertThat(findings.get(0).detail()).isEqualTo("3 gems in The Boreal Guard (#45877), which has 2 sockets"
                + " (at most 2)");
        assertThat(findings.get(2).detail()).isEqualTo("2 gems in Angelista's Sash (#30895), which has 0 sockets"
                + " plus the one a waist item may gain (at most 1)");
        assertThat(findings.get(0).value()).isEqualTo("40111,40111,40111");
    }

    @Test
    void aBeltBuckleAndBlacksmithSocketsOnWristsAndHandsAreLegal() {
        List<EquipmentItem> legal = List.of(
                worn(5, BELT_2_SOCKETS, "40111,40111,40111", 0),
                worn(5, BELT_NO_SOCKET, "40111", 0),
                worn(8, WRISTS_2_SOCKETS, "40111,40111,40111", 0),
                worn(9, HANDS_2_SOCKETS, "40111,40111,40111", 0),
                worn(4, CHEST_3_SOCKETS, "40111,40111,40111", 0));

        for (EquipmentItem item : legal) {
            assertThat(ItemChecks.checkEquipmentItem(item, MAGE, catalog)).as("%s", item).isEmpty();
        }
    }

    @Test
    void rowsTheOlderRulesAlreadyCoverGiveNoItemFinding() {
        assertThat(ItemChecks.check(List.of(bagged(0, 0, 1, 0)), List.of(worn(19, SHIELD_2_SOCKETS, "", 0),
                worn(3, 0, "", 0)), MAGE, catalog)).isEmpty();
    }

    @Test
    void withoutWorldDataTheItemRulesAreSkippedRatherThanEveryItemCalledUnknown() {
        ItemCatalog none = ItemCatalog.unavailable("no world");

        assertThat(ItemChecks.check(List.of(bagged(0, POTION, 1, 0)), List.of(worn(0, 1, "", 0)), MAGE, none))
                .isEmpty();
        assertThat(ItemChecks.check(List.of(bagged(0, POTION, 1, 0)), List.of(), MAGE, catalog)).isEmpty();
        assertThat(ItemChecks.check(List.of(bagged(0, 1, 1, 0)), List.of(), MAGE, catalog)).hasSize(1);
    }
}
