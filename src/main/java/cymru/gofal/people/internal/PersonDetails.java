package cymru.gofal.people.internal;

import java.time.LocalDate;

/** A person's own details, checked: names stripped, codes known, identifiers valid, dates possible. */
public record PersonDetails(String givenNames, String familyName, String preferredName, LocalDate dateOfBirth,
        boolean dateOfBirthEstimated, String gender, String ethnicity, String disability, String preferredLanguage,
        boolean activeOfferMade, String nhsNumber, String uniquePupilNumber, LocalDate dateOfDeath) {
}
