package cymru.gofal.review.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

/**
 * An unpublished review is a draft of the review team's: its page, API, action plan and follow-up do not exist (404)
 * for team managers, administrators and councillors, and lists leave it out; they still see published reviews.
 */
@IntegrationTest
class DraftVisibilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftReviewIsAbsentToThoseWhoDoNotRunReviews() throws Exception {
        long draft = ActionPlanFixture.review(jdbc, false, null).id();
        for (String user : new String[] {"team.manager", "admin"}) {
            mvc.perform(get("/joint-reviews/" + draft).with(DemoLogins.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/api/joint-reviews/" + draft).with(DemoLogins.as(user))).andExpect(status().isNotFound());
            String list = mvc.perform(get("/api/joint-reviews").with(DemoLogins.as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).doesNotContain("\"id\":" + draft + ",");
            String page = mvc.perform(get("/joint-reviews").with(DemoLogins.as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("/joint-reviews/" + draft + "\"");
        }
        for (String user : new String[] {"team.manager", "admin", "councillor"}) {
            mvc.perform(get("/joint-reviews/" + draft + "/action-plan").with(DemoLogins.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/joint-reviews/" + draft + "/follow-up").with(DemoLogins.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/api/joint-reviews/" + draft + "/action-plan").with(DemoLogins.as(user))).andExpect(status().isNotFound());
        }
        for (String user : new String[] {"reviewer", "senior.manager", "qa.officer"}) {
            mvc.perform(get("/joint-reviews/" + draft).with(DemoLogins.as(user))).andExpect(status().isOk());
            mvc.perform(get("/api/joint-reviews/" + draft + "/action-plan").with(DemoLogins.as(user))).andExpect(status().isOk());
        }
    }

    @Test
    void aPublishedReviewIsStillSeenByTeamManagersAdministratorsAndCouncillors() throws Exception {
        long published = ActionPlanFixture.review(jdbc, true, Instant.now()).id();
        for (String user : new String[] {"team.manager", "admin"}) {
            mvc.perform(get("/joint-reviews/" + published).with(DemoLogins.as(user))).andExpect(status().isOk());
            mvc.perform(get("/api/joint-reviews/" + published).with(DemoLogins.as(user))).andExpect(status().isOk());
            assertThat(mvc.perform(get("/api/joint-reviews").with(DemoLogins.as(user))).andReturn().getResponse().getContentAsString())
                    .contains("\"id\":" + published + ",");
        }
        for (String user : new String[] {"team.manager", "councillor"}) {
            mvc.perform(get("/joint-reviews/" + published + "/action-plan").with(DemoLogins.as(user))).andExpect(status().isOk());
            mvc.perform(get("/joint-reviews/" + published + "/follow-up").with(DemoLogins.as(user))).andExpect(status().isOk());
            mvc.perform(get("/api/joint-reviews/" + published + "/action-plan").with(DemoLogins.as(user))).andExpect(status().isOk());
        }
    }
}
