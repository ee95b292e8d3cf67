package cymru.gofal.simulator;

import org.junit.jupiter.api.Test;

import cymru.gofal.simulator.internal.UniquePupilNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/** The DfE check letter: modulus 23 of characters 2-13 weighted 2-13, letters without I, O and S. */
class UniquePupilNumbersTest {

    @Test
    void checkLetterOfAPublishedExample() {
        // 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1, the second letter.
        assertThat(UniquePupilNumbers.checkLetter("801200005001")).isEqualTo('B');
        assertThat(UniquePupilNumbers.isValid("B801200005001")).isTrue();
        assertThat(UniquePupilNumbers.isValid("A801200005001")).isFalse();
    }

    @Test
    void aTemporaryNumberEndsInALetterCountedByItsPlace() {
        // The same digits with the serial's last character a letter: A counts 0, so the sum is 80 (mod 23 = 11, M).
        assertThat(UniquePupilNumbers.checkLetter("80120000500A")).isEqualTo('M');
    }

    @Test
    void malformedNumbersAreNotValid() {
        assertThat(UniquePupilNumbers.isValid(null)).isFalse();
        assertThat(UniquePupilNumbers.isValid("B80120000500")).isFalse();
        assertThat(UniquePupilNumbers.isValid("b801200005001")).isFalse();
    }
}
