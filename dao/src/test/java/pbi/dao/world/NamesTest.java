package pbi.dao.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void enchantmentsAreNamedFromTheShippedTableAndUnknownIdsStayNumbers() {
        assertThat(EnchantNames.size()).isEqualTo(218);
        assertThat(EnchantNames.name(368)).contains("Enchant Cloak - Greater Agility");
        assertThat(EnchantNames.label(369)).isEqualTo("Bracer - Major Intellect");
        assertThat(EnchantNames.label(999_999)).isEqualTo("999999");
    }

    @Test
    void gemsHaveANameAColourAndAQuality() {
        assertThat(GemNames.all()).hasSize(366);
        GemNames.Gem gem = GemNames.find(41398).orElseThrow();
        assertThat(gem.name()).isEqualTo("Relentless Earthsiege Diamond");
        assertThat(gem.color()).isEqualTo("meta");
        assertThat(gem.quality()).isEqualTo(Quality.RARE);
        assertThat(GemNames.label(42142)).isEqualTo("Bold Dragon's Eye (red)");
        assertThat(GemNames.label(1)).isEqualTo("1");
    }

    @Test
    void aQuotedNameWithACommaIsOneField() {
        assertThat(Csv.split("19019,\"Thunderfury, Blessed Blade of the Windseeker\",5,80,13,0,"))
                .containsExactly("19019", "Thunderfury, Blessed Blade of the Windseeker", "5", "80", "13", "0", "");
        assertThat(Csv.split("1,\"say \"\"hi\"\"\",2")).containsExactly("1", "say \"hi\"", "2");
    }
}
