package cymru.gofal.planning;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews scheduled when planning publishes PlanAgreed (in the agreeing transaction), by the council's regime and the
 * case's service area, and cancelled on PlanEnded. Each test names the rule the dates come from.
 */
@IntegrationTest
class ReviewSchedulingTest {

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

    ReviewFixture f;

    @BeforeEach
    void fixture() {
        f = new ReviewFixture(jdbc, events, tx, users);
    }

    long[] agreedPlan(String regime, String area, LocalDate agreedOn, LocalDate servicesStart, LocalDate reviewOn) {
        long council = "WALES_2016".equals(regime) ? 1 : f.council(regime);
        long team = f.team(council);
        long person = f.person(council, "Gwen", "ADULTS".equals(area) ? LocalDate.of(1940, 5, 1) : LocalDate.of(2015, 5, 1));
        long caseId = f.openCase(council, person, team, area, agreedOn.minusDays(20));
        long plan = f.plan(council, person, caseId, agreedOn, reviewOn);
        f.agree("practitioner", council, plan, person, caseId, area, 1, agreedOn, servicesStart, reviewOn);
        return new long[] {council, plan, person, caseId};
    }

    @Test
    void anAdultPlanAgreedUnderWales2007IsFirstReviewedThreeMonthsAfterServicesStart() {
        long plan = agreedPlan("WALES_2007", "ADULTS", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), null)[1];
        var r = f.review(plan, 1);
        assertThat(r.regime()).isEqualTo("WALES_2007");
        assertThat(r.rule()).isEqualTo("ADULT_REVIEW_FIRST");
        assertThat(r.clockStart()).isEqualTo("2026-01-19");
        assertThat(r.dueOn()).isEqualTo("2026-04-19").isEqualTo(r.ruleDueOn());
        assertThat(r.status()).isEqualTo("SCHEDULED");
    }

    @Test
    void anAdultPlanAgreedUnderWales2016IsReviewedByThePlansOwnEarlierDateWithinTwelveMonthsOfAgreement() {
        long plan = agreedPlan("WALES_2016", "ADULTS", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 7, 1))[1];
        var r = f.review(plan, 1);
        assertThat(r.rule()).isEqualTo("ADULT_REVIEW_FIRST");
        assertThat(r.clockStart()).as("CARE_SUPPORT_PLAN_AGREED").isEqualTo("2026-01-12");
        assertThat(r.ruleDueOn()).isEqualTo("2027-01-12");
        assertThat(r.dueOn()).isEqualTo("2026-07-01");
    }

    @Test
    void aChildsPlanIsFirstReviewedSixMonthsAfterAgreementInEitherRegime() {
        for (String regime : new String[] {"WALES_2007", "WALES_2016"}) {
            long plan = agreedPlan(regime, "CHILDREN", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 7), null)[1];
            var r = f.review(plan, 1);
            assertThat(r.rule()).as(regime).isEqualTo("CHILD_PLAN_REVIEW_FIRST");
            assertThat(r.dueOn()).as(regime + ": 31 August + 6 months").isEqualTo("2027-02-28");
        }
    }

    @Test
    void agreeingThePlanAgainWithAnEarlierReviewDateBringsTheReviewForwardAndALaterOneLeavesIt() {
        long[] p = agreedPlan("WALES_2016", "ADULTS", LocalDate.of(2026, 2, 2), null, null);
        assertThat(f.review(p[1], 1).dueOn()).isEqualTo("2027-02-02");
        f.agree("practitioner", p[0], p[1], p[2], p[3], "ADULTS", 2, LocalDate.of(2026, 3, 2), null, LocalDate.of(2026, 9, 1));
        assertThat(f.review(p[1], 1).dueOn()).isEqualTo("2026-09-01");
        f.agree("practitioner", p[0], p[1], p[2], p[3], "ADULTS", 3, LocalDate.of(2026, 4, 6), null, LocalDate.of(2026, 12, 1));
        var r = f.review(p[1], 1);
        assertThat(r.dueOn()).as("never put back").isEqualTo("2026-09-01");
        assertThat(r.ruleDueOn()).isEqualTo("2027-02-02");
        assertThat(f.review(p[1], 2)).as("one review scheduled at a time").isNull();
    }

    @Test
    void endingThePlanCancelsItsScheduledReview() {
        long[] p = agreedPlan("WALES_2016", "ADULTS", LocalDate.of(2026, 2, 2), null, null);
        f.publish("practitioner", new PlanEnded(p[0], p[1], p[2], LocalDate.of(2026, 5, 1), "Case closed"));
        assertThat(f.review(p[1], 1).status()).isEqualTo("CANCELLED");
        assertThat(ReviewFixture.audited(superuser, f.review(p[1], 1).id(), "UPDATE", p[2])).isEqualTo(1);
    }

    @Test
    void schedulingIsAuditedAsAWriteAboutThePerson() {
        long[] p = agreedPlan("WALES_2016", "ADULTS", LocalDate.of(2026, 2, 2), null, null);
        assertThat(ReviewFixture.audited(superuser, f.review(p[1], 1).id(), "CREATE", p[2])).isEqualTo(1);
    }
}
