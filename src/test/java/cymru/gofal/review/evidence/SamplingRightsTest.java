package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cymru.gofal.review.ReviewAccessFixture;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

/**
 * Nobody widens their own need-to-know: only the lead reviewer or a senior manager samples, never for themselves,
 * a reviewer at random only; grants expire (30 days after the on-site visit, at most 120 days) and end when the
 * reader leaves the team.
 */
@IntegrationTest
class SamplingRightsTest {

    private static final String SECOND = ReviewAccessFixture.SECOND_REVIEWER;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    long second;
    long reviewer;

    @BeforeEach
    void accounts() {
        second = ReviewAccessFixture.secondReviewer(jdbc);
        reviewer = ReviewAccessFixture.userId(jdbc, "reviewer");
    }

    private MockHttpServletRequestBuilder sample(long review, long reader) {
        return post("/joint-reviews/" + review + "/sample").with(csrf()).param("reader", "" + reader);
    }

    private long grants(long review, String username) {
        return jdbc.sql("SELECT count(*) FROM person_review_grant WHERE review_id = :r AND username = :u")
                .param("r", review).param("u", username).query(Long.class).single();
    }

    @Test
    void aReviewerWhoStartsAReviewCannotSampleACaseForThemselves() throws Exception {
        String title = "Own review " + System.nanoTime();
        mvc.perform(post("/joint-reviews").param("title", title).param("framework", "JR_WALES_2007").param("kind", "INSPECTION")
                .with(csrf()).with(DemoLogins.as("reviewer"))).andExpect(status().is3xxRedirection());
        long review = jdbc.sql("SELECT id FROM review WHERE title = :t").param("t", title).query(Long.class).single();
        long[] target = EvidenceFixture.personWithCase(jdbc, null);
        mvc.perform(sample(review, reviewer).param("caseIds", "" + target[1]).with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("errors", not(empty())));
        mvc.perform(sample(review, reviewer).param("count", "1").with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("errors", not(empty())));
        assertThat(grants(review, "reviewer")).isZero();
        mvc.perform(get("/api/people/" + target[0]).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
    }

    @Test
    void theLeadSamplesAtRandomForAnotherReviewerOnlyAndASeniorManagerMayChoose() throws Exception {
        long review = ReviewAccessFixture.review(jdbc, "INSPECTION", "reviewer", "LEAD_REVIEWER", SECOND, "REVIEWER");
        jdbc.sql("UPDATE review SET onsite_to = :d WHERE id = :r").param("d", LocalDate.now().plusDays(10)).param("r", review).update();
        long[] chosen = EvidenceFixture.personWithCase(jdbc, null);
        mvc.perform(sample(review, second).param("caseIds", "" + chosen[1]).with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("errors", not(empty())));
        assertThat(grants(review, SECOND)).isZero();
        mvc.perform(sample(review, second).param("count", "2").with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("saved", "review.evidence.sample.done"));
        assertThat(grants(review, SECOND)).isBetween(1L, 2L);
        // the reader is not a sampler; QA officers are not samplers
        mvc.perform(sample(review, reviewer).param("count", "1").with(DemoLogins.as(SECOND))).andExpect(status().isForbidden());
        mvc.perform(sample(review, second).param("count", "1").with(DemoLogins.as("qa.officer"))).andExpect(status().isForbidden());
        mvc.perform(sample(review, second).param("caseIds", "" + chosen[1]).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("saved", "review.evidence.sample.done"));
        mvc.perform(get("/api/people/" + chosen[0]).with(DemoLogins.as(SECOND))).andExpect(status().isOk());
        // every grant expires: by the end of the 30th day after the visit, at most 120 days after sampling
        assertThat(jdbc.sql("""
                SELECT count(*) FROM person_review_grant WHERE review_id = :r
                   AND (expires_at IS NULL OR expires_at > granted_at + interval '120 days'
                        OR expires_at > (CAST(:d AS date) + 31)::timestamp AT TIME ZONE 'Europe/London')""")
                .param("r", review).param("d", LocalDate.now().plusDays(10)).query(Long.class).single()).isZero();

        // leaving the team ends the reader's grants
        long member = jdbc.sql("SELECT id FROM review_member WHERE review_id = :r AND user_id = :u").param("r", review).param("u", second)
                .query(Long.class).single();
        mvc.perform(post("/joint-reviews/" + review + "/members/remove").param("version", "" + ReviewAccessFixture.version(jdbc, review))
                .param("member", "" + member).with(csrf()).with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("saved", "review.saved.removed"));
        mvc.perform(get("/api/people/" + chosen[0]).with(DemoLogins.as(SECOND))).andExpect(status().isNotFound());
    }

    @Test
    void noCaseIsSampledWhenTheOnsiteVisitEndedMoreThan30DaysAgo() throws Exception {
        long review = ReviewAccessFixture.review(jdbc, "INSPECTION", "reviewer", "LEAD_REVIEWER", SECOND, "REVIEWER");
        jdbc.sql("UPDATE review SET onsite_from = :d, onsite_to = :d WHERE id = :r").param("d", LocalDate.now().minusDays(40))
                .param("r", review).update();
        EvidenceFixture.personWithCase(jdbc, null);
        mvc.perform(sample(review, second).param("count", "1").with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("errors", not(empty())));
        assertThat(grants(review, SECOND)).isZero();
    }
}
