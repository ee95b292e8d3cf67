package cymru.gofal.casework;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.assessment.AssessmentCompleted;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases opened by a completed assessment (published as the assessment module does, in a transaction) and by a manager's
 * hand, and allocation by skills on the page and over the API: ranking, the misfit warning, the override reason recorded
 * with the misfit codes, a reallocation's reason, and optimistic locking (428, 412, the page's conflict message).
 */
@IntegrationTest
class CaseOpeningAndAllocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;
    @Autowired
    cymru.gofal.support.TestConfig.Superuser superuser;

    LocalDate today = LocalDate.now(cymru.gofal.platform.web.Dates.LONDON);
    long team;
    long fitting;
    long novice;

    @BeforeEach
    void teamOfTwo() {
        team = CaseFixture.team(jdbc);
        fitting = CaseFixture.staff(jdbc, team, "Aled", "SOCIAL_WORKER", true, today.minusYears(8), "FLUENT", 20, "MENTAL_HEALTH", "COURT_WORK");
        novice = CaseFixture.staff(jdbc, team, "Bryn", "SOCIAL_WORK_ASSISTANT", false, null, "NONE", 10);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void complete(long assessment, long person, Long staff, boolean eligible) {
        UserDetails user = users.loadUserByUsername("team.manager");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        tx.executeWithoutResult(s -> events.publishEvent(new AssessmentCompleted(1, assessment, person, "ADULT", "ADULTS", null, team, staff,
                today, eligible, null, "team.manager")));
        SecurityContextHolder.clearContext();
    }

    record Opened(long id, long teamId, Long staffId, String complexity, String openedFrom, Long assessmentId) {
    }

    List<Opened> casesOf(long person) {
        return jdbc.sql("SELECT id, team_id, staff_id, complexity, opened_from, assessment_id FROM care_case WHERE person_id = :p")
                .param("p", person).query(Opened.class).list();
    }

    static RequestPostProcessor flash(MvcResult redirect) {
        return request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
            return request;
        };
    }

    @Test
    void anEligibleAssessmentOpensOneMediumCaseInItsTeamAndAWelshSpeakerNeedsWelshSoANonSpeakerIsNotAllocated() throws Exception {
        long person = CaseFixture.person(jdbc, LocalDate.of(1950, 3, 1), "cy");
        long assessment = CaseFixture.completedAssessment(jdbc, person, team, novice, today);
        complete(assessment, person, novice, true);
        complete(assessment, person, novice, true);
        List<Opened> cases = casesOf(person);
        assertThat(cases).hasSize(1);
        Opened c = cases.get(0);
        assertThat(c.teamId()).isEqualTo(team);
        assertThat(c.complexity()).isEqualTo("MEDIUM");
        assertThat(c.openedFrom()).isEqualTo("ASSESSMENT");
        assertThat(c.assessmentId()).isEqualTo(assessment);
        assertThat(c.staffId()).isNull();
        assertThat(jdbc.sql("SELECT need_code FROM care_case_need WHERE case_id = :c").param("c", c.id()).query(String.class).list())
                .containsExactly("WELSH_LANGUAGE");
        assertThat(CaseFixture.audits(superuser, "care_case", "CREATE", person)).isEqualTo(1);
    }

    @Test
    void anAssessingWorkerWhoFitsAndHoldsCasesIsAllocatedTheNewCaseWithTheAllocationRecorded() {
        long person = CaseFixture.person(jdbc, LocalDate.of(1950, 3, 1), "cy");
        long assessment = CaseFixture.completedAssessment(jdbc, person, team, fitting, today);
        complete(assessment, person, fitting, true);
        Opened c = casesOf(person).get(0);
        assertThat(c.staffId()).isEqualTo(fitting);
        assertThat(jdbc.sql("SELECT fits FROM case_allocation WHERE case_id = :c").param("c", c.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAssessmentWithNoEligibleNeedOpensNoCase() {
        long person = CaseFixture.person(jdbc, LocalDate.of(1950, 3, 1), "en");
        complete(CaseFixture.completedAssessment(jdbc, person, team, fitting, today), person, fitting, false);
        assertThat(casesOf(person)).isEmpty();
    }

    long openedCase(String language) {
        long person = CaseFixture.person(jdbc, LocalDate.of(1960, 5, 5), language);
        complete(CaseFixture.completedAssessment(jdbc, person, team, null, today), person, null, true);
        return casesOf(person).get(0).id();
    }

    @Test
    void theAllocationPageRanksTheWorkerWhoFitsFirstAndAMisfitNeedsAnOverrideReasonRecordedWithItsCodes() throws Exception {
        long id = openedCase("cy");
        String page = mvc.perform(get("/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("value=\"" + fitting + "\"")).isPositive().isLessThan(page.indexOf("value=\"" + novice + "\""));
        assertThat(page).contains("Does not fit: does not work in Welsh");

        MvcResult refused = mvc.perform(post("/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).with(csrf())
                .param("version", "0").param("staffId", String.valueOf(novice)))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/cases/" + id + "/allocation")).andReturn();
        mvc.perform(get("/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).with(flash(refused)))
                .andExpect(content().string(containsString("govuk-warning-text")))
                .andExpect(content().string(containsString("Enter the reason for allocating to a worker who does not fit")));

        mvc.perform(post("/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).with(csrf())
                .param("version", "0").param("staffId", String.valueOf(novice)).param("overrideReason", "Only worker free this week"))
                .andExpect(header().string("Location", "/cases/" + id));
        var row = jdbc.sql("SELECT fits, array_to_string(misfits, ' ') AS misfits, override_reason FROM case_allocation WHERE case_id = :c")
                .param("c", id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row).containsExactly("f", "WELSH", "Only worker free this week");
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("team.manager")))
                .andExpect(content().string(containsString("Does not fit")))
                .andExpect(content().string(containsString("Only worker free this week")));
    }

    @Test
    void aReallocationNeedsAReasonAndAnApiWriteNeedsIfMatch428ThenACurrentVersion412() throws Exception {
        long id = openedCase("en");
        String body = "{\"staffId\":" + fitting + "}";
        mvc.perform(post("/api/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(428));
        mvc.perform(post("/api/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"7\"").content(body)).andExpect(status().is(412));
        mvc.perform(get("/api/cases/" + id + "/candidates").with(DemoLogins.as("team.manager")))
                .andExpect(jsonPath("$[0].staffId").value(fitting)).andExpect(jsonPath("$[0].fits").value(true))
                .andExpect(jsonPath("$[1].staffId").value(novice));
        mvc.perform(post("/api/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"0\"").content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.staffId").value(fitting))
                .andExpect(jsonPath("$.workerFits").value(true));
        mvc.perform(post("/api/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"").content("{\"staffId\":" + novice + ",\"overrideReason\":\"Cover\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aSecondEditorOnAStalePageIsToldAndNothingIsOverwritten() throws Exception {
        long id = openedCase("en");
        mvc.perform(post("/cases/" + id + "/profile").with(DemoLogins.as("team.manager")).with(csrf()).param("version", "0")
                .param("complexity", "HIGH").param("needs", "MENTAL_HEALTH")).andExpect(header().string("Location", "/cases/" + id));
        MvcResult stale = mvc.perform(post("/cases/" + id + "/profile").with(DemoLogins.as("senior.manager")).with(csrf()).param("version", "0")
                .param("complexity", "LOW")).andExpect(header().string("Location", "/cases/" + id)).andReturn();
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("senior.manager")).with(flash(stale)))
                .andExpect(content().string(containsString("Someone else changed this case after you opened the page")));
        assertThat(jdbc.sql("SELECT complexity FROM care_case WHERE id = :c").param("c", id).query(String.class).single()).isEqualTo("HIGH");
    }

    @Test
    void aManagerOpensACaseByHandFromACompletedAssessmentAndASecondOpenCaseIsRefused() throws Exception {
        long person = CaseFixture.person(jdbc, LocalDate.of(1970, 1, 1), "en");
        long assessment = CaseFixture.completedAssessment(jdbc, person, team, null, today);
        mvc.perform(get("/cases/new").param("person", String.valueOf(person)).with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ASSESSMENT:" + assessment)));
        mvc.perform(post("/cases").with(DemoLogins.as("team.manager")).with(csrf()).param("person", String.valueOf(person))
                .param("source", "ASSESSMENT:" + assessment).param("teamId", String.valueOf(team)).param("complexity", "HIGH")
                .param("needs", "MENTAL_HEALTH", "COURT_PROCEEDINGS")).andExpect(status().is3xxRedirection());
        Opened c = casesOf(person).get(0);
        assertThat(c.complexity()).isEqualTo("HIGH");
        mvc.perform(post("/api/cases").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + person + ",\"source\":\"ASSESSMENT:" + assessment + "\",\"teamId\":" + team + ",\"complexity\":\"LOW\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/cases").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + person + ",\"source\":\"nonsense\",\"complexity\":\"HUGE\",\"needs\":[\"DEMENTIAX\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "source", "teamId", "complexity", "needs")));
        mvc.perform(get("/cases/people/" + person + "/panel").with(DemoLogins.as("practitioner")))
                .andExpect(content().string(containsString("/cases/" + c.id()))).andExpect(content().string(not(containsString("<html"))));
    }
}
