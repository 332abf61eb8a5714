package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;
import static pbi.dao.world.WorldFixtures.Layout.AZEROTHCORE;
import static pbi.dao.world.WorldFixtures.Layout.TRINITYCORE;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.testing.TestDatabase;

class WorldLocatorTest {

    private static final List<ItemTemplate> ONE_ITEM = List.of(WorldFixtures.item(19019, "Thunderfury", 13));

    @BeforeEach
    void noWorldDatabases() {
        WorldFixtures.drop("world", "acore_world", "realm2_world", "not_a_world", "we`ird");
    }

    @Test
    void findsTrinityCoresWorldOnTheSameServer() {
        WorldFixtures.create("world", TRINITYCORE, ONE_ITEM);

        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.automatic());

        assertThat(location.available()).isTrue();
        assertThat(location.schema()).isEqualTo("world");
        assertThat(location.sameServer()).isTrue();
        assertThat(location.description()).isEqualTo("world on the same server");
        assertThat(location.quotedSchema()).isEqualTo("`world`");
        ItemCatalog catalog = ItemCatalog.lazy(WorldFixtures.sameServer(), WorldSource.automatic());
        assertThat(catalog.location()).map(WorldLocation::schema).contains("world");
        assertThat(ItemCatalog.of("demo", ONE_ITEM).location()).isEmpty();
    }

    @Test
    void findsAzerothCoresAcoreWorld() {
        WorldFixtures.create("acore_world", AZEROTHCORE, ONE_ITEM);

        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.automatic());

        assertThat(location.schema()).isEqualTo("acore_world");
    }

    @Test
    void prefersWorldWhenBothExist() {
        WorldFixtures.create("acore_world", AZEROTHCORE, ONE_ITEM);
        WorldFixtures.create("world", TRINITYCORE, ONE_ITEM);

        assertThat(WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.automatic()).schema())
                .isEqualTo("world");
    }

    @Test
    void findsAnExplicitlyNamedDatabaseThatTheDefaultSearchIgnores() {
        WorldFixtures.create("realm2_world", TRINITYCORE, ONE_ITEM);

        assertThat(WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.automatic()).available()).isFalse();
        WorldLocation named = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.named("realm2_world"));
        assertThat(named.schema()).isEqualTo("realm2_world");
    }

    @Test
    void saysClearlyWhyNoWorldDatabaseWasFound() {
        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.automatic());

        assertThat(location.available()).isFalse();
        assertThat(location.reason()).isEqualTo("no database named world or acore_world with an item_template"
                + " table on the same server (use --world NAME to name it)");
        assertThat(ItemCatalog.lazy(location).unavailableReason()).contains(location.reason());
    }

    @Test
    void aNamedDatabaseThatIsMissingOrHasNoItemTemplateIsReportedAsSuch() {
        TestDatabase.sql("CREATE DATABASE not_a_world");

        assertThat(WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.named("nope")).reason())
                .isEqualTo("no database named nope on the same server (or this account may not see it)");
        assertThat(WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.named("not_a_world")).reason())
                .isEqualTo("the database not_a_world on the same server has no item_template table");
    }

    @Test
    void aNameWithABackquoteCannotBreakOutOfTheQuery() {
        WorldFixtures.create("we`ird", TRINITYCORE, ONE_ITEM);

        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.named("we`ird"));
        ItemCatalog catalog = ItemCatalog.lazy(location);

        assertThat(location.quotedSchema()).isEqualTo("`we``ird`");
        assertThat(catalog.find(19019)).map(ItemTemplate::name).contains("Thunderfury");
    }

    @Test
    void aWorldUrlReadsTheDatabaseItNames() {
        WorldFixtures.create("realm2_world", AZEROTHCORE, ONE_ITEM);
        ConnectionSettings own = TestDatabase.settings();
        String url = own.jdbcUrl().replaceFirst("/pbi_test\\?", "/realm2_world?");
        ConnectionSettings other = new ConnectionSettings("world", url, own.user(), own.password());

        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.at(other));

        assertThat(location.schema()).isEqualTo("realm2_world");
        assertThat(location.sameServer()).isFalse();
        assertThat(location.description()).startsWith("realm2_world at 127.0.0.1:");
        assertThat(ItemCatalog.lazy(location).find(19019)).isPresent();
    }

    @Test
    void aWorldUrlWithoutADatabaseLooksForWorldThere() {
        WorldFixtures.create("acore_world", AZEROTHCORE, ONE_ITEM);
        ConnectionSettings own = TestDatabase.settings();
        String url = own.jdbcUrl().replaceFirst("/pbi_test\\?", "/?");

        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(),
                WorldSource.at(new ConnectionSettings("w", url, own.user(), own.password())));

        assertThat(location.schema()).isEqualTo("acore_world");
    }

    @Test
    void anUnreachableWorldServerIsAReasonNotAnException() {
        ConnectionSettings nowhere = new ConnectionSettings("w",
                "jdbc:mysql://127.0.0.1:1/world?connectTimeout=2000", "root", "secret");

        WorldLocation location = WorldLocator.locate(WorldFixtures.sameServer(), WorldSource.at(nowhere));

        assertThat(location.available()).isFalse();
        assertThat(location.reason()).startsWith("cannot read the world database at 127.0.0.1:1: ")
                .doesNotContain("secret").doesNotContain("\n");
    }

    @Test
    void commandLineOptionsBuildTheSource() {
        ConnectionSettings characters = new ConnectionSettings("realm", "jdbc:mysql://h:3306/characters", "trinity",
                "pw");

        assertThat(WorldSource.fromOptions(null, null, characters)).isEqualTo(WorldSource.automatic());
        assertThat(WorldSource.fromOptions(" realm2_world ", "", characters))
                .isEqualTo(WorldSource.named("realm2_world"));
        WorldSource url = WorldSource.fromOptions(null, "jdbc:mysql://other:3306/world", characters);
        assertThat(url.sameServer()).isFalse();
        assertThat(url.otherServer().user()).isEqualTo("trinity");
        assertThat(url.otherServer().password()).isEqualTo("pw");
        assertThat(url.toString()).doesNotContain("pw");
    }

    @Test
    void theHostShownForAUrlCarriesNoCredentialsOrParameters() {
        assertThat(WorldLocator.hostOf("jdbc:mysql://trinity:pw@realm.example:3306/world?password=x"))
                .isEqualTo("realm.example:3306");
        assertThat(WorldLocator.hostOf("jdbc:mariadb://db:3307")).isEqualTo("db:3307");
    }
}
