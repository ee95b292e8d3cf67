package cymru.gofal.people.internal;

/**
 * Who may do what in the person register, as {@code @PreAuthorize} rules shared by the services and the pages
 * and API in front of them. Record-level need-to-know (restricted records) is {@link Viewer}'s, on top of these.
 */
public final class PeopleAccess {

    /** Find and read people: everyone who works with people's records; not finance officers or councillors. */
    public static final String READ = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','REVIEWER','ADMIN')";
    /** Record people and correct their details, names, addresses and relationships. */
    public static final String WRITE = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN')";
    /** Restrict records and keep their access lists. */
    public static final String RESTRICT = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER','ADMIN')";
    /** Open a restricted record by break-glass: managers of practice, not administrators. */
    public static final String BREAK_GLASS = "hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER')";
    /** Merge duplicate records and undo merges. */
    public static final String MERGE = "hasAnyRole('TEAM_MANAGER','ADMIN')";

    private PeopleAccess() {
    }
}
