package cymru.gofal.people;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person as other modules need them: who they are, for headings and lists. Only ever handed out for people the
 * signed-in user may see, and each hand-out is audited by {@link People}.
 *
 * @param dateOfBirth null when not known
 * @param restricted  whether the record is restricted (shown with a Restricted tag)
 */
public record PersonRef(long id, String givenNames, String familyName, String preferredName, LocalDate dateOfBirth,
        boolean dateOfBirthEstimated, LocalDate dateOfDeath, String preferredLanguage, boolean restricted) {

    public String displayName() {
        return givenNames + " " + familyName;
    }

    /** Age in whole years on {@code day}, or null without a date of birth. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    /** Under 18 on {@code day}; a person with no date of birth is not taken to be a child. */
    public boolean childOn(LocalDate day) {
        Integer age = ageOn(day);
        return age != null && age < 18;
    }
}
