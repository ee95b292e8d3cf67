package cymru.gofal.review.evidence;

/**
 * Who may do what with a review's evidence, as @PreAuthorize expressions. Reviewers and senior managers add
 * evidence (a REVIEWER only to reviews whose team names them, checked per review); QA officers read. Case files
 * read are personal data: each is visible only when its person is (need-to-know, see the people module's Viewer).
 */
public final class EvidenceAccess {

    public static final String READ = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    public static final String WRITE = "hasAnyRole('REVIEWER','SENIOR_MANAGER')";
    /** Starting a self-assessment of one's own council. */
    public static final String SELF_ASSESS = "hasRole('SENIOR_MANAGER')";

    private EvidenceAccess() {
    }
}
