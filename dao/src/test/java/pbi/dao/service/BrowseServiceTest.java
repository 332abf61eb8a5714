package pbi.dao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pbi.dao.db.Database;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotSort;
import pbi.dao.domain.BotState;
import pbi.dao.domain.CharacterInfo;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.ZoneCount;
import pbi.dao.mapper.BrowseMapper;
import pbi.dao.mapper.StateMapper;
import pbi.dao.testing.Bots;
import pbi.dao.testing.TestDatabase;

class BrowseServiceTest {

    private static final BigInteger HUGE_GUID = ColumnRanges.MAX_BIGINT_UNSIGNED;

    @BeforeEach
    void fillWithTiedBots() {
        TestDatabase.reset();
        try (SqlSession session = TestDatabase.database().openBatchSession()) {
            StateMapper states = session.getMapper(StateMapper.class);
            for (int i = 1; i <= 90; i++) {
                states.insertState(tiedBot(i, BigInteger.valueOf(i)));
            }
            states.insertState(tiedBot(91, HUGE_GUID));
            session.commit();
        }
        TestDatabase.sql("UPDATE playerbot_state SET last_updated = TIMESTAMP('2025-01-01 00:00:00')"
                + " + INTERVAL (bot_guid MOD 4) DAY");
    }

    /** Many equal levels, gold, health, mana, zones and times, so that every sort has ties for guid to break. */
    private static BotState tiedBot(int i, BigInteger guid) {
        long map = i <= 60 ? 0 : i <= 80 ? 1 : 571;
        long zone = i <= 60 ? 12 : i <= 80 ? 14 : 4395;
        BigInteger gold = i % 5 == 0 ? ColumnRanges.MAX_BIGINT_UNSIGNED : BigInteger.valueOf((i % 4) * 1000L);
        return Bots.state(1).withGuid(guid).withGold(gold).withVitals(100 + i % 3, i % 2 * 50L, 10 + i % 7)
                .withPosition(1, 2, 3, map, zone, 0);
    }

    private static List<BigInteger> walk(BrowseService browse, BotQuery query) {
        List<BigInteger> guids = new ArrayList<>();
        BotQuery page = query.withLimit(7);
        for (int pages = 0; pages < 100; pages++) {
            List<BotRow> rows = browse.page(page);
            rows.forEach(r -> guids.add(r.botGuid()));
            if (rows.size() < 7) {
                return guids;
            }
            page = page.after(rows.get(rows.size() - 1));
        }
        throw new AssertionError("paging did not end");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<BigInteger> expected(BrowseService browse, BotQuery query) {
        List<BotRow> all = new ArrayList<>(browse.page(query.sortedBy(BotSort.GUID, false).withLimit(10_000)));
        Comparator<BotRow> order = Comparator.comparing(r -> (Comparable) query.sort().valueOf(r));
        order = order.thenComparing(BotRow::botGuid);
        all.sort(query.descending() ? order.reversed() : order);
        return all.stream().map(BotRow::botGuid).toList();
    }

    @ParameterizedTest
    @EnumSource(value = BotSort.class, names = "NAME", mode = EnumSource.Mode.EXCLUDE)
    void keysetPagesVisitEveryBotOnceInOrderBothWays(BotSort sort) {
        BrowseService browse = new BrowseService(TestDatabase.database());
        for (BotQuery base : List.of(BotQuery.zone(0L, 12L), BotQuery.zone(null, null), BotQuery.zone(571L, null))) {
            for (boolean descending : List.of(false, true)) {
                BotQuery query = base.sortedBy(sort, descending);

                List<BigInteger> walked = walk(browse, query);

                assertThat(walked).as("%s %s", sort, descending ? "descending" : "ascending")
                        .doesNotHaveDuplicates()
                        .hasSize((int) browse.count(query))
                        .isEqualTo(expected(browse, query));
            }
        }
    }

    @Test
    void countsPerZoneAndInTotal() {
        BrowseService browse = new BrowseService(TestDatabase.database());

        List<ZoneCount> counts = browse.zoneCounts();

        assertThat(counts).containsExactly(new ZoneCount(0, 12, 60), new ZoneCount(1, 14, 20),
                new ZoneCount(571, 4395, 11));
        assertThat(browse.count(BotQuery.zone(null, null))).isEqualTo(91);
        assertThat(browse.count(BotQuery.zone(1L, 14L))).isEqualTo(20);
    }

    @Test
    void filtersNarrowPagesAndCountsAlike() {
        BrowseService browse = new BrowseService(TestDatabase.database());
        BotQuery all = BotQuery.zone(null, null).withLimit(1000);

        List<BotRow> byGuid = browse.page(all.withFilters(BigInteger.valueOf(17), null, null, null, null, null, null));
        List<BotRow> byLevel = browse.page(all.withFilters(null, null, 12, 13, null, null, null));
        List<BotRow> rich = browse.page(all.withFilters(null, null, null, null,
                BigInteger.ONE.shiftLeft(63), null, null));
        List<BotRow> poor = browse.page(all.withFilters(null, null, null, null, null, BigInteger.valueOf(1000), null));
        List<BotRow> recent = browse.page(all.withFilters(null, null, null, null, null, null,
                LocalDateTime.of(2025, 1, 4, 0, 0)));

        assertThat(byGuid).extracting(BotRow::botGuid).containsExactly(BigInteger.valueOf(17));
        assertThat(byLevel).isNotEmpty().allMatch(r -> r.level() == 12 || r.level() == 13);
        assertThat(byLevel).hasSize((int) browse.count(all.withFilters(null, null, 12, 13, null, null, null)));
        assertThat(rich).hasSize(18).allMatch(r -> r.goldCopper().equals(ColumnRanges.MAX_BIGINT_UNSIGNED));
        assertThat(poor).isNotEmpty().allMatch(r -> r.goldCopper().compareTo(BigInteger.valueOf(1000)) <= 0);
        assertThat(recent).isNotEmpty().allMatch(r -> r.lastUpdated().getDayOfMonth() == 4);
        assertThat(browse.count(all.withFilters(null, null, null, null, null, null,
                LocalDateTime.of(2025, 1, 4, 0, 0)))).isEqualTo(recent.size());
    }

    @Test
    void injectionTextFindsNothingAndChangesNothing() {
        String attack = "' OR 1=1 --";
        BrowseService browse = new BrowseService(TestDatabase.database());
        BotQuery query = BotQuery.zone(null, null).withFilters(null, attack, null, null, null, null, null);

        List<BotRow> page = browse.page(query);
        long count = browse.count(query);

        assertThat(page).isEmpty();
        assertThat(count).isZero();
        assertThat(browse.count(BotQuery.zone(null, null))).isEqualTo(91);
    }

    @Test
    void injectionTextFindsNothingByNameWhenCharactersExist() throws SQLException {
        createCharacters();
        try (Database database = Database.open(TestDatabase.settings())) {
            BrowseService browse = new BrowseService(database);
            BotQuery query = BotQuery.zone(null, null).withFilters(null, "' OR 1=1 --", null, null, null, null, null);
            BotQuery underscore = BotQuery.zone(null, null).withFilters(null, "A_", null, null, null, null, null);

            assertThat(browse.page(query)).isEmpty();
            assertThat(browse.count(query)).isZero();
            assertThat(browse.page(underscore)).as("_ is a character, not a wildcard").isEmpty();
            assertThat(browse.count(BotQuery.zone(null, null))).isEqualTo(91);
        }
    }

    @Test
    void pagesCarryCharacterNamesWhenTheTableExistsAndSortByName() throws SQLException {
        createCharacters();
        try (Database database = Database.open(TestDatabase.settings())) {
            BrowseService browse = new BrowseService(database);

            List<BotRow> first = browse.page(BotQuery.zone(0L, 12L));
            List<BotRow> prefixed = browse.page(BotQuery.zone(null, null).withLimit(500)
                    .withFilters(null, "Bot1", null, null, null, null, null));
            CharacterInfo character = browse.character(BigInteger.valueOf(3)).orElseThrow();

            assertThat(browse.hasCharacters()).isTrue();
            assertThat(first.get(0).name()).isEqualTo("Botb");
            assertThat(first.get(0).race()).isEqualTo(1);
            assertThat(first.get(0).characterClass()).isEqualTo(2);
            assertThat(first.stream().filter(BotRow::isOnline)).isNotEmpty();
            assertThat(prefixed).isNotEmpty().allMatch(r -> r.name().startsWith("Bot1"));
            assertThat(character).isEqualTo(new CharacterInfo(3, "Botd", 1, 2, 13, false));
            for (boolean descending : List.of(false, true)) {
                BotQuery byName = BotQuery.zone(null, null).sortedBy(BotSort.NAME, descending);
                assertThat(walk(browse, byName)).doesNotHaveDuplicates().isEqualTo(expected(browse, byName));
            }
        }
    }

    @Test
    void pagesWithoutACharactersTableHaveNoNamesAndNameSortFallsBackToGuid() {
        BrowseService browse = new BrowseService(TestDatabase.database());

        List<BotRow> rows = browse.page(BotQuery.zone(null, null).sortedBy(BotSort.NAME, false));

        assertThat(browse.hasCharacters()).isFalse();
        assertThat(browse.character(BigInteger.ONE)).isEmpty();
        assertThat(rows).isNotEmpty().allMatch(r -> r.name() == null && r.race() == null && r.online() == null);
        assertThat(rows.get(0).botGuid()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void charactersTableMustHaveTheColumnsWeRead() throws SQLException {
        try (SqlSession session = TestDatabase.database().openSession()) {
            BrowseMapper mapper = session.getMapper(BrowseMapper.class);
            assertThat(mapper.playerbotTableCount()).isEqualTo(3);
            assertThat(mapper.charactersTableExists()).isZero();
            TestDatabase.sql("CREATE TABLE characters (guid INT UNSIGNED PRIMARY KEY, name VARCHAR(12))");
            assertThat(mapper.charactersTableExists()).as("a table without race, class, level, online").isZero();
            TestDatabase.sql("DROP TABLE characters");
            createCharacters();
            assertThat(mapper.charactersTableExists()).isEqualTo(1);
        }
    }

    /** Names "Bot" + a letter per guid (b, c, ...; guid 1 is "Botb"); bots 81 to 90 and the huge guid have none. */
    private static void createCharacters() throws SQLException {
        List<String> inserts = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            String name = "Bot" + (i < 10 ? String.valueOf((char) ('a' + i)) : String.valueOf(i));
            inserts.add("INSERT INTO characters (guid, account, name, race, class, level, online) VALUES (" + i
                    + ", 1, '" + name + "', 1, 2, " + (10 + i % 7) + ", " + (i % 10 == 0 ? 1 : 0) + ")");
        }
        TestDatabase.characters(inserts.toArray(String[]::new));
    }
}
