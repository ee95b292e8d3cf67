package cymru.gofal.review.actionplan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.platform.web.FormDates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The action plan pages: forms with the error summary, the stale-edit conflict, overdue tags, follow-up, roles. */
@IntegrationTest
class ActionPlanPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();

    @Test
    void aSeniorManagerAddsALineAndABadFormComesBackAsTypedWithTheErrorSummary() throws Exception {
        var review = ActionPlanFixture.review(jdbc, true, Instant.now().minus(Duration.ofDays(400)));
        String base = "/joint-reviews/" + review.id() + "/action-plan/lines";
        MvcResult bad = mvc.perform(post(base).with(DemoLogins.as("senior.manager")).with(csrf()).param("action", "" + review.action())
                        .param("description", "Recruit a review officer").param("ownerPost", "Head of Adult Services").param("dueOn", "30/2/2030")
                        .param("measure", ""))
                .andExpect(redirectedUrl(base + "/new")).andReturn();
        assertThat(ActionPlanFixture.lineCount(jdbc, review.id())).isZero();
        String page = mvc.perform(get(base + "/new").param("lang", "en").with(DemoLogins.as("senior.manager")).with(ActionPlanFixture.flash(bad)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "The due date must be a real date", "Enter the measure of success",
                "Recruit a review officer");
        MvcResult good = mvc.perform(post(base).with(DemoLogins.as("senior.manager")).with(csrf()).param("action", "" + review.action())
                        .param("description", "Recruit a review officer").param("ownerUser", "team.manager")
                        .param("dueOn", FormDates.format(today.minusDays(10))).param("measure", "Reviews on time")
                        .param("indicator", "SCA/007").param("target", "85"))
                .andExpect(flash().attribute("saved", "review.actions.saved.created")).andReturn();
        String line = good.getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(line).param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Gareth Morgan", "Overdue", "SCA/007", "85", "progress-form");
        String plan = mvc.perform(get("/joint-reviews/" + review.id() + "/action-plan").param("lang", "en").with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plan).contains("Recruit a review officer", "Overdue", "Gareth Morgan").doesNotContain("add-line-");
    }

    @Test
    void anEditFromAStalePageChangesNothingAndKeepsTheFormWithAClearMessage() throws Exception {
        var review = ActionPlanFixture.review(jdbc, true, Instant.now().minus(Duration.ofDays(30)));
        long line = create(review, "Write the QA framework");
        String url = "/joint-reviews/" + review.id() + "/action-plan/lines/" + line;
        mvc.perform(edit(url, "0", "First change")).andExpect(redirectedUrl(url));
        MvcResult stale = mvc.perform(edit(url, "0", "Second change from an old page")).andExpect(redirectedUrl(url + "/edit")).andReturn();
        assertThat(jdbc.sql("SELECT description FROM review_plan_line WHERE id = :id").param("id", line).query(String.class).single())
                .isEqualTo("First change");
        String page = mvc.perform(get(url + "/edit").param("lang", "en").with(DemoLogins.as("senior.manager")).with(ActionPlanFixture.flash(stale)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this line", "Second change from an old page", "saved-now", "First change",
                "name=\"version\" value=\"1\"");
    }

    @Test
    void aProgressUpdateIsRecordedOnTheLinePageAndAStaleStatusMoveIsRefused() throws Exception {
        var review = ActionPlanFixture.review(jdbc, true, Instant.now().minus(Duration.ofDays(30)));
        long line = create(review, "Agree carers' assessment standard");
        String url = "/joint-reviews/" + review.id() + "/action-plan/lines/" + line;
        mvc.perform(post(url + "/progress").with(DemoLogins.as("senior.manager")).with(csrf()).param("version", "0")
                .param("progressOn", FormDates.format(today)).param("text", "Draft standard out").param("status", "IN_PROGRESS")
                .param("evidenceDocument", "Carers standard draft")).andExpect(flash().attribute("saved", "review.actions.saved.progress"));
        MvcResult stale = mvc.perform(post(url + "/progress").with(DemoLogins.as("senior.manager")).with(csrf()).param("version", "0")
                .param("progressOn", FormDates.format(today)).param("text", "Done").param("status", "COMPLETE"))
                .andExpect(redirectedUrl(url)).andReturn();
        String page = mvc.perform(get(url).param("lang", "en").with(DemoLogins.as("senior.manager")).with(ActionPlanFixture.flash(stale)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this line", "Draft standard out", "Carers standard draft", ">Done<");
        assertThat(jdbc.sql("SELECT status FROM review_plan_line WHERE id = :id").param("id", line).query(String.class).single())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void theFollowUpCountsLinesAndShowsLinkedIndicators() throws Exception {
        var review = ActionPlanFixture.review(jdbc, true, Instant.now().minus(Duration.ofDays(400)));
        create(review, "Review officer post");
        String page = mvc.perform(get("/joint-reviews/" + review.id() + "/follow-up").param("lang", "en").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("follow-up-counts-not-started", "trend-1-SCA/007", "Last complete quarter");
        String councillor = mvc.perform(get("/joint-reviews/" + review.id() + "/follow-up").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(councillor).contains("Review officer post").doesNotContain("Latest progress", "/action-plan/lines/");
    }

    @Test
    void practitionersAndFinanceOfficersCannotOpenThePlan() throws Exception {
        var review = ActionPlanFixture.review(jdbc, true, Instant.now().minus(Duration.ofDays(30)));
        for (String user : List.of("practitioner", "finance.officer")) {
            mvc.perform(get("/joint-reviews/" + review.id() + "/action-plan").param("lang", "en").with(DemoLogins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/joint-reviews/" + review.id() + "/follow-up").param("lang", "en").with(DemoLogins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/joint-reviews/" + review.id() + "/action-plan/lines/new").param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/joint-reviews/" + review.id() + "/action-plan").param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isOk());
    }

    private long create(ActionPlanFixture.TestReview review, String description) throws Exception {
        String url = mvc.perform(post("/joint-reviews/" + review.id() + "/action-plan/lines").with(DemoLogins.as("senior.manager")).with(csrf())
                        .param("action", "" + review.action()).param("description", description).param("ownerPost", "Head of Adult Services")
                        .param("dueOn", FormDates.format(today.plusDays(90))).param("measure", "Done")
                        .param("indicator", "SCA/007").param("target", "80"))
                .andExpect(flash().attribute("saved", "review.actions.saved.created")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private org.springframework.test.web.servlet.RequestBuilder edit(String url, String version, String description) {
        return post(url).with(DemoLogins.as("senior.manager")).with(csrf()).param("version", version).param("description", description)
                .param("ownerPost", "Head of Adult Services").param("dueOn", FormDates.format(today.plusDays(90)))
                .param("measure", "Done").param("status", "NOT_STARTED");
    }
}
