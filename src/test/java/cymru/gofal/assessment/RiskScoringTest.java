package cymru.gofal.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cymru.gofal.assessment.internal.RiskScoring;
import cymru.gofal.assessment.internal.RiskScoring.Question;
import cymru.gofal.assessment.internal.RiskScoring.Threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Risk tool scoring, as seeded for ADULT_RISK (weights 2,2,2,1,1,3; answers 0-3; LOW 0-8, MEDIUM 9-17, HIGH 18-33). */
class RiskScoringTest {

    static final List<Question> QUESTIONS = List.of(new Question(1, 2), new Question(2, 2), new Question(3, 2), new Question(4, 1),
            new Question(5, 1), new Question(6, 3));
    static final List<Integer> VALUES = List.of(0, 1, 2, 3);
    static final List<Threshold> THRESHOLDS = List.of(new Threshold("LOW", 0, 8), new Threshold("MEDIUM", 9, 17),
            new Threshold("HIGH", 18, 33));

    static Map<Integer, Integer> answers(int... values) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(i + 1, values[i]);
        }
        return m;
    }

    static RiskScoring.Result score(int... values) {
        return RiskScoring.score(QUESTIONS, answers(values), VALUES, THRESHOLDS);
    }

    @Test
    void noConcernAnywhereScoresZeroAndLow() {
        assertThat(score(0, 0, 0, 0, 0, 0)).isEqualTo(new RiskScoring.Result(0, "LOW"));
    }

    @Test
    void scoreIsTheSumOfWeightTimesAnswer() {
        assertThat(score(1, 0, 0, 0, 0, 2).score()).isEqualTo(2 + 6);
    }

    @Test
    void eightIsStillLowAndNineIsMedium() {
        assertThat(score(1, 1, 1, 1, 1, 0)).isEqualTo(new RiskScoring.Result(8, "LOW"));
        assertThat(score(0, 0, 0, 0, 0, 3)).isEqualTo(new RiskScoring.Result(9, "MEDIUM"));
    }

    @Test
    void seventeenIsStillMediumAndEighteenIsHigh() {
        assertThat(score(3, 1, 0, 1, 2, 2)).isEqualTo(new RiskScoring.Result(17, "MEDIUM"));
        assertThat(score(3, 3, 0, 0, 0, 2)).isEqualTo(new RiskScoring.Result(18, "HIGH"));
    }

    @Test
    void everythingSeriousScoresTheMaximumAndHigh() {
        assertThat(score(3, 3, 3, 3, 3, 3)).isEqualTo(new RiskScoring.Result(33, "HIGH"));
    }

    @Test
    void anUnansweredQuestionOrAValueOffTheScaleIsRefused() {
        Map<Integer, Integer> missing = answers(0, 0, 0, 0, 0);
        assertThatThrownBy(() -> RiskScoring.score(QUESTIONS, missing, VALUES, THRESHOLDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> score(0, 0, 0, 0, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        Map<Integer, Integer> extra = answers(0, 0, 0, 0, 0, 0, 1);
        assertThatThrownBy(() -> RiskScoring.score(QUESTIONS, extra, VALUES, THRESHOLDS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreNoRangeHoldsIsAConfigurationError() {
        List<Threshold> gap = List.of(new Threshold("LOW", 0, 8), new Threshold("HIGH", 10, 33));
        assertThatThrownBy(() -> RiskScoring.score(QUESTIONS, answers(0, 0, 0, 0, 0, 3), VALUES, gap))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
