package cymru.gofal.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.review.internal.PublishedReviewLoader;
import cymru.gofal.review.internal.JointReviewReads;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 2007 joint review of Merthyr Tydfil is loaded, published, once, with every rating of joint-review.md's table. */
@IntegrationTest
@WithMockUser(roles = "REVIEWER")
class JointReview2007Test {

    @Autowired
    PublishedReviewLoader loader;
    @Autowired
    JointReviewReads store;
    @Autowired
    ReviewFrameworks frameworks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyRatingAndBothOverallJudgementsAreThoseOfTheSeedReport() {
        Review review = review();
        ReviewFramework f = frameworks.find(review.framework()).orElseThrow();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Access", "Mainly good");
        expected.put("Assessment", "Mainly good");
        expected.put("Care Management", "Inconsistent");
        expected.put("Range of services", "Inconsistent");
        expected.put("Quality of services", "Mainly good");
        expected.put("Protecting vulnerable people", "Mainly good");
        expected.put("Promoting independence & social inclusion", "Inconsistent");
        expected.put("Resources", "Uncertainly placed");
        expected.put("Planning and Partnerships", "Uncertainly placed");
        expected.put("Commissioning and contracting", "Uncertainly placed");
        expected.put("Workforce", "Well placed");
        expected.put("Performance management", "Well placed");
        expected.put("Leadership and culture in social services", "Well placed");
        expected.put("Political and corporate support and scrutiny", "Well placed");
        Map<String, String> actual = new LinkedHashMap<>();
        f.areas().forEach(a -> actual.put(a.nameEn(), f.scaleOf(f.questionOf(a))
                .level(review.rating(a.id()).orElseThrow().levelId()).orElseThrow().nameEn()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(level(f, review, "Q1")).isEqualTo("Mainly good");
        assertThat(level(f, review, "Q2")).isEqualTo("Well placed");
    }

    @Test
    void itIsAPublishedInspectionOfTheCouncilWithItsTeamDatesAndTranslationFlag() {
        Review review = review();
        assertThat(review.authorityId()).isEqualTo(1);
        assertThat(review.kind()).isEqualTo(Review.INSPECTION);
        assertThat(review.status()).isEqualTo("PUBLISHED");
        assertThat(review.editable()).isFalse();
        assertThat(review.onsiteFrom()).hasToString("2006-11-01");
        assertThat(review.onsiteTo()).hasToString("2007-03-31");
        assertThat(review.findingsPresentedOn()).hasToString("2007-04-01");
        assertThat(review.datesToMonth()).isTrue();
        assertThat(review.welshIsTranslation()).isTrue();
        assertThat(review.members()).filteredOn(m -> m.role().equals("LAY_ASSESSOR")).extracting(Review.Member::name)
                .containsExactly("Linda Owens", "Roger Chater");
        assertThat(review.themeNarratives()).hasSize(6);
    }

    @Test
    void findingsPrioritiesAndActionsMatchTheSeedCounts() {
        Review review = review();
        ReviewFramework f = frameworks.find(review.framework()).orElseThrow();
        long q1 = f.question("Q1").orElseThrow().id();
        long q2 = f.question("Q2").orElseThrow().id();
        assertThat(review.findings("STRENGTH", q1)).hasSize(8);
        assertThat(review.findings("AREA_FOR_DEVELOPMENT", q1)).hasSize(6);
        assertThat(review.findings("STRENGTH", q2)).hasSize(9);
        assertThat(review.findings("AREA_FOR_DEVELOPMENT", q2)).filteredOn(x -> x.indent() == 0).hasSize(7);
        assertThat(review.findings("CHALLENGE", null)).hasSize(9);
        assertThat(review.priorities()).extracting(Review.Priority::number).containsExactly(1, 2, 3);
        assertThat(review.priorities().get(0).titleEn())
                .isEqualTo("Achieving greater consistency in the quality of assessments, care planning and case management practice.");
        List<Integer> perAudience = review.priorities().stream().flatMap(p -> List.of("COUNCIL", "SENIOR_MANAGERS", "STAFF").stream()
                .map(a -> (int) p.actions(a).stream().filter(x -> x.indent() == 0).count())).toList();
        assertThat(perAudience).containsExactly(1, 4, 2, 7, 4, 0, 4, 3, 0);
        assertThat(review.priorities().get(0).actions("STAFF")).filteredOn(x -> x.indent() == 1).hasSize(4);
        assertThat(review.findings()).allMatch(x -> !Objects.equals(x.kind(), "STRENGTH") || x.textCy() != null);
    }

    @Test
    void loadingAgainLoadsNothingAndPublishedContentCannotChange() {
        long id = review().id();
        assertThat(loader.load(PublishedReviewLoader.MERTHYR_2007)).contains(id);
        assertThat(jdbc.sql("SELECT count(*) FROM review WHERE load_key = 'MERTHYR_2007'").query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM review_finding WHERE review_id = :id").param("id", id).update())
                .hasMessageContaining("read-only");
    }

    private Review review() {
        long id = tx.execute(s -> loader.load(PublishedReviewLoader.MERTHYR_2007).orElseThrow());
        return store.find(1, id).orElseThrow();
    }

    private static String level(ReviewFramework f, Review review, String question) {
        var q = f.question(question).orElseThrow();
        return f.scaleOf(q).level(review.judgement(q.id()).orElseThrow().levelId()).orElseThrow().nameEn();
    }
}
