package pbi.dao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsCopperAsGoldSilverAndCopperWithGrouping() {
        assertThat(Money.format(BigInteger.valueOf(2_147_483_646L))).isEqualTo("214,748g 36s 46c");
        assertThat(Money.format(BigInteger.ZERO)).isEqualTo("0g 0s 0c");
        assertThat(Money.format(null)).isEmpty();
    }

    @Test
    void parsesGoldPiecesAndCoinsToTheSameCopper() {
        assertThat(Money.parse("12g 34s 56c", "x")).isEqualTo(BigInteger.valueOf(123_456));
        assertThat(Money.parse("1,500", "x")).isEqualTo(BigInteger.valueOf(15_000_000));
        assertThat(Money.parse("2.5", "x")).isEqualTo(BigInteger.valueOf(25_000));
        assertThat(Money.parse("3s", "x")).isEqualTo(BigInteger.valueOf(300));
        assertThat(Money.parse("  ", "x")).isNull();
    }

    @Test
    void aFilterThatIsNeitherGoldPiecesNorCoinsSaysWhatIsExpected() {
        assertThatThrownBy(() -> Money.parse("12g 340s", "Least gold"))
                .hasMessage("Least gold must be gold pieces (1500) or like 12g 34s 56c");
        assertThatThrownBy(() -> Money.parse("lots", "Most gold"))
                .hasMessage("Most gold must be gold pieces (1500) or like 12g 34s 56c");
    }

    @Test
    void theEditorBoxesNameTheBoxThatIsWrong() {
        assertThat(Money.wholeGold("1,234")).isEqualTo(BigInteger.valueOf(1234));
        assertThat(Money.coin("7", "Silver")).isEqualTo(7);
        assertThatThrownBy(() -> Money.wholeGold("1.5")).isInstanceOfSatisfying(Money.Coins.class,
                e -> assertThat(e.part()).isEqualTo(Money.Coins.Part.GOLD))
                .hasMessage("Gold must be a whole number of gold pieces");
        assertThatThrownBy(() -> Money.coin("100", "Copper")).isInstanceOfSatisfying(Money.Coins.class,
                e -> assertThat(e.part()).isEqualTo(Money.Coins.Part.COPPER))
                .hasMessage("Copper must be a whole number from 0 to 99");
    }

    @Test
    void theCapMessageReadsInCoins() {
        assertThat(Money.atMost("Gold", BigInteger.valueOf(2_147_483_646L)))
                .isEqualTo("Gold must be at most 214,748g 36s 46c");
    }
}
