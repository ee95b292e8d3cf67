package cymru.gofal.workforce;

import java.time.LocalDate;

/**
 * A member of staff as other modules need them: who they are, their sign-in username (null without one), their
 * role code (reference list staff_role), their current team, the weighted caseload points they can hold, the
 * day they left (null while in post) and whether their role is allocated cases (staff_role.holds_cases).
 */
public record StaffRef(long id, String username, String givenNames, String familyName, String role, long teamId,
        int caseloadCapacity, LocalDate leftOn, boolean holdsCases) {

    public String displayName() {
        return givenNames + " " + familyName;
    }

    public boolean inPost(LocalDate day) {
        return leftOn == null || !leftOn.isBefore(day);
    }
}
