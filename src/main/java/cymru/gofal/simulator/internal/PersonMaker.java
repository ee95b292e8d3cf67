package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cymru.gofal.people.NameKeys;

/**
 * Makes one person: names (with a previous family name where they changed it), date of birth from an age,
 * gender, ethnicity, disability, language and the active offer, identifiers (test NHS number, unique pupil number
 * for school-age children, a reference in the previous case system), address history and, for a few, death.
 */
final class PersonMaker {

    private final SplittableRandom random;
    private final PopulationSpec spec;
    private final NameLists names;
    private final Addresses addresses;
    private final TestNhsNumbers nhs;
    private final PupilNumberIssuer upns;
    private int nextIndex;

    PersonMaker(SplittableRandom random, PopulationSpec spec, NameLists names, Addresses addresses) {
        this.random = random;
        this.spec = spec;
        this.names = names;
        this.addresses = addresses;
        this.nhs = new TestNhsNumbers(spec.council(), spec.seed());
        this.upns = new PupilNumberIssuer(spec.council().laCode());
    }

    int made() {
        return nextIndex;
    }

    /**
     * A person of this sex ("F" or "M") and age in whole years, living in the family's home (or {@code home}),
     * with {@code familyName}; {@code birthFamilyName}, when different, is kept as their previous name.
     */
    int make(PeopleBatch batch, Traits family, Addresses.Dwelling home, String sex, int age, String familyName,
            String birthFamilyName, double disabilityChance) {
        int index = nextIndex++;
        LocalDate asOf = spec.asOf();
        LocalDate born = asOf.minusYears(age).minusDays(random.nextInt(365));
        boolean estimated = random.nextDouble() < 0.02;
        if (estimated) {
            born = LocalDate.of(born.getYear(), 7, 1);
        }
        String first = names.given(random, sex, born.getYear(), family.welsh());
        String given = first;
        if (random.nextDouble() < 0.25) {
            String middle = names.given(random, sex, born.getYear(), family.welsh());
            if (!middle.equals(first)) {
                given = first + " " + middle;
            }
        }
        String preferred = names.preferred(first) != null && random.nextDouble() < 0.3 ? names.preferred(first) : null;
        List<String> otherNames = new ArrayList<>();
        if (birthFamilyName != null && !birthFamilyName.equals(familyName)) {
            batch.names.add(new PeopleBatch.Name(index, "PREVIOUS", given, birthFamilyName));
            otherNames.add(given + " " + birthFamilyName);
        }
        if (random.nextDouble() < 0.01) {
            String alias = names.given(random, sex, born.getYear(), family.welsh());
            batch.names.add(new PeopleBatch.Name(index, "ALIAS", alias, familyName));
            otherNames.add(alias + " " + familyName);
        }
        boolean restricted = spec.isRestricted(index);
        batch.people.add(new PeopleBatch.Person(index, given, familyName, preferred, born, estimated, gender(sex),
                ethnicity(family), disability(disabilityChance), family.welsh() ? "cy" : "en",
                random.nextDouble() < (family.welsh() ? 0.95 : 0.85), nhsNumber(), upn(born), death(born),
                restricted, NameKeys.searchKey(given, familyName, preferred, otherNames)));
        if (random.nextDouble() < 0.3) {
            batch.identifiers.add(new PeopleBatch.Identifier(index, "LEGACY",
                    spec.council().laCode() + "-" + String.format("%07d", index + 1)));
        }
        if (restricted) {
            spec.accessUsernames().forEach(u -> batch.access.add(new PeopleBatch.Access(index, u, null)));
            spec.accessTeams().forEach(t -> batch.access.add(new PeopleBatch.Access(index, null, t)));
        }
        addresses.history(batch, index, born, home == null ? family.home() : home, family.movedIn());
        return index;
    }

    LocalDate bornOf(PeopleBatch batch, int index) {
        return batch.people.get(index - batch.firstIndex()).dateOfBirth();
    }

    private String gender(String sex) {
        double r = random.nextDouble();
        if (r < 0.001) {
            return "INDETERMINATE";
        }
        if (r < 0.003) {
            return "NOT_KNOWN";
        }
        return "F".equals(sex) ? "FEMALE" : "MALE";
    }

    private String ethnicity(Traits family) {
        double r = random.nextDouble();
        return r < 0.03 ? "NOT_KNOWN" : r < 0.04 ? "NOT_STATED" : family.ethnicity();
    }

    private String disability(double chance) {
        double r = random.nextDouble();
        return r < chance ? "YES" : r < chance + 0.12 ? "NOT_KNOWN" : "NO";
    }

    private String nhsNumber() {
        return random.nextDouble() < 0.88 ? nhs.next() : null;
    }

    private String upn(LocalDate born) {
        int age = Period.between(born, spec.asOf()).getYears();
        return age >= 4 && age <= 17 && random.nextDouble() < 0.95 ? upns.next(random, born.getYear() + 4) : null;
    }

    private LocalDate death(LocalDate born) {
        int age = Period.between(born, spec.asOf()).getYears();
        double chance = age >= 65 ? 0.04 : age >= 18 ? 0.008 : 0.002;
        if (random.nextDouble() >= chance) {
            return null;
        }
        LocalDate died = spec.asOf().minusDays(1 + random.nextInt(3 * 365));
        return died.isBefore(born) ? born : died;
    }
}
