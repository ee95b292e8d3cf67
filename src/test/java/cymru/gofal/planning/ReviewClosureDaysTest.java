package cymru.gofal.planning;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council closure day moves the due dates of scheduled reviews whose rule counts working days, and leaves alone
 * reviews counted in months and reviews already held. No review rule seeded today counts working days, so the
 * working-day review here uses REFERRAL_DECISION (1 working day) as a council's own rule would: it is the listener,
 * not the seed, under test. Council 1, clock started Monday 9 November 2026; closure Tuesday 10 November.
 */
@IntegrationTest
class ReviewClosureDaysTest {

    static final LocalDate MON_9_NOV_2026 = LocalDate.of(2026, 11, 9);
    static final LocalDate TUE_10_NOV_2026 = LocalDate.of(2026, 11, 10);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void withdrawTheClosureDay() {
        new ReviewFixture(jdbc, events, tx, users).signIn("admin");
        try {
            workingDays.removeClosureDay(1, TUE_10_NOV_2026);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aClosureDayMovesScheduledWorkingDayReviewsOnly() {
        ReviewFixture f = new ReviewFixture(jdbc, events, tx, users);
        long team = f.team(1);
        long person = f.person(1, "Eirlys", LocalDate.of(1948, 1, 1));
        long plan = f.agreedAdultPlan(team, person, MON_9_NOV_2026, null);
        long monthly = f.review(plan, 1).id();
        long person2 = f.person(1, "Ffion", LocalDate.of(1948, 1, 1));
        long plan2 = f.plan(1, person2, f.openCase(1, person2, team, "ADULTS", MON_9_NOV_2026), MON_9_NOV_2026, null);
        long workingDay = insert(plan2, 1, "SCHEDULED", TUE_10_NOV_2026, TUE_10_NOV_2026);
        long person3 = f.person(1, "Gwenllian", null);
        long plan3 = f.plan(1, person3, f.openCase(1, person3, team, "ADULTS", MON_9_NOV_2026), MON_9_NOV_2026, null);
        long byPlan = insert(plan3, 1, "SCHEDULED", TUE_10_NOV_2026, MON_9_NOV_2026);
        LocalDate monthlyDue = due(monthly);

        f.signIn("admin");
        try {
            workingDays.addClosureDay(1, TUE_10_NOV_2026, "Council closure for a review test", "admin");
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(due(workingDay)).isEqualTo("2026-11-11");
        assertThat(jdbc.sql("SELECT rule_due_on FROM plan_review WHERE id = ?").param(workingDay).query(LocalDate.class).single())
                .isEqualTo("2026-11-11");
        assertThat(due(byPlan)).as("the plan's own earlier date stays").isEqualTo(MON_9_NOV_2026);
        assertThat(due(monthly)).as("counted in months").isEqualTo(monthlyDue);

        withdrawTheClosureDay();
        assertThat(due(workingDay)).isEqualTo(TUE_10_NOV_2026);
    }

    private long insert(long plan, int sequence, String status, LocalDate ruleDue, LocalDate due) {
        return jdbc.sql("""
                INSERT INTO plan_review (authority_id, plan_id, sequence, regime, rule_code, clock_start, rule_due_on, due_on, status, updated_by)
                VALUES (1, :plan, :seq, 'WALES_2016', 'REFERRAL_DECISION', :start, :ruleDue, :due, :status, 'test') RETURNING id""")
                .param("plan", plan).param("seq", sequence).param("start", MON_9_NOV_2026).param("ruleDue", ruleDue).param("due", due)
                .param("status", status).query(Long.class).single();
    }

    private LocalDate due(long review) {
        return jdbc.sql("SELECT due_on FROM plan_review WHERE id = ?").param(review).query(LocalDate.class).single();
    }
}
