package cymru.gofal.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.assessment.internal.Summaries;

/**
 * The assessment module's face to other modules (cases and plans): assessments and their needs, for the signed-in
 * user's council and only about people they may see; anything else is absent. Audited as a READ about the person,
 * in the caller's transaction.
 */
@Service
public class Assessments {

    private final Summaries summaries;

    Assessments(Summaries summaries) {
        this.summaries = summaries;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<AssessmentSummary> find(long assessmentId) {
        return summaries.find(assessmentId);
    }

    /** The person's assessments, newest clock first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<AssessmentSummary> ofPerson(long personId) {
        return summaries.ofPerson(personId);
    }

    /** The needs recorded on the assessment, in the order recorded; empty when it is not visible. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<AssessedNeed> needs(long assessmentId) {
        return summaries.needs(assessmentId);
    }
}
