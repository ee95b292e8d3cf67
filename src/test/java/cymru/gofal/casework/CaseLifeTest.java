package cymru.gofal.casework;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.assessment.AssessmentCompleted;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case's life after opening: notes never edited in place (a correction supersedes, the old version stays visible, a
 * second correction of the same version is refused), the chronology, transfer with a handover (the worker is
 * unallocated), closure publishing CaseClosed and refusing later changes, caseload views, restricted people absent, and the
 * audit rows about the person.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseLifeTest {

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
    TestConfig.Superuser superuser;
    @Autowired
    ApplicationEvents recorded;

    LocalDate today = LocalDate.now(cymru.gofal.platform.web.Dates.LONDON);
    long team;
    long otherTeam;
    long worker;
    long person;
    long id;

    @BeforeEach
    void allocatedHighCase() throws Exception {
        team = CaseFixture.team(jdbc);
        otherTeam = CaseFixture.team(jdbc);
        worker = CaseFixture.staff(jdbc, team, "Ceri", "SOCIAL_WORK_ASSISTANT", false, null, "NONE", 20);
        person = CaseFixture.person(jdbc, LocalDate.of(1948, 2, 2), "en");
        long assessment = CaseFixture.completedAssessment(jdbc, person, team, null, today);
        UserDetails user = users.loadUserByUsername("team.manager");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        tx.executeWithoutResult(s -> events.publishEvent(new AssessmentCompleted(1, assessment, person, "ADULT", "ADULTS", null, team, null,
                today, true, null, "team.manager")));
        SecurityContextHolder.clearContext();
        id = jdbc.sql("SELECT id FROM care_case WHERE person_id = :p").param("p", person).query(Long.class).single();
        mvc.perform(put("/api/cases/" + id + "/profile", "\"0\"", "{\"complexity\":\"HIGH\",\"needs\":[\"MENTAL_HEALTH\"]}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"").content("{\"staffId\":" + worker + ",\"overrideReason\":\"No one else\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workerFits").value(false))
                .andExpect(jsonPath("$.allocations[0].misfits[0]").value("SKILL:MENTAL_HEALTH"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String url, String ifMatch, String body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url).with(DemoLogins.as("team.manager"))
                .contentType(MediaType.APPLICATION_JSON).header("If-Match", ifMatch).content(body);
    }

    String note(String body, boolean significant) {
        return "{\"noteType\":\"HOME_VISIT\",\"occurredOn\":\"" + today + "\",\"occurredTime\":\"10:15\",\"body\":\"" + body
                + "\",\"significant\":" + significant + "}";
    }

    @Test
    void aCorrectionSupersedesTheNoteKeepsTheOldVersionVisibleAndASecondCorrectionOfItIsRefused() throws Exception {
        String created = mvc.perform(post("/api/cases/" + id + "/notes").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content(note("Visited; Gwen well.", true))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long noteId = ((Number) JsonPath.read(created, "$[0].id")).longValue();
        String correction = "{\"noteType\":\"HOME_VISIT\",\"occurredOn\":\"" + today + "\",\"body\":\"Visited; Gwen unwell.\",\"significant\":true,"
                + "\"correctionReason\":\"Wrong word\"}";
        mvc.perform(post("/api/cases/" + id + "/notes/" + noteId + "/correction").with(DemoLogins.as("practitioner"))
                .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].body").value("Visited; Gwen unwell."))
                .andExpect(jsonPath("$[0].supersedesId").value(noteId)).andExpect(jsonPath("$[0].earlier[0].body").value("Visited; Gwen well."));
        mvc.perform(post("/api/cases/" + id + "/notes/" + noteId + "/correction").with(DemoLogins.as("team.manager"))
                .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("already corrected")));
        assertThat(jdbc.sql("SELECT count(*) FROM case_note WHERE case_id = :c").param("c", id).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("practitioner")))
                .andExpect(content().string(containsString("Visited; Gwen unwell.")))
                .andExpect(content().string(containsString("Visited; Gwen well.")))
                .andExpect(content().string(containsString("Corrected because: Wrong word")))
                .andExpect(content().string(containsString("Home visit (significant)")));
    }

    @Test
    void aNoteWithNothingInItIsRefusedNamingEachField() throws Exception {
        mvc.perform(post("/api/cases/" + id + "/notes").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"occurredOn\":\"2999-01-01\",\"occurredTime\":\"25:99\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("noteType", "occurredTime", "occurredOn", "body")));
        mvc.perform(post("/cases/" + id + "/notes").with(DemoLogins.as("practitioner")).with(csrf()).param("noteType", "PHONE_CALL")
                .param("occurredOn", today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear()).param("body", "Rang Gwen"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT body FROM case_note WHERE case_id = :c").param("c", id).query(String.class).list()).containsExactly("Rang Gwen");
    }

    @Test
    void aTransferNeedsAHandoverAndLeavesTheCaseUnallocatedInTheNewTeam() throws Exception {
        mvc.perform(post("/api/cases/" + id + "/transfer").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"").content("{\"teamId\":" + otherTeam + ",\"handover\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("handover"));
        mvc.perform(post("/api/cases/" + id + "/transfer").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"").content("{\"teamId\":" + otherTeam + ",\"handover\":\"Needs a mental health worker\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.teamId").value(otherTeam)).andExpect(jsonPath("$.staffId").doesNotExist())
                .andExpect(jsonPath("$.transfers[0].fromStaffId").value(worker))
                .andExpect(jsonPath("$.transfers[0].handover").value("Needs a mental health worker"));
        mvc.perform(get("/cases/caseloads").param("team", String.valueOf(otherTeam)).with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/cases/" + id + "/allocation")));
    }

    @Test
    void closingPublishesCaseClosedAndAClosedCaseRefusesNotesAllocationAndTransfer() throws Exception {
        mvc.perform(post("/api/cases/" + id + "/closure").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"").content("{\"reason\":\"OUTCOMES_MET\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("summary"));
        mvc.perform(post("/api/cases/" + id + "/closure").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"").content("{\"reason\":\"OUTCOMES_MET\",\"summary\":\"Living well at home\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closedOn").value(today.toString()));
        assertThat(recorded.stream(cymru.gofal.casework.CaseClosed.class).filter(e -> e.caseId() == id))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("OUTCOMES_MET"));
        mvc.perform(post("/api/cases/" + id + "/notes").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content(note("Late note", false))).andExpect(status().isConflict());
        mvc.perform(post("/api/cases/" + id + "/transfer").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"3\"").content("{\"teamId\":" + otherTeam + ",\"handover\":\"x\"}")).andExpect(status().isConflict());
        var refused = mvc.perform(post("/cases/" + id + "/allocation").with(DemoLogins.as("team.manager")).with(csrf())
                .param("version", "3").param("staffId", String.valueOf(worker))).andReturn();
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("team.manager")).with(CaseOpeningAndAllocationTest.flash(refused)))
                .andExpect(content().string(containsString("This case is closed: it cannot be allocated")))
                .andExpect(content().string(containsString("Case closed: Personal outcomes met")));
    }

    @Test
    void theComplexCaseHeldByAWorkerWhoDoesNotFitIsOnTheTeamsCaseloadWithTheWorkersLoad() throws Exception {
        mvc.perform(get("/cases/caseloads").param("team", String.valueOf(team)).with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Complex cases held by workers who do not fit")))
                .andExpect(content().string(containsString("href=\"/cases/" + id + "\"")))
                .andExpect(content().string(containsString("no Mental health skill")));
        mvc.perform(get("/cases/caseloads").param("team", String.valueOf(team)).with(DemoLogins.as("team.manager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRestrictedPersonsCaseIsNotFoundAndAbsentFromListsWhileEveryReadIsAuditedAboutThePerson() throws Exception {
        int before = CaseFixture.audits(superuser, "care_case", "READ", person);
        mvc.perform(get("/api/cases/" + id).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("senior.manager"))).andExpect(status().isOk());
        // need-to-know: a reviewer sees a case only when it was sampled for them in a review
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        assertThat(CaseFixture.audits(superuser, "care_case", "READ", person)).isEqualTo(before + 2);
        CaseFixture.restrict(jdbc, person);
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + id).with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases").param("person", String.valueOf(person)).with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/cases/caseloads").param("team", String.valueOf(team)).with(DemoLogins.as("senior.manager")))
                .andExpect(content().string(not(containsString("/cases/" + id + "\""))));
        mvc.perform(get("/cases/people/" + person + "/panel").with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
    }
}
