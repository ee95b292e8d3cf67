package cymru.gofal.workforce.web;

import java.util.List;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.workforce.internal.HeldQualification;
import cymru.gofal.workforce.internal.StaffInput;

/**
 * A member of staff in a JSON body. Scalars are read as text (a JSON number or boolean is accepted too), so
 * that every bad field is reported by name rather than as an unreadable body. Dates are YYYY-MM-DD.
 */
record StaffBody(String givenNames, String familyName, String username, String role, String teamId,
        String scwRegistered, String scwRegistrationNumber, String qualifiedOn, String welshLevel, String hoursPerWeek,
        String caseloadCapacity, String startedOn, List<String> skills, List<QualificationBody> qualifications) {

    /** A qualification held; awardedOn may be absent. */
    record QualificationBody(String code, String awardedOn) {
    }

    /** The input for the rules, with the dates parsed (their problems go to {@code check}). */
    StaffInput input(ApiParams.Check check) {
        List<HeldQualification> held = qualifications == null ? List.of() : qualifications.stream()
                .map(q -> q == null ? new HeldQualification(null, null)
                        : new HeldQualification(q.code(), check.optionalDate("qualifications", q.awardedOn())))
                .toList();
        return new StaffInput(givenNames, familyName, username, role, teamId, scwRegistered, scwRegistrationNumber,
                check.optionalDate("qualifiedOn", qualifiedOn), welshLevel, hoursPerWeek, caseloadCapacity,
                check.date("startedOn", startedOn), skills, held);
    }
}
