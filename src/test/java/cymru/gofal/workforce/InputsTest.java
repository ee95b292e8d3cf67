package cymru.gofal.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.gofal.workforce.internal.Inputs;
import cymru.gofal.workforce.internal.Problem;
import cymru.gofal.workforce.internal.WorkforceRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of single values that pages and API share, without Spring. */
class InputsTest {

    private final List<Problem> problems = new ArrayList<>();

    private BigDecimal hours(String v) {
        return Inputs.decimal("hoursPerWeek", v, BigDecimal.ZERO, WorkforceRules.MAX_HOURS, 1, problems);
    }

    @Test
    void hoursMustBeAboveZeroAndAtMostTheWorkingTimeLimit() {
        assertThat(hours("37")).isEqualByComparingTo("37");
        assertThat(hours("48")).isEqualByComparingTo("48");
        assertThat(hours("0.5")).isEqualByComparingTo("0.5");
        assertThat(problems).isEmpty();
        assertThat(hours("0")).isNull();
        assertThat(hours("48.1")).isNull();
        assertThat(hours("22.25")).isNull();
        assertThat(problems).extracting(Problem::key).containsOnly("workforce.error.hoursPerWeek.range");
    }

    @Test
    void hoursThatAreNotANumberAreNamedAsSuch() {
        assertThat(hours("thirty")).isNull();
        assertThat(hours("-5")).isNull();
        assertThat(hours("1e3")).isNull();
        assertThat(problems).extracting(Problem::key).containsOnly("workforce.error.hoursPerWeek.invalid");
        problems.clear();
        assertThat(hours(" ")).isNull();
        assertThat(problems).extracting(Problem::key).containsExactly("workforce.error.hoursPerWeek.required");
    }

    @Test
    void capacityIsAWholeNumberFromZeroToTwoHundred() {
        assertThat(Inputs.integer("caseloadCapacity", "0", 0, 200, problems)).isZero();
        assertThat(Inputs.integer("caseloadCapacity", "200", 0, 200, problems)).isEqualTo(200);
        assertThat(problems).isEmpty();
        assertThat(Inputs.integer("caseloadCapacity", "201", 0, 200, problems)).isNull();
        assertThat(Inputs.integer("caseloadCapacity", "99999999999999999999", 0, 200, problems)).isNull();
        assertThat(Inputs.integer("caseloadCapacity", "1.5", 0, 200, problems)).isNull();
        assertThat(problems).hasSize(3);
    }

    @Test
    void textIsStrippedAndRefusedWhenTooLongOrHoldingControlCharacters() {
        assertThat(Inputs.text("familyName", "  Llewelyn-Bowen ", true, 200, problems)).isEqualTo("Llewelyn-Bowen");
        assertThat(Inputs.text("familyName", "<b>Ap Gruffydd</b>", true, 200, problems)).isEqualTo("<b>Ap Gruffydd</b>");
        assertThat(problems).isEmpty();
        assertThat(Inputs.text("familyName", "x".repeat(10 * 1024 * 1024), true, 200, problems)).isNull();
        assertThat(Inputs.text("familyName", "Jones\u0000", true, 200, problems)).isNull();
        assertThat(Inputs.text("familyName", "", true, 200, problems)).isNull();
        assertThat(Inputs.text("username", "", false, 100, problems)).isNull();
        assertThat(problems).extracting(Problem::key).containsExactly("workforce.error.familyName.tooLong",
                "workforce.error.familyName.invalid", "workforce.error.familyName.required");
    }

    @Test
    void yesNoAcceptsTheUsualWordsOnly() {
        assertThat(Inputs.yesNo("scwRegistered", "true", problems)).isTrue();
        assertThat(Inputs.yesNo("scwRegistered", "No", problems)).isFalse();
        assertThat(Inputs.yesNo("scwRegistered", null, problems)).isFalse();
        assertThat(problems).isEmpty();
        assertThat(Inputs.yesNo("scwRegistered", "maybe", problems)).isFalse();
        assertThat(problems).hasSize(1);
    }
}
