package cymru.gofal.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.internal.CaseReads;
import cymru.gofal.casework.internal.CaseReference;

/**
 * The casework module's face to other modules (plans, reviews): cases of the signed-in user's council about people
 * they may see; anything else is absent. Audited as a READ about the person, in the caller's transaction. Names of
 * the module's reference lists (no personal data, not audited).
 */
@Service
public class Cases {

    private final CaseReads reads;
    private final CaseReference reference;

    Cases(CaseReads reads, CaseReference reference) {
        this.reads = reads;
        this.reference = reference;
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

    /** The name of a case closure reason (case_closure_reason code) in the language; empty for an unknown code. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> closureReasonName(String code, Locale locale) {
        return reference.closureReasons().stream().filter(r -> r.code().equals(code)).findFirst().map(r -> r.name(locale));
    }
}
