package cymru.gofal.people.internal;

/**
 * A person's details as typed on the form or sent in JSON: every field a string, so that nothing is lost or
 * refused by the framework before {@link PersonValidator} can say, in words, what is wrong with it.
 */
public record PersonInput(String givenNames, String familyName, String preferredName, String dateOfBirth,
        Boolean dateOfBirthEstimated, String gender, String ethnicity, String disability, String preferredLanguage,
        Boolean activeOfferMade, String nhsNumber, String uniquePupilNumber, String dateOfDeath) {

    public static PersonInput empty() {
        return new PersonInput("", "", "", "", false, "", "NOT_KNOWN", "NOT_KNOWN", "en", false, "", "", "");
    }

    public static PersonInput of(PersonDetails d) {
        return new PersonInput(d.givenNames(), d.familyName(), nz(d.preferredName()), d.dateOfBirth() == null ? "" : d.dateOfBirth().toString(),
                d.dateOfBirthEstimated(), d.gender(), d.ethnicity(), d.disability(), d.preferredLanguage(), d.activeOfferMade(),
                nz(d.nhsNumber()), nz(d.uniquePupilNumber()), d.dateOfDeath() == null ? "" : d.dateOfDeath().toString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
