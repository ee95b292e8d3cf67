package cymru.gofal.people.internal;

import java.time.LocalDate;

/** What to look for: a name (any words, in any order), a date of birth, an NHS number; any of them. */
public record SearchQuery(String name, LocalDate dateOfBirth, String nhsNumber) {

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && dateOfBirth == null && nhsNumber == null;
    }
}
