package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cymru.gofal.workforce.TeamRef;

/** Everything held about one member of staff, with their postings oldest first. */
public record StaffDetail(long id, String username, String givenNames, String familyName, Named role, TeamRef team,
        boolean scwRegistered, String scwRegistrationNumber, LocalDate qualifiedOn, Integer yearsOfExperience,
        Named welshLevel, BigDecimal hoursPerWeek, int caseloadCapacity, LocalDate startedOn, LocalDate leftOn,
        Named leavingReason, List<Named> skills, List<Held> qualifications, List<Posting> postings, int version,
        Instant updatedAt, String updatedBy) {

    /** A qualification held, and when it was awarded (null when not recorded). */
    public record Held(Named qualification, boolean postQualifying, LocalDate awardedOn) {
    }

    /** A time in a team (dates inclusive; {@code to} null while open) at the hours worked then. */
    public record Posting(TeamRef team, LocalDate from, LocalDate to, BigDecimal hoursPerWeek) {
    }

    public boolean hasLeft() {
        return leftOn != null;
    }

    public boolean holds(String qualificationCode) {
        return qualifications.stream().anyMatch(q -> q.qualification().code().equals(qualificationCode));
    }

    public boolean hasSkill(String skillCode) {
        return skills.stream().anyMatch(s -> s.code().equals(skillCode));
    }
}
