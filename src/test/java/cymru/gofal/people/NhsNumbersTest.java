package cymru.gofal.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NHS Data Dictionary, "NHS Number": modulus 11 check digit. */
class NhsNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "0000000000"})
    void validNumbersPassTheModulus11Check(String typed) {
        assertThat(NhsNumbers.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "943476591X", "", "  ", "1000000010"})
    void invalidNumbersAreRefused(String typed) {
        assertThat(NhsNumbers.isValid(typed)).isFalse();
    }

    @Test
    void nineDigitsWhoseCheckWouldBeTenHaveNoValidNumber() {
        // 000000001: weighted sum 1*2 = 2, 11 - 2 = 9.
        assertThat(NhsNumbers.checkDigit("000000001")).isEqualTo(9);
        // 100000001: weighted sum 1*10 + 1*2 = 12, remainder 1, 11 - 1 = 10: no valid number.
        assertThat(NhsNumbers.checkDigit("100000001")).isEqualTo(-1);
    }

    @Test
    void formattedAsThreeThreeFour() {
        assertThat(NhsNumbers.formatted("9434765919")).isEqualTo("943 476 5919");
    }
}
