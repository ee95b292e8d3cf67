package cymru.gofal.simulator;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import cymru.gofal.platform.authority.Council;
import cymru.gofal.simulator.internal.CouncilPlan;

import static org.assertj.core.api.Assertions.assertThat;

/** The councils and sizes of each scale, without a database. */
class ScalePlansTest {

    private static final Council MERTHYR = new Council(1, "MTCBC", "Merthyr Tydfil County Borough Council",
            "Cyngor Bwrdeistref Sirol Merthyr Tudful", "WALES_2016", 0);

    private final AtomicLong nextId = new AtomicLong(2);
    private final ScalePlans plans = new ScalePlans(council -> nextId.getAndIncrement());

    @Test
    void smallIsOneMerthyrLikeCouncilWithTheDemoStaff() {
        List<CouncilPlan> s = plans.plans(Scale.S, 1, PopulationFixture.AS_OF, MERTHYR);
        assertThat(s).singleElement().satisfies(plan -> {
            assertThat(plan.authorityId()).isEqualTo(1);
            assertThat(plan.people().people()).isEqualTo(8000);
            assertThat(plan.workforce().staff()).isEqualTo(150);
            assertThat(plan.people().accessUsernames()).containsExactly("practitioner");
            assertThat(plan.workforce().accounts()).extracting(a -> a.username())
                    .contains("practitioner", "practitioner2", "team.manager").doesNotContain("councillor", "reviewer");
        });
    }

    @Test
    void largeIsAllWalesWithAtLeastAMillionPeopleBesidesTheHomeCouncil() {
        List<CouncilPlan> l = plans.plans(Scale.L, 1, PopulationFixture.AS_OF, MERTHYR);
        assertThat(l).hasSize(22);
        assertThat(l.stream().map(CouncilPlan::authorityId).distinct()).hasSize(22);
        long people = l.stream().filter(p -> p.authorityId() != 1).mapToLong(p -> p.people().people()).sum();
        assertThat(people).isGreaterThanOrEqualTo(1_000_000);
        assertThat(l.stream().mapToLong(p -> p.workforce().staff()).sum()).isGreaterThanOrEqualTo(3000);
        CouncilPlan cardiff = l.stream().filter(p -> p.people().council().code().equals("CARDIFF")).findFirst().orElseThrow();
        assertThat(cardiff.people().people()).isGreaterThan(100_000);
        assertThat(cardiff.workforce().accounts()).isEmpty();
    }

    @Test
    void thePractitionersAreInDifferentTeams() {
        var accounts = ScalePlans.demoAccounts();
        String one = accounts.stream().filter(a -> a.username().equals("practitioner")).findFirst().orElseThrow().team();
        String two = accounts.stream().filter(a -> a.username().equals("practitioner2")).findFirst().orElseThrow().team();
        assertThat(one).isNotEqualTo(two).isEqualTo(ScalePlans.ACCESS_TEAM);
    }
}
