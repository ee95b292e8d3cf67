package cymru.gofal.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cymru.gofal.people.NhsNumbers;
import cymru.gofal.people.UniquePupilNumbers;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Checks a person's details, page and API alike, naming every field that is wrong. Names keep exactly what was
 * typed (Welsh letters and accents included) apart from surrounding spaces; control and invisible formatting
 * characters are refused, since they hide text or reorder it on screen.
 */
@Component
public class PersonValidator {

    static final int NAME_MAX = 200;
    static final int FIRST_YEAR = 1880;
    private static final Set<String> GENDERS = Set.of("FEMALE", "MALE", "INDETERMINATE", "NOT_KNOWN");
    private static final Set<String> DISABILITY = Set.of("YES", "NO", "NOT_KNOWN");
    private static final Set<String> LANGUAGES = Set.of("en", "cy");

    private final ReferenceData reference;
    private final Clock clock;

    PersonValidator(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** The checked details, or null when {@code errors} gained a problem. */
    public PersonDetails validate(PersonInput in, List<FormError> errors) {
        int before = errors.size();
        String given = FormText.name("givenNames", FormText.required("givenNames", in.givenNames(), NAME_MAX, "people.error.givenNames", errors),
                "people.error.givenNames", errors);
        String family = FormText.name("familyName", FormText.required("familyName", in.familyName(), NAME_MAX, "people.error.familyName", errors),
                "people.error.familyName", errors);
        String preferred = FormText.name("preferredName", FormText.optional("preferredName", in.preferredName(), NAME_MAX,
                "people.error.preferredName", errors), "people.error.preferredName", errors);
        LocalDate today = cymru.gofal.platform.web.Dates.today(clock);
        LocalDate dob = FormDates.parse("dateOfBirth", in.dateOfBirth(), false, "people.error.dateOfBirth", FIRST_YEAR, today.getYear(), errors);
        if (dob != null && dob.isAfter(today)) {
            errors.add(new FormError("dateOfBirth", "people.error.dateOfBirth.future"));
        }
        LocalDate dod = FormDates.parse("dateOfDeath", in.dateOfDeath(), false, "people.error.dateOfDeath", FIRST_YEAR, today.getYear(), errors);
        if (dod != null && dod.isAfter(today)) {
            errors.add(new FormError("dateOfDeath", "people.error.dateOfDeath.future"));
        } else if (dod != null && dob != null && dod.isBefore(dob)) {
            errors.add(new FormError("dateOfDeath", "people.error.dateOfDeath.beforeBirth"));
        }
        boolean estimated = Boolean.TRUE.equals(in.dateOfBirthEstimated());
        if (estimated && dob == null && errors.size() == before) {
            errors.add(new FormError("dateOfBirth", "people.error.dateOfBirth.estimatedWithout"));
        }
        String gender = code("gender", in.gender(), GENDERS, errors);
        String disability = code("disability", blankTo(in.disability(), "NOT_KNOWN"), DISABILITY, errors);
        String language = code("preferredLanguage", blankTo(in.preferredLanguage(), "en"), LANGUAGES, errors);
        String ethnicity = blankTo(in.ethnicity(), "NOT_KNOWN");
        if (reference.ethnicity(ethnicity).isEmpty()) {
            errors.add(new FormError("ethnicity", "people.error.ethnicity"));
        }
        String nhs = nhsNumber(in.nhsNumber(), errors);
        String upn = upn(in.uniquePupilNumber(), errors);
        if (errors.size() > before) {
            return null;
        }
        return new PersonDetails(given, family, preferred, dob, estimated, gender, ethnicity, disability, language,
                Boolean.TRUE.equals(in.activeOfferMade()), nhs, upn, dod);
    }

    private static String nhsNumber(String typed, List<FormError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > 20 || NhsNumbers.digits(typed) == null) {
            errors.add(new FormError("nhsNumber", "people.error.nhsNumber.format"));
            return null;
        }
        if (!NhsNumbers.isValid(typed)) {
            errors.add(new FormError("nhsNumber", "people.error.nhsNumber.check"));
            return null;
        }
        return NhsNumbers.digits(typed);
    }

    private static String upn(String typed, List<FormError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String upn = typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (upn.length() > 20 || !UniquePupilNumbers.isValid(upn)) {
            errors.add(new FormError("uniquePupilNumber", "people.error.uniquePupilNumber"));
            return null;
        }
        return upn;
    }

    private static String code(String field, String value, Set<String> allowed, List<FormError> errors) {
        if (value == null || !allowed.contains(value)) {
            errors.add(new FormError(field, "people.error." + field));
            return null;
        }
        return value;
    }

    private static String blankTo(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
