package cymru.gofal.casework.internal;

import java.time.LocalDate;

/**
 * A care_case row.
 *
 * @param openedFrom REFERRAL or ASSESSMENT
 */
public record CaseRow(long id, long authorityId, long personId, String serviceArea, long teamId, Long staffId, String complexity,
        LocalDate openedOn, String openedFrom, Long referralId, Long assessmentId, LocalDate closedOn, String closureReason,
        String closureSummary, String closedBy, int version, String createdBy) {

    public boolean open() {
        return closedOn == null;
    }

    public cymru.gofal.casework.CaseRef ref() {
        return new cymru.gofal.casework.CaseRef(id, personId, serviceArea, teamId, staffId, complexity, openedOn, closedOn);
    }
}
