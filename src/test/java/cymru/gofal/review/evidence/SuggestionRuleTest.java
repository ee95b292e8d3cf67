package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionRuleTest {

    private static List<BigDecimal> grades(String... scores) {
        return java.util.Arrays.stream(scores).map(BigDecimal::new).toList();
    }

    @Test
    void anAreaWithNoEvidenceGetsNoSuggestion() {
        assertThat(SuggestionRule.suggest(new SuggestionRule.AreaEvidence(0, 0, 3, List.of()), 4)).isEmpty();
    }

    @Test
    void indicatorsWithoutATargetCountNeitherWay() {
        var s = SuggestionRule.suggest(new SuggestionRule.AreaEvidence(3, 1, 5, List.of()), 4).orElseThrow();
        assertThat(s.indicatorShare()).isEqualByComparingTo("0.75");
        assertThat(s.levelOrdinal()).isEqualTo(4);
    }

    @Test
    void theScoreIsTheAverageOfTheIndicatorShareAndTheAverageGrade() {
        // 1 of 2 on target = 0.5; grades good and requires improvement = (1 + 0.33) / 2 = 0.665; score 0.5825 -> level 3 of 4
        var s = SuggestionRule.suggest(new SuggestionRule.AreaEvidence(1, 1, 0, grades("1.00", "0.33")), 4).orElseThrow();
        assertThat(s.averageGrade()).isEqualByComparingTo("0.665");
        assertThat(s.score()).isEqualByComparingTo("0.5825");
        assertThat(s.levelOrdinal()).isEqualTo(3);
    }

    @Test
    void caseFilesAloneGiveASuggestion() {
        var s = SuggestionRule.suggest(new SuggestionRule.AreaEvidence(0, 0, 0, grades("0.00", "0.33")), 4).orElseThrow();
        assertThat(s.indicatorShare()).isNull();
        assertThat(s.levelOrdinal()).isEqualTo(1);
    }

    @Test
    void levelBoundariesOnFourLevels() {
        assertThat(SuggestionRule.level(new BigDecimal("0"), 4)).isEqualTo(1);
        assertThat(SuggestionRule.level(new BigDecimal("0.2499"), 4)).isEqualTo(1);
        assertThat(SuggestionRule.level(new BigDecimal("0.25"), 4)).isEqualTo(2);
        assertThat(SuggestionRule.level(new BigDecimal("0.4999"), 4)).isEqualTo(2);
        assertThat(SuggestionRule.level(new BigDecimal("0.5"), 4)).isEqualTo(3);
        assertThat(SuggestionRule.level(new BigDecimal("0.75"), 4)).isEqualTo(4);
        assertThat(SuggestionRule.level(new BigDecimal("1"), 4)).isEqualTo(4);
    }

    @Test
    void levelsFollowTheScaleLength() {
        assertThat(SuggestionRule.level(new BigDecimal("0.5"), 3)).isEqualTo(2);
        assertThat(SuggestionRule.level(new BigDecimal("1"), 5)).isEqualTo(5);
    }
}
