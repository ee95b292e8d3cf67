package cymru.gofal.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.assessment.AssessedNeed;
import cymru.gofal.assessment.AssessmentSummary;
import cymru.gofal.assessment.Assessments;
import cymru.gofal.casework.CaseRef;
import cymru.gofal.casework.Cases;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;

/**
 * Starting a plan for an open case from the completed assessment whose eligible needs it will meet. The assessment
 * says the kind: a carer's assessment (one with a person cared for) gives a carer's support plan for that person.
 * One live plan of a kind per case (and per person cared for).
 */
@Service
public class PlanCreation {

    private final Cases cases;
    private final Assessments assessments;
    private final PlanStore store;
    private final AuditLog audit;

    PlanCreation(Cases cases, Assessments assessments, PlanStore store, AuditLog audit) {
        this.cases = cases;
        this.assessments = assessments;
        this.store = store;
        this.audit = audit;
    }

    /** @throws Refused naming each bad field */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public long create(String caseId, String assessmentId) {
        List<FormError> errors = new ArrayList<>();
        Long c = Inputs.id("caseId", caseId, true, "planning.caseId", errors);
        Long a = Inputs.id("assessmentId", assessmentId, true, "planning.assessmentId", errors);
        CaseRef found = c == null ? null : cases.find(c).orElse(null);
        if (c != null && found == null) {
            errors.add(new FormError("caseId", "planning.caseId.required"));
        } else if (found != null && !found.open()) {
            errors.add(new FormError("caseId", "planning.caseId.closed"));
        }
        AssessmentSummary assessment = a == null ? null : assessments.find(a).orElse(null);
        if (a != null && (assessment == null || found != null && assessment.personId() != found.personId())) {
            errors.add(new FormError("assessmentId", "planning.assessmentId.required"));
            assessment = null;
        } else if (assessment != null && !assessment.completed()) {
            errors.add(new FormError("assessmentId", "planning.assessmentId.open"));
        } else if (assessment != null && assessments.needs(assessment.id()).stream().noneMatch(AssessedNeed::eligible)) {
            errors.add(new FormError("assessmentId", "planning.assessmentId.noEligible"));
        }
        Refused.throwIfAny(errors);
        Long caredFor = assessment.caredForPersonId();
        String kind = caredFor == null ? Plan.CARE_AND_SUPPORT : Plan.CARER_SUPPORT;
        if (store.hasLive(found.id(), kind, caredFor)) {
            throw Refused.of("caseId", "planning.caseId.live");
        }
        long authority = CurrentUser.get().orElseThrow().authorityId();
        long id = store.insert(authority, found.personId(), found.id(), assessment.id(), kind, caredFor, CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "care_plan", id).aboutPerson(found.personId()));
        return id;
    }
}
