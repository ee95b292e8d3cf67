package cymru.gofal.review;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSSIW / WAO joint review framework (Wales, 2007) is seeded exactly as joint-review.md gives it. */
@IntegrationTest
@WithMockUser(roles = "REVIEWER")
class FrameworkSeedTest {

    @Autowired
    ReviewFrameworks frameworks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theJointReviewFrameworkHasTwoQuestionsSixThemesFourteenAreasAndTwoScalesOfFourLevels() {
        ReviewFramework f = frameworks.find(ReviewFrameworks.JOINT_REVIEW_2007).orElseThrow();
        assertThat(f.locked()).isTrue();
        assertThat(f.questions()).extracting(ReviewFramework.Question::textEn).containsExactly(
                "How good are the services?", "How well placed is the Council to sustain and improve services?");
        assertThat(f.questions()).flatExtracting(ReviewFramework.Question::themes).extracting(ReviewFramework.Theme::nameEn)
                .containsExactly("Getting help", "The services provided", "The effect on people's lives",
                        "Shaping services", "Delivering social services", "Providing direction");
        assertThat(f.areas().map(ReviewFramework.Area::nameEn).toList()).containsExactly("Access", "Assessment",
                "Care Management", "Range of services", "Quality of services", "Protecting vulnerable people",
                "Promoting independence & social inclusion", "Resources", "Planning and Partnerships",
                "Commissioning and contracting", "Workforce", "Performance management",
                "Leadership and culture in social services", "Political and corporate support and scrutiny");
        assertThat(f.scaleOf(f.question("Q1").orElseThrow()).levels()).extracting(ReviewFramework.Level::nameEn)
                .containsExactly("Poor", "Inconsistent", "Mainly good", "Excellent");
        assertThat(f.scaleOf(f.question("Q2").orElseThrow()).levels()).extracting(ReviewFramework.Level::nameEn)
                .containsExactly("Badly placed", "Uncertainly placed", "Well placed", "Strongly placed");
        assertThat(f.question("Q1").orElseThrow().themes().get(0).scopeEn())
                .isEqualTo("access to services; assessment; care management and review");
    }

    @Test
    void everyTextHasWelshAndTheLevelsRunFromWorstAtOne() {
        ReviewFramework f = frameworks.find(ReviewFrameworks.JOINT_REVIEW_2007).orElseThrow();
        Locale cy = Locale.forLanguageTag("cy");
        assertThat(f.name(cy)).isNotEqualTo(f.nameEn());
        f.areas().forEach(a -> assertThat(a.nameCy()).isNotBlank().isNotEqualTo(a.nameEn()));
        f.scales().forEach(s -> assertThat(s.levels()).extracting(ReviewFramework.Level::ordinal).containsExactly(1, 2, 3, 4));
        assertThat(f.scaleOf(f.question("Q1").orElseThrow()).level("POOR").orElseThrow().name(cy)).isEqualTo("Gwael");
    }

    @Test
    void areasAreEvidencedByIndicatorsOfTheCatalogue() {
        ReviewFramework f = frameworks.find(ReviewFrameworks.JOINT_REVIEW_2007).orElseThrow();
        assertThat(f.area("ASSESSMENT").orElseThrow().indicatorCodes()).contains("SCC/008", "SCC/009", "LOC/AD-ASSESS-TIME");
        assertThat(f.area("CARE_MANAGEMENT").orElseThrow().indicatorCodes()).contains("SCA/007", "SCC/016");
        assertThat(f.area("LEADERSHIP").orElseThrow().indicatorCodes()).isEmpty();
        List<String> catalogue = jdbc.sql("SELECT code FROM indicator").query(String.class).list();
        f.areas().flatMap(a -> a.indicatorCodes().stream()).forEach(code -> assertThat(catalogue).contains(code));
    }
}
