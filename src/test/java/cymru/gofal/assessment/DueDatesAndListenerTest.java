package cymru.gofal.assessment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.assessment.internal.AssessmentType;
import cymru.gofal.assessment.internal.AssessmentTypes;
import cymru.gofal.intake.ReferralAccepted;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Due dates from the rule engine on the council's calendar for every type in both regimes (bank holidays included),
 * and the ReferralAccepted listener opening the regime's type for the route, in the decision's transaction.
 */
@IntegrationTest
class DueDatesAndListenerTest {

    static final LocalDate THU_17_DEC_2026 = LocalDate.of(2026, 12, 17);

    @Autowired
    AssessmentTypes types;
    @Autowired
    TimescaleRules rules;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;

    long council2007;
    long referral = System.nanoTime() % 1_000_000_000L;

    @BeforeEach
    void signIn() {
        AssessmentFixture.signIn(users, "team.manager");
        council2007 = AssessmentFixture.council(jdbc, "WALES_2007");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    AssessmentType type(String regime, String code) {
        return types.find(regime, code).orElseThrow();
    }

    long councilOf(String regime) {
        return "WALES_2007".equals(regime) ? council2007 : 1L;
    }

    @Test
    void anInitialAssessmentForAReferralOnThursday17December2026SkipsChristmasAndTheBoxingDaySubstitute() {
        LocalDate due = types.dueDate(council2007, type("WALES_2007", "INITIAL_ASSESSMENT"), THU_17_DEC_2026);
        // Day 0 is the referral day; 18, 21, 22, 23, 24, (25 and 28 Dec bank holidays), 29, 30 December.
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(workingDays.englandAndWales().isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    }

    @Test
    void aChildAssessmentIsDue42WorkingDaysAfterTheReferral() {
        assertThat(types.dueDate(1, type("WALES_2016", "CHILD_ASSESSMENT"), THU_17_DEC_2026)).isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void aCoreAssessmentIsDue35WorkingDaysAfterItStartsSkippingEaster() {
        assertThat(types.dueDate(council2007, type("WALES_2007", "CORE_ASSESSMENT"), LocalDate.of(2027, 3, 22)))
                .isEqualTo(LocalDate.of(2027, 5, 13));
    }

    @Test
    void everyTypeInBothRegimesIsDueItsRulesWorkingDaysAfterItsClockStartsOnTheCouncilsCalendar() {
        for (String regime : List.of("WALES_2007", "WALES_2016")) {
            List<AssessmentType> offered = types.offered(councilOf(regime));
            assertThat(offered).isNotEmpty().allMatch(t -> t.regime().equals(regime));
            for (AssessmentType t : offered) {
                var rule = rules.rule(regime, t.ruleCode()).orElseThrow();
                assertThat(rule.unit().name()).isEqualTo("WORKING_DAYS");
                LocalDate expected = workingDays.forCouncil(councilOf(regime)).addWorkingDays(THU_17_DEC_2026, rule.offset());
                assertThat(types.dueDate(councilOf(regime), t, THU_17_DEC_2026)).as(regime + " " + t.code()).isEqualTo(expected);
            }
        }
        assertThat(types.offered(council2007)).extracting(AssessmentType::code).containsExactly("UAP_CONTACT", "UAP_OVERVIEW",
                "UAP_SPECIALIST", "UAP_COMPREHENSIVE", "INITIAL_ASSESSMENT", "CORE_ASSESSMENT", "CARER_ASSESSMENT", "SPECIALIST_ASSESSMENT");
        assertThat(types.offered(1)).extracting(AssessmentType::code).containsExactly("ADULT_ASSESSMENT", "CHILD_ASSESSMENT",
                "CARER_ASSESSMENT", "SPECIALIST_ASSESSMENT");
    }

    @Test
    void aCouncilClosureDayMovesTheDueDate() {
        long council = AssessmentFixture.council(jdbc, "WALES_2016");
        jdbc.sql("INSERT INTO council_closure_day (authority_id, day, reason, created_by) VALUES (:a, DATE '2027-02-18', 'Flood', 'test')")
                .param("a", council).update();
        assertThat(types.dueDate(council, type("WALES_2016", "CHILD_ASSESSMENT"), THU_17_DEC_2026)).isEqualTo(LocalDate.of(2027, 2, 19));
    }

    Row accept(long council, String route) {
        long team = AssessmentFixture.team(jdbc, council);
        long person = AssessmentFixture.person(jdbc, council, LocalDate.of(2015, 1, 1));
        long ref = ++referral;
        tx.executeWithoutResult(s -> events.publishEvent(new ReferralAccepted(council, ref, person, route, THU_17_DEC_2026, team,
                "STANDARD", "team.manager")));
        return jdbc.sql("SELECT type_code, team_id, staff_id, status, clock_start, due_on, person_id FROM assessment WHERE referral_id = :r")
                .param("r", ref).query(Row.class).single();
    }

    record Row(String typeCode, long teamId, Long staffId, String status, LocalDate clockStart, LocalDate dueOn, long personId) {
    }

    @Test
    void anAcceptedChildrensReferralOpensAnInitialAssessmentUnder2007AndAChildAssessmentUnder2016() {
        Row initial = accept(council2007, "CHILDREN");
        assertThat(initial.typeCode()).isEqualTo("INITIAL_ASSESSMENT");
        assertThat(initial.dueOn()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(initial.staffId()).isNull();
        assertThat(initial.status()).isEqualTo("AWAITING_ALLOCATION");
        assertThat(initial.clockStart()).isEqualTo(THU_17_DEC_2026);
        Row child = accept(1, "CHILDREN");
        assertThat(child.typeCode()).isEqualTo("CHILD_ASSESSMENT");
        assertThat(child.dueOn()).isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void anAcceptedAdultsReferralOpensAnOverviewAssessmentUnder2007AndAnAdultAssessmentUnder2016() {
        assertThat(accept(council2007, "ADULTS").typeCode()).isEqualTo("UAP_OVERVIEW");
        Row adult = accept(1, "ADULTS");
        assertThat(adult.typeCode()).isEqualTo("ADULT_ASSESSMENT");
        assertThat(adult.dueOn()).isEqualTo(workingDays.forCouncil(1).addWorkingDays(THU_17_DEC_2026,
                rules.rule("WALES_2016", "ADULT_ASSESSMENT").orElseThrow().offset()));
    }

    @Test
    void theSameReferralAcceptedTwiceOpensOneAssessment() {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1950, 1, 1));
        long ref = ++referral;
        var event = new ReferralAccepted(1, ref, person, "ADULTS", THU_17_DEC_2026, team, "STANDARD", "team.manager");
        tx.executeWithoutResult(s -> events.publishEvent(event));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE referral_id = :r").param("r", ref).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDecisionRolledBackLeavesNoAssessment() {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1950, 1, 1));
        long ref = ++referral;
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            events.publishEvent(new ReferralAccepted(1, ref, person, "ADULTS", THU_17_DEC_2026, team, "STANDARD", "team.manager"));
            throw new IllegalStateException("the decision failed after the event");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE referral_id = :r").param("r", ref).query(Integer.class).single()).isZero();
    }
}
