package cymru.gofal.intake.internal;

/**
 * Who may do what in intake, as {@code @PreAuthorize} rules shared by the services, pages and API. Need-to-know
 * about the person (restricted records) comes on top, from {@link cymru.gofal.people.People}.
 */
public final class IntakeAccess {

    /** Read contacts, referrals, waiting lists and the people turned aside. */
    public static final String READ = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','REVIEWER','ADMIN')";
    /** Record contacts and referrals, screen referrals (decide) and record check-backs. */
    public static final String WRITE = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN')";

    private IntakeAccess() {
    }
}
