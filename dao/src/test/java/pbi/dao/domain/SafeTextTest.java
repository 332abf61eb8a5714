package pbi.dao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersAreShownEscaped() {
        String hostile = "12:0\u001b[2J\u001b]0;owned\u0007\u009b1m\u202e\r\n\tend\u007f";

        String shown = SafeText.escape(hostile);

        assertThat(shown).isEqualTo("12:0\\e[2J\\e]0;owned\\a\\x9b1m\\u202e\\r\\n\\tend\\x7f");
        assertThat(shown.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f);
        assertThat(SafeText.escape("Elwynn Forest, ümlaut ✓")).isEqualTo("Elwynn Forest, ümlaut ✓");
    }

    @Test
    void aLongValueShowsItsFirst80CharactersAndItsLength() {
        String big = "7".repeat(5_000_000);

        String quoted = SafeText.quoted(big);

        assertThat(quoted).isEqualTo("\"" + "7".repeat(80) + "…\" (5000000 characters)");
        assertThat(SafeText.quoted("12:0")).isEqualTo("\"12:0\"");
        assertThat(SafeText.quoted(null)).isEqualTo("NULL");
    }

    @Test
    void aHugeMalformedEnchantmentIsNotEchoedInFull() {
        String big = "x".repeat(1_000_000);

        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(big);

        assertThat(parsed.describeProblems()).hasSizeLessThan(300).contains("(1000000 characters)");
    }
}
