package cymru.gofal.review;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

/**
 * Who changes a review: an inspection's content by the REVIEWERs on its team, its team and status by its lead
 * reviewer only; a self-assessment by the council's senior managers and QA officers and its team, its status by a
 * senior manager. Ratings and evidence follow the same rule.
 */
@IntegrationTest
class ReviewEditRightsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        ReviewAccessFixture.secondReviewer(jdbc);
    }

    private MockHttpServletRequestBuilder rate(long review, String area, String level) {
        return post("/joint-reviews/" + review + "/ratings").param("version", "" + ReviewAccessFixture.version(jdbc, review))
                .param("area", area).param("level", level).param("rationale", "Seen on the visit").with(csrf());
    }

    private MockHttpServletRequestBuilder moveTo(long review, String target) {
        return post("/joint-reviews/" + review + "/status").param("version", "" + ReviewAccessFixture.version(jdbc, review))
                .param("status", target).with(csrf());
    }

    private MockHttpServletRequestBuilder addMember(long review, String username) {
        return post("/joint-reviews/" + review + "/members").param("version", "" + ReviewAccessFixture.version(jdbc, review))
                .param("username", username).param("role", "REVIEWER").with(csrf());
    }

    @Test
    void aReviewerNotOnAnInspectionsTeamCannotAddThemselvesNorChangeIt() throws Exception {
        long review = ReviewAccessFixture.review(jdbc, "INSPECTION", ReviewAccessFixture.SECOND_REVIEWER, "LEAD_REVIEWER");
        mvc.perform(addMember(review, "reviewer").with(DemoLogins.as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(rate(review, "ACCESS", "MAINLY_GOOD").with(DemoLogins.as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/joint-reviews/" + review + "/ratings").header("If-Match", "\"" + ReviewAccessFixture.version(jdbc, review) + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"area\":\"ACCESS\",\"level\":\"POOR\",\"rationale\":\"x\"}")
                .with(DemoLogins.as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(addMember(review, "reviewer").with(DemoLogins.as(ReviewAccessFixture.SECOND_REVIEWER)))
                .andExpect(flash().attribute("saved", "review.saved.member"));
    }

    @Test
    void aTeamMemberRatesButOnlyTheLeadChangesTheTeamAndStatusAndSeniorManagersDoNotEditInspections() throws Exception {
        long review = ReviewAccessFixture.review(jdbc, "INSPECTION", ReviewAccessFixture.SECOND_REVIEWER, "LEAD_REVIEWER", "reviewer", "REVIEWER");
        mvc.perform(rate(review, "ACCESS", "MAINLY_GOOD").with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("saved", "review.saved.rating"));
        mvc.perform(rate(review, "ASSESSMENT", "POOR").with(DemoLogins.as("senior.manager"))).andExpect(status().isForbidden());
        mvc.perform(moveTo(review, "FIELDWORK").with(DemoLogins.as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(addMember(review, "qa.officer").with(DemoLogins.as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(moveTo(review, "FIELDWORK").with(DemoLogins.as("senior.manager"))).andExpect(status().isForbidden());
        mvc.perform(moveTo(review, "FIELDWORK").with(DemoLogins.as(ReviewAccessFixture.SECOND_REVIEWER)))
                .andExpect(flash().attribute("saved", "review.saved.status"));
    }

    @Test
    void aSeniorManagerCannotStartAnInspection() throws Exception {
        String title = "Not mine " + System.nanoTime();
        mvc.perform(post("/joint-reviews").param("title", title).param("framework", "JR_WALES_2007").param("kind", "INSPECTION")
                .with(csrf()).with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("errors", hasSize(1)));
    }

    @Test
    void ratingAndEvidenceOfASelfAssessmentFollowOneRule() throws Exception {
        long review = ReviewAccessFixture.review(jdbc, "SELF_ASSESSMENT", "senior.manager", "LEAD_REVIEWER", "reviewer", "REVIEWER");
        long area = jdbc.sql("SELECT id FROM review_area WHERE framework = 'JR_WALES_2007' AND code = 'ACCESS'").query(Long.class).single();
        for (String user : new String[] {"qa.officer", "reviewer"}) {
            mvc.perform(rate(review, "ACCESS", "MAINLY_GOOD").with(DemoLogins.as(user))).andExpect(flash().attribute("saved", "review.saved.rating"));
            mvc.perform(post("/joint-reviews/" + review + "/evidence/interview").with(DemoLogins.as(user)).with(csrf())
                    .param("who", "Head of adult services").param("roleOrganisation", "Council").param("heldOn", "3/2/2026")
                    .param("notes", "Waiting lists are watched weekly").param("areas", "" + area))
                    .andExpect(flash().attribute("saved", "review.evidence.saved"));
        }
        mvc.perform(rate(review, "ACCESS", "POOR").with(DemoLogins.as(ReviewAccessFixture.SECOND_REVIEWER))).andExpect(status().isForbidden());
        mvc.perform(moveTo(review, "FIELDWORK").with(DemoLogins.as("qa.officer"))).andExpect(status().isForbidden());
        mvc.perform(moveTo(review, "FIELDWORK").with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("saved", "review.saved.status"));
    }
}
