package cymru.gofal.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DfE unique pupil number check letter (modulus 23 over characters 2 to 13 weighted 2 to 13). */
class UniquePupilNumbersTest {

    @Test
    void aNumberWithTheRightCheckLetterIsValid() {
        assertThat(UniquePupilNumbers.isValid("B801200005001")).isTrue();
        assertThat(UniquePupilNumbers.checkLetter("801200005001")).isEqualTo('B');
    }

    @Test
    void aWrongCheckLetterOrShapeIsRefused() {
        assertThat(UniquePupilNumbers.isValid("A801200005001")).isFalse();
        assertThat(UniquePupilNumbers.isValid("X80120000A001")).isFalse();
        assertThat(UniquePupilNumbers.isValid("b801200005001")).isFalse();
        assertThat(UniquePupilNumbers.isValid("B80120000500")).isFalse();
        assertThat(UniquePupilNumbers.isValid(null)).isFalse();
    }

    @Test
    void aTemporaryNumbersFinalLetterCountsItsPlaceInTheAlphabet() {
        // 8*2 + 1*4 + 2*5 + 5*10 + 0*13 = 80; 80 mod 23 = 11, the letter M.
        assertThat(UniquePupilNumbers.checkLetter("80120000500A")).isEqualTo('M');
    }

    @Test
    void aTemporaryNumberEndsWithALetterThatCountsInTheCheck() {
        String twelve = "67612342401A";
        assertThat(UniquePupilNumbers.isValid(UniquePupilNumbers.checkLetter(twelve) + twelve)).isTrue();
    }
}
