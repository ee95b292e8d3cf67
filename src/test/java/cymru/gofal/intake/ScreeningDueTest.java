package cymru.gofal.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening goes by the earlier clock: for children the decision's (REFERRAL_DECISION), unless the priority's response
 * is due first; the decision's on a tie; for adults the response's. One definition (the referral's generated
 * screening_due and screening_rule), read alike by the referral and the work tray.
 */
@IntegrationTest
class ScreeningDueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    List<WorkSource> sources;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void screeningGoesByTheEarlierClockAndTheTrayAgrees() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        // Monday 2 November 2026. Children: the decision is due in 1 working day.
        long childStandard = f.referral(f.person("2015-01-01"), team, "2026-11-02T10:00:00Z", "STANDARD");
        long childUrgent = f.referral(f.person("2015-01-01"), team, "2026-11-02T10:05:00Z", "URGENT");
        long childImmediate = f.referral(f.person("2015-01-01"), team, "2026-11-02T10:10:00Z", "IMMEDIATE");
        long adult = f.referral(f.person("1950-01-01"), team, "2026-11-02T10:15:00Z", "STANDARD");
        assertThat(screening(childStandard)).isEqualTo(clock(childStandard, "decision"));
        assertThat(screening(childUrgent)).isEqualTo(clock(childUrgent, "decision"));
        assertThat(screening(childImmediate)).isEqualTo(clock(childImmediate, "response"));
        assertThat(screening(childImmediate)).startsWith("REFERRAL_RESPONSE_IMMEDIATE");
        assertThat(screening(adult)).isEqualTo(clock(adult, "response"));

        UserDetails user = users.loadUserByUsername("team.manager");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        WorkSource intake = sources.stream().filter(s -> s.getClass().getName().contains(".intake.")).findFirst().orElseThrow();
        List<WorkItem> items = intake.open(WorkScope.teams(1, List.of(team), false, LocalDate.of(2026, 11, 2)), 50);
        assertThat(items).hasSize(4);
        for (WorkItem item : items) {
            assertThat(item.ruleCode() + " " + item.dueOn()).isEqualTo(screening(item.recordId()));
        }
    }

    @Test
    void anAdultsOverdueReferralShowsOverdueAndADecisionJudgedByTheScreeningDay() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        // An adult's standard referral received on Monday 5 October 2026: no statutory decision clock, the response's.
        long adult = f.referral(f.person("1950-01-01"), team, "2026-10-05T10:00:00Z", "STANDARD");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/intake/referrals/" + adult)
                .param("lang", "en").with(cymru.gofal.support.DemoLogins.as("team.manager"))).andReturn().getResponse().getContentAsString();
        assertThat(page.substring(page.indexOf("id=\"response-due\""))).contains("Overdue");
        // Decided the day after the screening day: late, whichever clock the referral has.
        jdbc.sql("UPDATE referral SET outcome = 'NO_FURTHER_ACTION', decided_at = now(), decided_on = screening_due + 1, "
                + "decided_by = 'team.manager' WHERE id = ?").param(adult).update();
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/referrals/" + adult)
                .with(cymru.gofal.support.DemoLogins.as("team.manager"))).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"inTime\":false");
    }

    private String screening(long referral) {
        return jdbc.sql("SELECT screening_rule || ' ' || screening_due FROM referral WHERE id = ?").param(referral).query(String.class).single();
    }

    private String clock(long referral, String which) {
        return jdbc.sql("SELECT " + which + "_rule || ' ' || " + which + "_due FROM referral WHERE id = ?").param(referral)
                .query(String.class).single();
    }
}
