package cymru.gofal.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as people type them: what is accepted, what each mistake is called, and no crash on any input. */
class FormDatesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(value = {
            "24/3/2027 | 2027-03-24",
            "24/03/2027 | 2027-03-24",
            "2027-03-24 | 2027-03-24",
            " 1/1/2000  | 2000-01-01",
            "29/2/2024 | 2024-02-29"
    }, delimiter = '|')
    void acceptsUkAndIsoDates(String typed, String expected) {
        List<FormError> errors = new ArrayList<>();
        assertThat(FormDates.parse("d", typed, true, "k", 1978, 2199, errors)).isEqualTo(LocalDate.parse(expected));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(value = {
            "'' | k.required",
            "30/2/2027 | k.date",
            "29/2/2027 | k.date",
            "31/4/2027 | k.date",
            "24/3/27 | k.shortYear",
            "1/1/1977 | k.range",
            "1/1/2200 | k.range",
            "tomorrow | k.date",
            "2027-3-24 | k.date",
            "<script>alert(1)</script> | k.date",
            "1'; DROP TABLE person;-- | k.date"
    }, delimiter = '|')
    void namesEachMistake(String typed, String key) {
        List<FormError> errors = new ArrayList<>();
        assertThat(FormDates.parse("d", typed, true, "k", 1978, 2199, errors)).isNull();
        assertThat(errors).extracting(FormError::messageKey).containsExactly(key);
        assertThat(errors).extracting(FormError::field).containsExactly("d");
    }

    @Test
    void neverThrowsWhateverIsTyped() {
        Random random = new Random(2026);
        String alphabet = "0123456789/-+ .:TtZz\u200f\u202e\u0000\n\t'\"<>%abcŵŷ\uD83D\uDE00";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 5_000 : 14);
            for (int c = 0; c < length; c++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<FormError> errors = new ArrayList<>();
            LocalDate parsed = FormDates.parse("d", s.toString(), false, "k", 1978, 2199, errors);
            if (parsed != null) {
                assertThat(parsed.getYear()).isBetween(1978, 2199);
                assertThat(errors).isEmpty();
            } else if (!s.toString().isBlank()) {
                assertThat(errors).as("input %s", s).hasSize(1);
            }
        }
    }
}
