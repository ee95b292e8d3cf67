package cymru.gofal.workforce;

import java.time.LocalDate;
import java.util.Set;

/**
 * What allocating a case needs to know about a member of staff: the facts the case fit rules read (role, whether the
 * role is qualified social work and holds cases, registration with Social Care Wales, the day they qualified, their
 * Welsh, their skills and the caseload points they can hold), their current team and whether they are in post.
 *
 * @param role                code of staff_role
 * @param qualifiedSocialWork staff_role.qualified_social_work of their role
 * @param holdsCases          staff_role.holds_cases of their role
 * @param qualifiedOn         the day they first qualified; null when not recorded
 * @param welshLevel          code of welsh_level (NONE, LEARNER, CONVERSATIONAL, FLUENT)
 * @param skills              codes of the skill list they hold
 * @param leftOn              the day they left; null while in post
 */
public record StaffProfile(long id, String username, String givenNames, String familyName, String role,
        boolean qualifiedSocialWork, boolean holdsCases, boolean scwRegistered, LocalDate qualifiedOn, String welshLevel,
        int caseloadCapacity, long teamId, LocalDate leftOn, Set<String> skills) {

    public StaffProfile {
        skills = Set.copyOf(skills);
    }

    public String displayName() {
        return givenNames + " " + familyName;
    }

    public boolean inPost(LocalDate day) {
        return leftOn == null || !leftOn.isBefore(day);
    }
}
