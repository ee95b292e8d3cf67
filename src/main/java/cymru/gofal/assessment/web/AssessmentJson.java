package cymru.gofal.assessment.web;

import java.time.Instant;
import java.time.LocalDate;

import cymru.gofal.assessment.internal.Assessment;
import cymru.gofal.assessment.internal.AssessmentType;
import cymru.gofal.assessment.internal.NeedRow;

/** An assessment as the API shows it; workingDaysLeft is negative once overdue (to the completion day once completed). */
record AssessmentJson(long id, long personId, String type, String typeName, String clientGroup, String regime, Long referralId,
        Long followsId, long teamId, Long staffId, Instant allocatedAt, String allocatedBy, LocalDate clockStart, LocalDate dueOn,
        String ruleCode, int workingDaysLeft, LocalDate startedOn, LocalDate completedOn, String completedBy, Instant signedOffAt,
        String signedOffBy, String signedOffRole, Boolean childSeen, LocalDate childSeenOn, Boolean childSeenAlone,
        String childNotSeenReason, String views, String summary, String status, int version) {

    static AssessmentJson of(Assessment a, AssessmentType t, int workingDaysLeft, java.util.Locale locale) {
        return new AssessmentJson(a.id(), a.personId(), a.typeCode(), t.name(locale), t.clientGroup(), a.regime(), a.referralId(),
                a.followsId(), a.teamId(), a.staffId(), a.allocatedAt(), a.allocatedBy(), a.clockStart(), a.dueOn(), a.ruleCode(),
                workingDaysLeft, a.startedOn(), a.completedOn(), a.completedBy(), a.signedOffAt(), a.signedOffBy(),
                a.signedOffRole(), a.childSeen(), a.childSeenOn(), a.childSeenAlone(), a.childNotSeenReason(), a.views(),
                a.summary(), a.status(), a.version());
    }

    /** A need as the API shows it (codes; names in the caller's language). */
    record Need(long id, long assessmentId, String domain, String cause, String ability, String outcome, String band,
            boolean eligible, String reasoning, Instant recordedAt, String recordedBy) {

        static Need of(NeedRow n) {
            return new Need(n.id(), n.assessmentId(), n.domain().code(), n.cause().code(), n.ability().code(),
                    n.outcome() == null ? null : n.outcome().code(), n.band() == null ? null : n.band().code(), n.eligible(),
                    n.reasoning(), n.recordedAt(), n.recordedBy());
        }
    }
}
