package cymru.gofal.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cymru.gofal.assessment.internal.Assessment;
import cymru.gofal.assessment.internal.AssessmentType;
import cymru.gofal.assessment.internal.CompletionRules;
import cymru.gofal.assessment.internal.NeedRules;
import cymru.gofal.platform.web.FormError;

import static org.assertj.core.api.Assertions.assertThat;

/** Eligibility and completion rules without Spring. */
class EligibilityRulesTest {

    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final AssessmentType CHILD = new AssessmentType("WALES_2016", "CHILD_ASSESSMENT", "Child", "Plentyn", "CHILD",
            "CHILD_ASSESSMENT", "REFERRAL_RECEIVED", "CHILDREN", true, 2);
    static final AssessmentType INITIAL = new AssessmentType("WALES_2007", "INITIAL_ASSESSMENT", "Initial", "Cychwynnol", "CHILD",
            "INITIAL_ASSESSMENT", "REFERRAL_RECEIVED", "CHILDREN", false, 5);

    static Assessment open(Boolean childSeen) {
        return new Assessment(1, 1, 1, "WALES_2016", "CHILD_ASSESSMENT", null, null, 1, null, null, null, START,
                START.plusDays(60), "CHILD_ASSESSMENT", null, null, null, null, null, null, childSeen, null, null, null, null,
                null, Assessment.AWAITING_ALLOCATION, 0);
    }

    static java.util.List<String> fields(java.util.List<FormError> errors) {
        return errors.stream().map(FormError::field).toList();
    }

    @Test
    void substantialThresholdMakesCriticalAndSubstantialEligibleOnly() {
        int substantial = 2;
        assertThat(NeedRules.bandEligible(1, substantial)).isTrue();
        assertThat(NeedRules.bandEligible(2, substantial)).isTrue();
        assertThat(NeedRules.bandEligible(3, substantial)).isFalse();
        assertThat(NeedRules.bandEligible(4, substantial)).isFalse();
    }

    @Test
    void anEligibleOutcomeNeedsAPersonWhoCannotMeetTheNeed() {
        assertThat(NeedRules.outcomeConsistent(true, false)).isFalse();
        assertThat(NeedRules.outcomeConsistent(true, true)).isTrue();
        assertThat(NeedRules.outcomeConsistent(false, false)).isTrue();
    }

    @Test
    void onlyWales2007JudgesByBand() {
        assertThat(NeedRules.byBand("WALES_2007")).isTrue();
        assertThat(NeedRules.byBand("WALES_2016")).isFalse();
    }

    @Test
    void aChildAssessmentIsNotCompletedWithoutSeenEligibilityAndAnalysis() {
        assertThat(fields(CompletionRules.problems(open(null), CHILD, 0, " ", TODAY, TODAY)))
                .containsExactly("childSeen", "domain", "summary");
    }

    @Test
    void aWales2007InitialAssessmentNeedsNoEligibility() {
        assertThat(CompletionRules.problems(open(true), INITIAL, 0, "Analysis", TODAY, TODAY)).isEmpty();
    }

    @Test
    void completionMustFallBetweenTheClockStartAndToday() {
        assertThat(fields(CompletionRules.problems(open(true), CHILD, 1, "Analysis", START.minusDays(1), TODAY))).containsExactly("completedOn");
        assertThat(fields(CompletionRules.problems(open(true), CHILD, 1, "Analysis", TODAY.plusDays(1), TODAY))).containsExactly("completedOn");
        assertThat(CompletionRules.problems(open(true), CHILD, 1, "Analysis", START, TODAY)).isEmpty();
    }

    @Test
    void seenNeedsTheDayAndAloneAndNotSeenNeedsTheReason() {
        assertThat(fields(CompletionRules.childSeen(null, null, null, null, START, TODAY))).containsExactly("childSeen");
        assertThat(fields(CompletionRules.childSeen(true, null, null, null, START, TODAY))).containsExactly("childSeenOn", "childSeenAlone");
        assertThat(fields(CompletionRules.childSeen(true, START.minusDays(1), false, null, START, TODAY))).containsExactly("childSeenOn");
        assertThat(fields(CompletionRules.childSeen(false, null, null, "", START, TODAY))).containsExactly("childNotSeenReason");
        assertThat(CompletionRules.childSeen(true, TODAY, false, null, START, TODAY)).isEmpty();
        assertThat(CompletionRules.childSeen(false, null, null, "Family moved away", START, TODAY)).isEmpty();
    }
}
