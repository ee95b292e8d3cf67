package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member of staff as a team's list shows them. */
public record StaffRow(long id, String givenNames, String familyName, Named role, boolean scwRegistered,
        LocalDate qualifiedOn, Integer yearsOfExperience, List<Named> skills, Named welshLevel, BigDecimal hoursPerWeek,
        int caseloadCapacity, LocalDate startedOn, LocalDate leftOn) {
}
