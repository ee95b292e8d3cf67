package cymru.gofal.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cymru.gofal.casework.CaseFit.Complexity;
import cymru.gofal.casework.CaseFit.Need;
import cymru.gofal.casework.CaseFit.Result;
import cymru.gofal.casework.CaseFit.Worker;

import static org.assertj.core.api.Assertions.assertThat;

/** The case fit rules as plain functions over rule rows shaped like the seeded case_complexity and case_need_type. */
class CaseFitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Complexity MEDIUM = new Complexity("MEDIUM", 2, false, 0);
    static final Complexity HIGH = new Complexity("HIGH", 3, true, 2);
    static final Need CHILD_PROTECTION = new Need("CHILD_PROTECTION", "CHILD_PROTECTION", true, 2, false);
    static final Need COURT = new Need("COURT_PROCEEDINGS", "COURT_WORK", true, 2, false);
    static final Need MENTAL_HEALTH = new Need("MENTAL_HEALTH", "MENTAL_HEALTH", false, 0, false);
    static final Need WELSH_LANGUAGE = new Need("WELSH_LANGUAGE", null, false, 0, true);
    static final Need EXPLOITATION = new Need("CHILD_EXPLOITATION", "CHILD_EXPLOITATION", true, 1, false);

    /** A registered social worker qualified in 2015, fluent in Welsh, with every skill the tests use and room for 20 points. */
    static Worker seasoned() {
        return new Worker(1, Set.of("CHILD_PROTECTION", "COURT_WORK", "MENTAL_HEALTH", "CHILD_EXPLOITATION"), true, true,
                LocalDate.of(2015, 9, 1), "FLUENT", 20, 10);
    }

    static Worker with(Set<String> skills, boolean qualifiedRole, boolean registered, LocalDate qualifiedOn, String welsh, int capacity, int load) {
        return new Worker(2, skills, qualifiedRole, registered, qualifiedOn, welsh, capacity, load);
    }

    @Test
    void aWorkerWhoMeetsEveryRuleFitsWithNoMisfits() {
        Result r = CaseFit.assess(HIGH, List.of(CHILD_PROTECTION, COURT, WELSH_LANGUAGE), seasoned(), TODAY);
        assertThat(r.fits()).isTrue();
        assertThat(r.misfits()).isEmpty();
        assertThat(r.years()).isEqualTo(10);
        assertThat(r.yearsRequired()).isEqualTo(2);
        assertThat(r.loadAfter()).isEqualTo(13);
        assertThat(r.percentAfter()).isEqualTo(65);
    }

    @Test
    void skillRuleGivesOneSkillMisfitPerNeedSkillNotHeldInTheOrderOfTheNeeds() {
        Worker w = with(Set.of("COURT_WORK"), true, true, LocalDate.of(2010, 1, 1), "NONE", 20, 0);
        Result r = CaseFit.assess(MEDIUM, List.of(MENTAL_HEALTH, COURT, CHILD_PROTECTION), w, TODAY);
        assertThat(r.misfits()).containsExactly("SKILL:MENTAL_HEALTH", "SKILL:CHILD_PROTECTION");
        assertThat(r.skills()).extracting(CaseFit.SkillCheck::held).containsExactly(false, true, false);
    }

    @Test
    void skillRuleIgnoresANeedThatCallsForNoSkill() {
        Worker w = with(Set.of(), false, false, null, "FLUENT", 20, 0);
        assertThat(CaseFit.assess(MEDIUM, List.of(WELSH_LANGUAGE), w, TODAY).misfits()).isEmpty();
    }

    @Test
    void qualifiedRuleRequiresAQualifiedSocialWorkRoleWhenANeedAsksForIt() {
        Worker assistant = with(Set.of("CHILD_PROTECTION"), false, true, LocalDate.of(2010, 1, 1), "NONE", 20, 0);
        assertThat(CaseFit.assess(MEDIUM, List.of(CHILD_PROTECTION), assistant, TODAY).misfits()).containsExactly("QUALIFIED");
    }

    @Test
    void qualifiedRuleRequiresRegistrationWithSocialCareWalesWhenTheComplexityAsksForIt() {
        Worker unregistered = with(Set.of(), true, false, LocalDate.of(2010, 1, 1), "NONE", 20, 0);
        Result r = CaseFit.assess(HIGH, List.of(), unregistered, TODAY);
        assertThat(r.misfits()).containsExactly("QUALIFIED");
        assertThat(r.qualifiedRequired()).isTrue();
        assertThat(CaseFit.assess(MEDIUM, List.of(), unregistered, TODAY).misfits()).isEmpty();
    }

    @Test
    void experienceRuleTakesTheLargestMinimumOfTheNeedsAndTheComplexity() {
        Complexity veryHigh = new Complexity("VERY_HIGH", 4, true, 3);
        Worker twoYears = with(Set.of("CHILD_PROTECTION"), true, true, TODAY.minusYears(2), "NONE", 20, 0);
        assertThat(CaseFit.assess(HIGH, List.of(CHILD_PROTECTION), twoYears, TODAY).misfits()).isEmpty();
        Result r = CaseFit.assess(veryHigh, List.of(CHILD_PROTECTION), twoYears, TODAY);
        assertThat(r.misfits()).containsExactly("EXPERIENCE");
        assertThat(r.yearsRequired()).isEqualTo(3);
    }

    @Test
    void experienceRuleCountsWholeYearsSoADayShortOfTwoYearsIsOne() {
        Worker almost = with(Set.of("CHILD_PROTECTION"), true, true, TODAY.minusYears(2).plusDays(1), "NONE", 20, 0);
        Result r = CaseFit.assess(MEDIUM, List.of(CHILD_PROTECTION), almost, TODAY);
        assertThat(r.years()).isEqualTo(1);
        assertThat(r.misfits()).containsExactly("EXPERIENCE");
    }

    @Test
    void experienceRuleCountsNoDayOfQualifyingAsNoYears() {
        Worker unknown = with(Set.of("CHILD_EXPLOITATION"), true, true, null, "NONE", 20, 0);
        Result r = CaseFit.assess(MEDIUM, List.of(EXPLOITATION), unknown, TODAY);
        assertThat(r.years()).isZero();
        assertThat(r.misfits()).containsExactly("EXPERIENCE");
        assertThat(CaseFit.yearsQualified(TODAY.plusDays(1), TODAY)).isZero();
    }

    @Test
    void welshRuleAcceptsConversationalAndFluentButNotALearner() {
        for (String level : List.of("CONVERSATIONAL", "FLUENT")) {
            assertThat(CaseFit.assess(MEDIUM, List.of(WELSH_LANGUAGE), with(Set.of(), false, false, null, level, 20, 0), TODAY).fits())
                    .as(level).isTrue();
        }
        for (String level : List.of("NONE", "LEARNER")) {
            assertThat(CaseFit.assess(MEDIUM, List.of(WELSH_LANGUAGE), with(Set.of(), false, false, null, level, 20, 0), TODAY).misfits())
                    .as(level).containsExactly("WELSH");
        }
    }

    @Test
    void capacityRuleAllowsALoadExactlyAtCapacityAndRefusesOnePointOver() {
        assertThat(CaseFit.assess(MEDIUM, List.of(), with(Set.of(), false, false, null, "NONE", 10, 8), TODAY).fits()).isTrue();
        Result over = CaseFit.assess(MEDIUM, List.of(), with(Set.of(), false, false, null, "NONE", 10, 9), TODAY);
        assertThat(over.misfits()).containsExactly("CAPACITY");
        assertThat(over.loadAfter()).isEqualTo(11);
    }

    @Test
    void capacityRuleWithNoCapacityRefusesEveryCase() {
        Result r = CaseFit.assess(new Complexity("LOW", 1, false, 0), List.of(), with(Set.of(), false, false, null, "NONE", 0, 0), TODAY);
        assertThat(r.misfits()).containsExactly("CAPACITY");
        assertThat(r.percentAfter()).isNull();
    }

    @Test
    void everyRuleBrokenGivesEveryCodeInRuleOrder() {
        Worker novice = with(Set.of(), false, false, null, "LEARNER", 2, 1);
        assertThat(CaseFit.assess(HIGH, List.of(COURT, CHILD_PROTECTION, WELSH_LANGUAGE), novice, TODAY).misfits())
                .containsExactly("SKILL:COURT_WORK", "SKILL:CHILD_PROTECTION", "QUALIFIED", "EXPERIENCE", "WELSH", "CAPACITY");
    }

    @Test
    void ruleDataNotCodeDecidesAComplexityWithoutRequirementsAsksForNothing() {
        Complexity relaxedHigh = new Complexity("HIGH", 3, false, 0);
        assertThat(CaseFit.assess(relaxedHigh, List.of(), with(Set.of(), false, false, null, "NONE", 20, 0), TODAY).fits()).isTrue();
    }

    @Test
    void bestFirstRanksFewestMisfitsThenMostRoomThenMostExperience() {
        Worker full = new Worker(3, Set.of(), true, true, LocalDate.of(2000, 1, 1), "NONE", 10, 10);
        Worker busy = new Worker(4, Set.of(), true, true, LocalDate.of(2020, 1, 1), "NONE", 10, 6);
        Worker free = new Worker(5, Set.of(), true, true, LocalDate.of(2022, 1, 1), "NONE", 10, 0);
        Worker freeSenior = new Worker(6, Set.of(), true, true, LocalDate.of(2005, 1, 1), "NONE", 10, 0);
        List<Result> results = new ArrayList<>();
        for (Worker w : List.of(full, busy, free, freeSenior)) {
            results.add(CaseFit.assess(MEDIUM, List.of(), w, TODAY));
        }
        results.sort(CaseFit.BEST_FIRST);
        assertThat(results).extracting(Result::staffId).containsExactly(6L, 5L, 4L, 3L);
    }
}
