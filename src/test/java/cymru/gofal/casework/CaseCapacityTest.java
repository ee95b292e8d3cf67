package cymru.gofal.casework;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.assessment.AssessmentCompleted;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CAPACITY fit rule judges the worker's whole open caseload, restricted cases the allocating manager may not see
 * included, while the caseload page goes on leaving those cases out of what it shows.
 */
@IntegrationTest
class CaseCapacityTest {

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
    cymru.gofal.casework.internal.Caseloads caseloads;

    final LocalDate today = LocalDate.now(Dates.LONDON);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long openedCase(long team) {
        long person = CaseFixture.person(jdbc, LocalDate.of(1960, 5, 5), "en");
        long assessment = CaseFixture.completedAssessment(jdbc, person, team, null, today);
        UserDetails user = users.loadUserByUsername("team.manager");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        tx.executeWithoutResult(s -> events.publishEvent(new AssessmentCompleted(1, assessment, person, "ADULT", "ADULTS", null, team, null,
                today, true, null, "team.manager")));
        SecurityContextHolder.clearContext();
        return jdbc.sql("SELECT id FROM care_case WHERE person_id = :p").param("p", person).query(Long.class).single();
    }

    /** A HIGH (weight 3) open case of a restricted person the demo managers may not see, held by the worker. */
    void restrictedCaseHeldBy(long team, long worker) {
        long person = CaseFixture.person(jdbc, LocalDate.of(1950, 1, 1), "en");
        long assessment = CaseFixture.completedAssessment(jdbc, person, team, worker, today.minusDays(30));
        jdbc.sql("""
                INSERT INTO care_case (authority_id, person_id, service_area, team_id, staff_id, complexity, opened_on, opened_from,
                    assessment_id, created_by, updated_by)
                VALUES (1, :p, 'ADULTS', :t, :s, 'HIGH', :on, 'ASSESSMENT', :a, 'test', 'test')""")
                .param("p", person).param("t", team).param("s", worker).param("on", today.minusDays(30)).param("a", assessment).update();
        CaseFixture.restrict(jdbc, person);
    }

    @Test
    void capacityCountsTheWorkersRestrictedCasesTheManagerCannotSee() throws Exception {
        long team = CaseFixture.team(jdbc);
        long worker = CaseFixture.staff(jdbc, team, "Cerys", "SOCIAL_WORKER", true, today.minusYears(8), "FLUENT", 4);
        restrictedCaseHeldBy(team, worker);
        long id = openedCase(team);
        // Held weight 3 (the restricted case) + this MEDIUM case's 2 > capacity 4.
        mvc.perform(get("/api/cases/" + id + "/candidates").with(DemoLogins.as("team.manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].staffId").value(worker)).andExpect(jsonPath("$[0].fits").value(false))
                .andExpect(jsonPath("$[0].misfits", hasItem("CAPACITY"))).andExpect(jsonPath("$[0].currentLoad").value(3));
        // The team's caseload (what the page shows) still counts only what the viewer may see: no case, no weight.
        UserDetails user = users.loadUserByUsername("senior.manager");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var load = caseloads.team(team).workers().stream().filter(w -> w.staff().id() == worker).findFirst().orElseThrow().load();
        assertThat(load.cases()).isZero();
        assertThat(load.weight()).isZero();
    }

    @Test
    void capacityFitsAWorkerWhoseWholeCaseloadLeavesRoom() throws Exception {
        long team = CaseFixture.team(jdbc);
        long worker = CaseFixture.staff(jdbc, team, "Dafydd", "SOCIAL_WORKER", true, today.minusYears(8), "FLUENT", 5);
        restrictedCaseHeldBy(team, worker);
        long id = openedCase(team);
        mvc.perform(get("/api/cases/" + id + "/candidates").with(DemoLogins.as("team.manager")))
                .andExpect(jsonPath("$[0].fits").value(true)).andExpect(jsonPath("$[0].misfits", not(hasItem("CAPACITY"))));
    }
}
