package cymru.gofal.review.evidence;

/**
 * Who may do what with a review's evidence, as @PreAuthorize expressions: the outer role check. Per review, who
 * adds evidence is the review's content rule (ReviewGuard: an inspection's REVIEWER-role team members; a
 * self-assessment's senior managers, QA officers and team members), and who samples cases is its LEAD_REVIEWER or
 * a senior manager (CaseSamples). Case files read are personal data: each is visible only when its person is
 * (need-to-know, see the people module's Viewer).
 */
public final class EvidenceAccess {

    public static final String READ = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    public static final String WRITE = "hasAnyRole('REVIEWER','SENIOR_MANAGER','QA_OFFICER')";
    /** Sampling cases (checked again per review: the LEAD_REVIEWER or a senior manager). */
    public static final String SAMPLE = "hasAnyRole('REVIEWER','SENIOR_MANAGER')";
    /** Starting a self-assessment of one's own council. */
    public static final String SELF_ASSESS = "hasRole('SENIOR_MANAGER')";

    private EvidenceAccess() {
    }
}
