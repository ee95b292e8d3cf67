package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Makes one member of staff with their posting, skills and qualifications. */
final class StaffMaker {

    private static final Set<String> SOCIAL_WORK = Set.of("SOCIAL_WORKER", "SENIOR_PRACTITIONER", "TEAM_MANAGER");
    private static final Set<String> PRACTICE = Set.of("SOCIAL_WORKER", "SENIOR_PRACTITIONER", "TEAM_MANAGER",
            "SOCIAL_WORK_ASSISTANT", "OCCUPATIONAL_THERAPIST");
    private static final BigDecimal FULL_TIME = new BigDecimal("37.0");
    private static final Weighted<String> LEAVING = new Weighted<String>().add(30, "RESIGNED").add(20, "OTHER_COUNCIL")
            .add(15, "AGENCY").add(15, "RETIRED").add(8, "END_OF_CONTRACT").add(4, "ILL_HEALTH").add(3, "REDUNDANCY")
            .add(2, "DISMISSED").add(3, "OTHER");

    private final SplittableRandom random;
    private final WorkforceSpec spec;
    private final NameLists names;

    StaffMaker(SplittableRandom random, WorkforceSpec spec, NameLists names) {
        this.random = random;
        this.spec = spec;
        this.names = names;
    }

    /** Adds the member of staff; answers their full-time equivalent in post (zero for a leaver). */
    BigDecimal make(WorkforceBatch batch, TeamTemplate team, String role, boolean leaver) {
        int index = batch.staff.size();
        LocalDate asOf = spec.asOf();
        int age = 23 + random.nextInt(42);
        int birthYear = asOf.getYear() - age;
        String sex = random.nextDouble() < 0.78 ? "F" : "M";
        boolean welshSpeaker = random.nextDouble() < spec.council().welshShare() * 0.9;
        String given = names.given(random, sex, birthYear, welshSpeaker);
        String family = names.family(random);
        LocalDate qualified = SOCIAL_WORK.contains(role) || "OCCUPATIONAL_THERAPIST".equals(role)
                ? LocalDate.of(birthYear + 22 + random.nextInt(Math.max(1, Math.min(12, age - 22))), 7, 1 + random.nextInt(28))
                : null;
        LocalDate careerStart = qualified != null ? qualified : LocalDate.of(birthYear + 20, 9, 1);
        long span = Math.max(1, asOf.toEpochDay() - careerStart.toEpochDay());
        LocalDate started = careerStart.plusDays(random.nextLong(span));
        LocalDate left = null;
        String reason = null;
        if (leaver) {
            long served = Math.max(1, asOf.toEpochDay() - started.toEpochDay());
            left = started.plusDays(random.nextLong(served));
            reason = LEAVING.pick(random);
        }
        BigDecimal hours = hours();
        boolean registered = SOCIAL_WORK.contains(role) || "STUDENT_SOCIAL_WORKER".equals(role)
                || ("SOCIAL_CARE_WORKER".equals(role) && random.nextBoolean());
        String scw = registered ? "SIM" + spec.council().laCode() + String.format("%05d", index + 1) : null;
        batch.staff.add(new WorkforceBatch.Staff(index, null, given, family, role, team.code(), scw, qualified,
                welshLevel(welshSpeaker), hours, capacity(role, hours), started, left, reason));
        batch.postings.add(new WorkforceBatch.Posting(index, team.code(), started, left, hours));
        skills(batch, index, team, role);
        qualifications(batch, index, team, role, qualified);
        return leaver ? BigDecimal.ZERO : hours.divide(FULL_TIME, 4, RoundingMode.HALF_UP);
    }

    private BigDecimal hours() {
        double r = random.nextDouble();
        return new BigDecimal(r < 0.75 ? "37.0" : r < 0.87 ? "30.0" : r < 0.95 ? "22.5" : "18.5");
    }

    private String welshLevel(boolean speaker) {
        if (speaker) {
            return "FLUENT";
        }
        double r = random.nextDouble();
        return r < 0.08 ? "CONVERSATIONAL" : r < 0.23 ? "LEARNER" : "NONE";
    }

    /** Weighted caseload points for a full-time post in the role, in proportion to the hours worked. */
    private static int capacity(String role, BigDecimal hours) {
        int fullTime = switch (role) {
            case "SOCIAL_WORKER" -> 100;
            case "OCCUPATIONAL_THERAPIST" -> 90;
            case "SENIOR_PRACTITIONER" -> 80;
            case "SOCIAL_WORK_ASSISTANT" -> 60;
            case "SOCIAL_CARE_WORKER" -> 50;
            case "STUDENT_SOCIAL_WORKER" -> 40;
            default -> 0;
        };
        return hours.multiply(BigDecimal.valueOf(fullTime)).divide(FULL_TIME, 0, RoundingMode.HALF_UP).intValue();
    }

    private void skills(WorkforceBatch batch, int staff, TeamTemplate team, String role) {
        if (!PRACTICE.contains(role) || team.skills().isEmpty()) {
            return;
        }
        List<String> skills = team.skills();
        int first = random.nextInt(skills.size());
        int count = 1 + random.nextInt(Math.min(3, skills.size()));
        for (int i = 0; i < count; i++) {
            batch.skills.add(new WorkforceBatch.Skill(staff, skills.get((first + i) % skills.size())));
        }
    }

    private void qualifications(WorkforceBatch batch, int staff, TeamTemplate team, String role, LocalDate qualified) {
        if (qualified == null) {
            return;
        }
        if ("OCCUPATIONAL_THERAPIST".equals(role)) {
            batch.qualifications.add(new WorkforceBatch.Qualification(staff, "OCCUPATIONAL_THERAPY", qualified));
            return;
        }
        int year = qualified.getYear();
        String first = year < 1991 ? "CQSW" : year < 2005 ? "DIPSW" : random.nextDouble() < 0.7 ? "BA_SOCIAL_WORK" : "MA_SOCIAL_WORK";
        batch.qualifications.add(new WorkforceBatch.Qualification(staff, first, qualified));
        LocalDate later = qualified.plusYears(2 + random.nextInt(3));
        if (later.isAfter(spec.asOf())) {
            return;
        }
        maybe(batch, staff, "CONSOLIDATION", later, 0.4);
        if (team.children()) {
            maybe(batch, staff, "CHILD_CARE_AWARD", later.plusYears(1), 0.3);
        }
        if ("MENTAL-HEALTH".equals(team.code())) {
            maybe(batch, staff, "AMHP", later.plusYears(1), 0.4);
        }
        if ("OLDER-PEOPLE".equals(team.code())) {
            maybe(batch, staff, "BEST_INTERESTS_ASSESSOR", later.plusYears(1), 0.2);
        }
        if (!"SOCIAL_WORKER".equals(role)) {
            maybe(batch, staff, "PRACTICE_EDUCATOR", later.plusYears(2), 0.3);
        }
        if ("TEAM_MANAGER".equals(role)) {
            maybe(batch, staff, "TEAM_MANAGER_PROGRAMME", later.plusYears(3), 0.7);
        }
    }

    private void maybe(WorkforceBatch batch, int staff, String qualification, LocalDate on, double chance) {
        if (random.nextDouble() < chance && !on.isAfter(spec.asOf())) {
            batch.qualifications.add(new WorkforceBatch.Qualification(staff, qualification, on));
        }
    }
}
