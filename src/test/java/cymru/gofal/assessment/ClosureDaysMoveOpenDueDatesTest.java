package cymru.gofal.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statutory clocks count the council's working days, so a closure day declared (or withdrawn) after work was received
 * moves the due dates of the work still open, and leaves alone the work already done, which was judged on the
 * calendar of its day. Council 1 (WALES_2016): a child's referral received Monday 5 October 2026.
 */
@IntegrationTest
class ClosureDaysMoveOpenDueDatesTest {

    private static final LocalDate MON_5_OCT_2026 = LocalDate.of(2026, 10, 5);
    private static final LocalDate TUE_6_OCT_2026 = LocalDate.of(2026, 10, 6);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TimescaleRules rules;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void withdrawTheClosureDay() {
        AssessmentFixture.signIn(users, "admin");
        try {
            workingDays.removeClosureDay(1, TUE_6_OCT_2026);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aClosureDayMovesOpenWorkOnADayAndLeavesDoneWorkAlone() {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(2016, 1, 1));
        LocalDate decisionDue = due("REFERRAL_DECISION");
        LocalDate responseDue = due("REFERRAL_RESPONSE_STANDARD");
        LocalDate assessmentDue = due("CHILD_ASSESSMENT");
        assertThat(decisionDue).as("1 working day after Monday").isEqualTo(TUE_6_OCT_2026);
        long open = referral(person, team, decisionDue, responseDue, false);
        long decided = referral(person, team, decisionDue, responseDue, true);
        long openAssessment = assessment(person, team, assessmentDue, null);
        long doneAssessment = assessment(person, team, assessmentDue, LocalDate.of(2026, 10, 20));

        AssessmentFixture.signIn(users, "admin");
        try {
            workingDays.addClosureDay(1, TUE_6_OCT_2026, "Council closure for a test", "admin");
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(dates("SELECT decision_due FROM referral WHERE id = :id", open)).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(dates("SELECT response_due FROM referral WHERE id = :id", open)).isEqualTo(responseDue.plusDays(1));
        assertThat(dates("SELECT screening_due FROM referral WHERE id = :id", open)).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(dates("SELECT due_on FROM assessment WHERE id = :id", openAssessment))
                .isEqualTo(workingDays.forCouncil(1).addWorkingDays(assessmentDue, 1));
        assertThat(dates("SELECT decision_due FROM referral WHERE id = :id", decided)).as("decided: judged as it was").isEqualTo(decisionDue);
        assertThat(dates("SELECT due_on FROM assessment WHERE id = :id", doneAssessment)).as("completed").isEqualTo(assessmentDue);

        withdrawTheClosureDay();
        assertThat(dates("SELECT decision_due FROM referral WHERE id = :id", open)).isEqualTo(decisionDue);
        assertThat(dates("SELECT due_on FROM assessment WHERE id = :id", openAssessment)).isEqualTo(assessmentDue);
    }

    private LocalDate due(String rule) {
        return rules.dueDate(1, rules.rule("WALES_2016", rule).orElseThrow(), MON_5_OCT_2026);
    }

    private long referral(long person, long team, LocalDate decisionDue, LocalDate responseDue, boolean decided) {
        return jdbc.sql("""
                INSERT INTO referral (authority_id, person_id, source, route, priority, reason, received_at, received_on, screening_team_id,
                    response_rule, response_due, decision_rule, decision_due, re_referral, outcome, decided_at, decided_on, decided_by,
                    recorded_by)
                VALUES (1, :p, 'SELF', 'CHILDREN', 'STANDARD', 'Test referral', TIMESTAMPTZ '2026-10-05 10:00 Europe/London', :on, :team,
                    'REFERRAL_RESPONSE_STANDARD', :response, 'REFERRAL_DECISION', :decision, FALSE,
                    CASE WHEN :decided THEN 'NO_FURTHER_ACTION' END, CASE WHEN :decided THEN TIMESTAMPTZ '2026-10-05 12:00 Europe/London' END,
                    CASE WHEN :decided THEN DATE '2026-10-05' END, CASE WHEN :decided THEN 'team.manager' END, 'test')
                RETURNING id""").param("p", person).param("on", MON_5_OCT_2026).param("team", team).param("response", responseDue)
                .param("decision", decisionDue).param("decided", decided).query(Long.class).single();
    }

    private long assessment(long person, long team, LocalDate due, LocalDate completed) {
        return jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, team_id, clock_start, due_on, rule_code, completed_on,
                    completed_by, status, created_by, updated_by)
                VALUES (1, :p, 'WALES_2016', 'CHILD_ASSESSMENT', :team, :start, :due, 'CHILD_ASSESSMENT', :completed,
                    CASE WHEN CAST(:completed AS date) IS NULL THEN NULL ELSE 'test' END,
                    CASE WHEN CAST(:completed AS date) IS NULL THEN 'AWAITING_ALLOCATION' ELSE 'COMPLETED' END, 'test', 'test')
                RETURNING id""").param("p", person).param("team", team).param("start", MON_5_OCT_2026).param("due", due)
                .param("completed", completed).query(Long.class).single();
    }

    private LocalDate dates(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(LocalDate.class).single();
    }
}
