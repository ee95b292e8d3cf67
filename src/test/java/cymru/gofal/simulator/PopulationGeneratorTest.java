package cymru.gofal.simulator;

import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cymru.gofal.people.NhsNumbers;
import cymru.gofal.simulator.internal.PeopleBatch;
import cymru.gofal.simulator.internal.PopulationGenerator;
import cymru.gofal.people.UniquePupilNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The generator alone, in memory: deterministic from its seed, and plausible for a council's social services. */
class PopulationGeneratorTest {

    private static final PeopleBatch MERTHYR = PopulationFixture.generate(PopulationFixture.spec("MTCBC", 42, 8000));

    @Test
    void sameSeedGivesTheSameRows() {
        assertThat(PopulationFixture.checksum(PopulationFixture.spec("MTCBC", 42, 3000)))
                .isEqualTo(PopulationFixture.checksum(PopulationFixture.spec("MTCBC", 42, 3000)));
    }

    @Test
    void anotherSeedOrCouncilGivesOtherRows() {
        String base = PopulationFixture.checksum(PopulationFixture.spec("MTCBC", 42, 3000));
        assertThat(PopulationFixture.checksum(PopulationFixture.spec("MTCBC", 43, 3000))).isNotEqualTo(base);
        assertThat(PopulationFixture.checksum(PopulationFixture.spec("GWYNEDD", 42, 3000))).isNotEqualTo(base);
    }

    @Test
    void batchesGiveTheSameRowsAsOneRun() {
        PopulationGenerator generator = new PopulationGenerator(PopulationFixture.spec("MTCBC", 42, 8000));
        int people = 0;
        int relations = 0;
        while (generator.hasNext()) {
            PeopleBatch b = generator.next(700);
            people += b.people().size();
            relations += b.relations().size();
        }
        assertThat(people).isEqualTo(8000);
        assertThat(relations).isEqualTo(MERTHYR.relations().size());
    }

    @Test
    void exactlyThePeopleAskedFor() {
        for (int n : List.of(1, 2, 3, 17, 999)) {
            assertThat(PopulationFixture.generate(PopulationFixture.spec("CARDIFF", 7, n)).people()).hasSize(n);
        }
    }

    @Test
    void agesLookLikeSocialServicesCaseloads() {
        double children = share(p -> age(p) < 18);
        double older = share(p -> age(p) >= 65);
        double oldest = share(p -> age(p) >= 85);
        System.out.printf("children %.3f, working age %.3f, 65+ %.3f, 85+ %.3f%n", children, 1 - children - older, older, oldest);
        assertThat(children).isCloseTo(0.33, within(0.05));
        assertThat(older).isCloseTo(0.33, within(0.05));
        assertThat(oldest).isBetween(0.05, 0.15);
    }

    @Test
    void aboutOneInTenPrefersWelshInMerthyrAndMostInGwynedd() {
        assertThat(share(p -> p.language().equals("cy"))).isCloseTo(0.10, within(0.03));
        PeopleBatch gwynedd = PopulationFixture.generate(PopulationFixture.spec("GWYNEDD", 42, 5000));
        double welsh = gwynedd.people().stream().filter(p -> p.language().equals("cy")).count() / 5000.0;
        assertThat(welsh).isCloseTo(0.64, within(0.05));
    }

    @Test
    void mostlyWhiteBritishWithTheActiveOfferMadeToMost() {
        assertThat(share(p -> p.ethnicity().equals("WHITE_BRITISH"))).isBetween(0.85, 0.95);
        assertThat(share(PeopleBatch.Person::activeOfferMade)).isBetween(0.8, 0.92);
        assertThat(share(p -> p.dateOfDeath() != null)).isBetween(0.005, 0.04);
    }

    @Test
    void everyChildHasAParent() {
        Set<Integer> withParent = MERTHYR.relations().stream().filter(r -> r.kind().equals("PARENT"))
                .map(PeopleBatch.Relation::related).collect(Collectors.toSet());
        List<PeopleBatch.Person> children = MERTHYR.people().stream().filter(p -> age(p) < 18).toList();
        assertThat(children).isNotEmpty().allMatch(c -> withParent.contains(c.index()));
    }

    @Test
    void familiesCarersAndHouseholdsAreLinked() {
        Map<String, Long> kinds = MERTHYR.relations().stream()
                .collect(Collectors.groupingBy(PeopleBatch.Relation::kind, Collectors.counting()));
        System.out.println("relationships " + kinds);
        assertThat(kinds.keySet()).contains("PARENT", "SIBLING", "CARER", "PARTNER", "HOUSEHOLD");
        assertThat(kinds.get("CARER")).isGreaterThan(800);
        Set<String> once = new HashSet<>();
        for (PeopleBatch.Relation r : MERTHYR.relations()) {
            assertThat(r.person()).isNotEqualTo(r.related());
            assertThat(once.add(Math.min(r.person(), r.related()) + "-" + Math.max(r.person(), r.related()) + r.kind())).isTrue();
        }
    }

    @Test
    void nhsNumbersAreValidTestNumbersAndUnique() {
        List<String> numbers = MERTHYR.people().stream().map(PeopleBatch.Person::nhsNumber).filter(n -> n != null).toList();
        assertThat(numbers.size()).isGreaterThan(6000);
        assertThat(numbers).allMatch(NhsNumbers::isValid).allMatch(n -> n.startsWith("999")).doesNotHaveDuplicates();
    }

    @Test
    void schoolAgeChildrenHaveValidUniquePupilNumbers() {
        List<String> upns = MERTHYR.people().stream().map(PeopleBatch.Person::uniquePupilNumber).filter(n -> n != null).toList();
        assertThat(upns.size()).isGreaterThan(1000);
        assertThat(upns).allMatch(UniquePupilNumbers::isValid).allMatch(u -> u.startsWith("676", 1)).doesNotHaveDuplicates();
        assertThat(MERTHYR.people()).filteredOn(p -> p.uniquePupilNumber() != null).allMatch(p -> age(p) >= 4 && age(p) <= 17);
    }

    @Test
    void addressesHaveHistoryAndOneCurrentEach() {
        Map<Integer, List<PeopleBatch.Address>> byPerson = MERTHYR.addresses().stream()
                .collect(Collectors.groupingBy(PeopleBatch.Address::person));
        assertThat(byPerson).hasSize(8000);
        assertThat(byPerson.values()).allMatch(list -> list.size() <= 3 && list.stream().filter(a -> a.to() == null).count() == 1);
        assertThat(MERTHYR.addresses()).allMatch(a -> a.postcode().matches("CF4[678] [0-9][A-Z]{2}"));
        assertThat(byPerson.values().stream().filter(l -> l.size() > 1).count()).isGreaterThan(2000);
    }

    @Test
    void namesKeepTheirWelshLettersAndSomeHavePreviousNames() {
        assertThat(MERTHYR.people()).anyMatch(p -> p.givenNames().contains("Siân"));
        assertThat(MERTHYR.people()).anyMatch(p -> p.givenNames().contains("Llŷr") || p.givenNames().contains("Zoë"));
        assertThat(MERTHYR.names().stream().filter(n -> n.kind().equals("PREVIOUS")).count()).isGreaterThan(500);
        assertThat(MERTHYR.people()).allMatch(p -> !p.searchKey().isBlank());
    }

    @Test
    void aFewRestrictedRecordsNameTheDemoPractitioner() {
        List<PeopleBatch.Person> restricted = MERTHYR.people().stream().filter(PeopleBatch.Person::restricted).toList();
        assertThat(restricted).hasSize(5);
        assertThat(MERTHYR.access()).hasSize(5).allMatch(a -> a.username().equals("practitioner"));
    }

    private static double share(Predicate<PeopleBatch.Person> test) {
        return MERTHYR.people().stream().filter(test).count() / (double) MERTHYR.people().size();
    }

    private static int age(PeopleBatch.Person p) {
        return Period.between(p.dateOfBirth(), PopulationFixture.AS_OF).getYears();
    }
}
