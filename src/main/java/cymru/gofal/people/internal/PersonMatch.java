package cymru.gofal.people.internal;

import java.time.LocalDate;

/** One search result: enough to tell people apart (names, date of birth, NHS number, where they live now). */
public record PersonMatch(long id, String givenNames, String familyName, String preferredName, LocalDate dateOfBirth,
        boolean dateOfBirthEstimated, String gender, String nhsNumber, String town, String postcode, LocalDate dateOfDeath,
        boolean restricted, double score) {

    public String nhsNumberFormatted() {
        return cymru.gofal.people.NhsNumbers.formatted(nhsNumber);
    }
}
