package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member of staff that passed {@link StaffRules}: clean values, ready to store. */
public record StaffDraft(String givenNames, String familyName, String username, String role, Long teamId,
        boolean scwRegistered, String scwRegistrationNumber, LocalDate qualifiedOn, String welshLevel,
        BigDecimal hoursPerWeek, int caseloadCapacity, LocalDate startedOn, List<String> skills,
        List<HeldQualification> qualifications) {
}
