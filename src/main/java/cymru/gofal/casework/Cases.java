package cymru.gofal.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.internal.CaseReads;

/**
 * The casework module's face to other modules (plans, reviews): cases of the signed-in user's council about people
 * they may see; anything else is absent. Audited as a READ about the person, in the caller's transaction.
 */
@Service
public class Cases {

    private final CaseReads reads;

    Cases(CaseReads reads) {
        this.reads = reads;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<CaseRef> find(long caseId) {
        return reads.find(caseId);
    }

    /** The person's cases, open ones first, then newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<CaseRef> ofPerson(long personId) {
        return reads.ofPerson(personId);
    }
}
