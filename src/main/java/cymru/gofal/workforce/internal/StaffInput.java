package cymru.gofal.workforce.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of staff as a form or a JSON body gives it: text as typed, dates already parsed by the caller
 * (pages and API read dates differently; each reports its own parse problems and passes null).
 */
public record StaffInput(String givenNames, String familyName, String username, String role, String teamId,
        String scwRegistered, String scwRegistrationNumber, LocalDate qualifiedOn, String welshLevel,
        String hoursPerWeek, String caseloadCapacity, LocalDate startedOn, List<String> skills,
        List<HeldQualification> qualifications) {

    public StaffInput {
        skills = skills == null ? List.of() : skills;
        qualifications = qualifications == null ? List.of() : qualifications;
    }
}
