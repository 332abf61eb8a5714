package pbi.dao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemStringsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3225:0", "3225:0;3229:3600", "3225:0;3229:3600;3232:0", "4294967295:9223372036854775807",
        "1:0;2:0;3:0;4:0;5:0;6:0;7:0;8:0;9:0;10:0;11:0;12:0"})
    void wellFormedEnchantmentsRoundTrip(String raw) {
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(raw);

        assertThat(parsed.valid()).as(parsed.describeProblems()).isTrue();
        assertThat(ItemStrings.formatEnchantments(parsed.values())).isEqualTo(raw);
        assertThat(parsed.raw()).isSameAs(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"41398", "41398,40111", "41398,40111,40112"})
    void wellFormedGemsRoundTrip(String raw) {
        Parsed<Long> parsed = ItemStrings.parseGems(raw);

        assertThat(parsed.valid()).isTrue();
        assertThat(ItemStrings.formatGems(parsed.values())).isEqualTo(raw);
    }

    @Test
    void nullAndEmptyMeanNoneButStayDifferent() {
        Parsed<Enchantment> none = ItemStrings.parseEnchantments(null);
        Parsed<Enchantment> empty = ItemStrings.parseEnchantments("");
        Parsed<Long> noGems = ItemStrings.parseGems(null);
        Parsed<Long> emptyGems = ItemStrings.parseGems("");

        assertThat(none.valid()).isTrue();
        assertThat(none.raw()).isNull();
        assertThat(empty.valid()).isTrue();
        assertThat(empty.raw()).isEmpty();
        assertThat(none.values()).isEmpty();
        assertThat(noGems.raw()).isNull();
        assertThat(emptyGems.raw()).isEmpty();
        assertThat(ItemStrings.formatEnchantments(List.of())).isEmpty();
    }

    @Test
    void enchantmentsValuesAndDescription() {
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments("3225:0;3229:3600");

        assertThat(parsed.values()).containsExactly(new Enchantment(3225, 0), new Enchantment(3229, 3600));
        assertThat(ItemStrings.describeEnchantments(parsed)).isEqualTo("3225 (permanent), 3229 (1h 0m left)");
    }

    @Test
    void negativeDurationIsNamedWithItsEntryAndKeptForWritingBack() {
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments("3225:0;3229:-60");

        assertThat(parsed.problems()).containsExactly("entry 2 \"3229:-60\": duration -60 is negative");
        assertThat(parsed.values()).containsExactly(new Enchantment(3225, 0), new Enchantment(3229, -60));
        assertThat(parsed.raw()).isEqualTo("3225:0;3229:-60");
    }

    @Test
    void aNumberPastTheLongRangeIsAProblemNotACrash() {
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments("1:9999999999999999999");
        Parsed<Long> gems = ItemStrings.parseGems("9999999999999999999");

        assertThat(parsed.problems()).singleElement().asString().contains("9999999999999999999", "whole number");
        assertThat(parsed.raw()).isEqualTo("1:9999999999999999999");
        assertThat(gems.problems()).singleElement().asString().contains("not a whole number");
    }

    @Test
    void moreThanTwelveEnchantmentsIsReported() {
        String thirteen = "3225:0;".repeat(12) + "3229:3600";

        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(thirteen);

        assertThat(parsed.problems()).containsExactly("13 enchantments, but an item has at most 12 slots");
        assertThat(parsed.values()).hasSize(13);
    }

    @Test
    void strayEnchantmentSeparatorsAreNamed() {
        assertThat(ItemStrings.parseEnchantments("3225:0;").problems())
                .containsExactly("entry 2 \"\" is empty (stray ';')");
        assertThat(ItemStrings.parseEnchantments(";3225:0").problems())
                .containsExactly("entry 1 \"\" is empty (stray ';')");
        assertThat(ItemStrings.parseEnchantments("3225:0;;3229:3600").problems())
                .containsExactly("entry 2 \"\" is empty (stray ';')");
    }

    @Test
    void badEnchantmentTokensSayWhichPartIsWrong() {
        assertThat(ItemStrings.parseEnchantments("3225").problems())
                .containsExactly("entry 1 \"3225\" must be enchantId:duration");
        assertThat(ItemStrings.parseEnchantments("3789:0:0").problems())
                .containsExactly("entry 1 \"3789:0:0\" must be enchantId:duration");
        assertThat(ItemStrings.parseEnchantments("abc:0").problems())
                .containsExactly("entry 1 \"abc:0\": enchantment id \"abc\" is not a whole number");
        assertThat(ItemStrings.parseEnchantments(":3600").problems())
                .containsExactly("entry 1 \":3600\": enchantment id \"\" is not a whole number");
        assertThat(ItemStrings.parseEnchantments("0:0").problems())
                .containsExactly("entry 1 \"0:0\": enchantment id 0 must be between 1 and 4294967295");
        assertThat(ItemStrings.parseEnchantments("3225:1h").problems())
                .containsExactly("entry 1 \"3225:1h\": duration \"1h\" is not a whole number of seconds");
    }

    @Test
    void gemProblemsSayWhichGemAndWhy() {
        assertThat(ItemStrings.parseGems("41398,,40111").problems())
                .containsExactly("gem 2 \"\" is empty (stray ',')");
        assertThat(ItemStrings.parseGems("41398,").problems())
                .containsExactly("gem 2 \"\" is empty (stray ',')");
        assertThat(ItemStrings.parseGems("4l398").problems())
                .containsExactly("gem 1 \"4l398\" is not a whole number");
        assertThat(ItemStrings.parseGems("40111;40112").problems())
                .containsExactly("gem 1 \"40111;40112\" is not a whole number");
        assertThat(ItemStrings.parseGems("0").problems())
                .containsExactly("gem 1 \"0\" must be between 1 and 4294967295");
    }

    @Test
    void moreThanThreeGemsIsReported() {
        Parsed<Long> parsed = ItemStrings.parseGems("41398,40111,40112,40113");

        assertThat(parsed.problems()).containsExactly("4 gems, but an item has at most 3 sockets");
        assertThat(parsed.values()).containsExactly(41398L, 40111L, 40112L, 40113L);
        assertThat(parsed.describeProblems()).isEqualTo("4 gems, but an item has at most 3 sockets");
    }
}
