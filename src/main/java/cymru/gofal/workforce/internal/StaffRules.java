package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a member of staff's details must meet, whether they come from a page or the API. Rules that need
 * stored records (a unique username, the team existing) are the service's.
 */
public final class StaffRules {

    public static final int NAME_MAX = 200;
    public static final int USERNAME_MAX = 100;

    private StaffRules() {
    }

    /**
     * Checks the input; answers the clean draft, or null after adding every problem found. {@code teamRequired}
     * is true when creating (an edit keeps the team: moves have their own action).
     */
    public static StaffDraft check(StaffInput in, boolean teamRequired, LocalDate today, ReferenceData ref,
            List<Problem> problems) {
        int before = problems.size();
        String given = Inputs.name("givenNames", in.givenNames(), NAME_MAX, problems);
        String family = Inputs.name("familyName", in.familyName(), NAME_MAX, problems);
        String username = Inputs.text("username", in.username(), false, USERNAME_MAX, problems);
        if (username != null && !username.matches("[A-Za-z0-9._@-]+")) {
            problems.add(new Problem("username", Inputs.key("username", "invalid")));
        }
        RoleKind role = null;
        if (in.role() == null || in.role().isBlank()) {
            problems.add(new Problem("role", Inputs.key("role", "required")));
        } else {
            role = ref.role(in.role().strip()).orElse(null);
            if (role == null) {
                problems.add(new Problem("role", Inputs.key("role", "unknown")));
            }
        }
        Long teamId = teamId(in.teamId(), teamRequired, problems);
        boolean registered = Inputs.yesNo("scwRegistered", in.scwRegistered(), problems);
        String number = Inputs.text("scwRegistrationNumber", in.scwRegistrationNumber(), registered, 20, problems);
        if (number != null && !number.matches("[A-Za-z0-9-]+")) {
            problems.add(new Problem("scwRegistrationNumber", Inputs.key("scwRegistrationNumber", "invalid")));
        }
        if (role != null && role.qualifiedSocialWork() && !registered) {
            problems.add(new Problem("scwRegistered", Inputs.key("scwRegistered", "requiredForRole")));
        }
        LocalDate qualified = pastDate("qualifiedOn", in.qualifiedOn(), today, problems);
        String welsh = in.welshLevel() == null || in.welshLevel().isBlank() ? "NONE" : in.welshLevel().strip();
        if (ref.welshLevel(welsh).isEmpty()) {
            problems.add(new Problem("welshLevel", Inputs.key("welshLevel", "unknown")));
        }
        BigDecimal hours = Inputs.decimal("hoursPerWeek", in.hoursPerWeek(), BigDecimal.ZERO, WorkforceRules.MAX_HOURS, 1,
                problems);
        Integer capacity = Inputs.integer("caseloadCapacity", in.caseloadCapacity(), 0, WorkforceRules.MAX_CAPACITY,
                problems);
        LocalDate started = Inputs.years("startedOn", in.startedOn(), WorkforceRules.FIRST_YEAR, today.getYear() + 1,
                problems);
        List<String> skills = skills(in.skills(), ref, problems);
        List<HeldQualification> qualifications = qualifications(in.qualifications(), today, ref, problems);
        if (problems.size() > before || started == null) {
            return null;
        }
        return new StaffDraft(given, family, username, role.code(), teamId, registered, number, qualified, welsh, hours,
                capacity, started, skills, qualifications);
    }

    private static Long teamId(String raw, boolean required, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new Problem("teamId", Inputs.key("teamId", "required")));
            }
            return null;
        }
        if (!raw.strip().matches("\\d{1,18}")) {
            problems.add(new Problem("teamId", Inputs.key("teamId", "unknown")));
            return null;
        }
        return Long.valueOf(raw.strip());
    }

    /** A date of the past (or today) from 1950: qualifying, an award. */
    static LocalDate pastDate(String field, LocalDate date, LocalDate today, List<Problem> problems) {
        LocalDate d = Inputs.years(field, date, WorkforceRules.FIRST_YEAR, today.getYear(), problems);
        if (d != null && d.isAfter(today)) {
            problems.add(new Problem(field, Inputs.key(field, "future")));
            return null;
        }
        return d;
    }

    private static List<String> skills(List<String> codes, ReferenceData ref, List<Problem> problems) {
        Set<String> clean = new LinkedHashSet<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip();
            if (ref.skill(c).isEmpty()) {
                problems.add(new Problem("skills", Inputs.key("skills", "unknown")));
                return List.of();
            }
            clean.add(c);
        }
        return List.copyOf(clean);
    }

    private static List<HeldQualification> qualifications(List<HeldQualification> held, LocalDate today,
            ReferenceData ref, List<Problem> problems) {
        Map<String, HeldQualification> clean = new LinkedHashMap<>();
        for (HeldQualification q : held) {
            String c = q == null || q.code() == null ? "" : q.code().strip();
            if (ref.qualification(c).isEmpty()) {
                problems.add(new Problem("qualifications", Inputs.key("qualifications", "unknown")));
                return List.of();
            }
            // One field per qualification on the page: its own date input.
            String field = "qualification-" + c + "-awardedOn";
            LocalDate awarded = q.awardedOn();
            if (awarded != null && awarded.getYear() < WorkforceRules.FIRST_YEAR) {
                problems.add(new Problem(field, "workforce.error.awardedOn.range", String.valueOf(WorkforceRules.FIRST_YEAR),
                        String.valueOf(today.getYear())));
                awarded = null;
            } else if (awarded != null && awarded.isAfter(today)) {
                problems.add(new Problem(field, "workforce.error.awardedOn.future"));
                awarded = null;
            }
            clean.put(c, new HeldQualification(c, awarded));
        }
        return List.copyOf(clean.values());
    }
}
