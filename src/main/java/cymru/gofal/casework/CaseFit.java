package cymru.gofal.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a worker fits a case: the case fit rules, read from the council's rule rows (case_complexity and
 * case_need_type), never from constants in code. Pure: no database, no clock; the simulator uses it too, so that
 * case_allocation.misfits mean the same wherever they were written. A worker who breaks a rule gets its misfit code:
 * <ul>
 * <li>{@code SKILL:<skill>} for each skill a need calls for that the worker does not hold (once per skill);</li>
 * <li>{@code QUALIFIED} when a need or the complexity requires a registered qualified social worker and the worker's
 * role is not qualified social work or they are not registered with Social Care Wales;</li>
 * <li>{@code EXPERIENCE} when they have fewer whole years since qualifying than the largest min_years_qualified of the
 * needs and the complexity (no day of qualifying recorded counts as 0 years);</li>
 * <li>{@code WELSH} when a need requires Welsh and their Welsh is below conversational;</li>
 * <li>{@code CAPACITY} when their current open caseload weight plus this case's complexity weight exceeds their
 * caseload capacity.</li>
 * </ul>
 * The codes come in that order, skills in the order of the case's needs.
 */
public final class CaseFit {

    public static final String SKILL = "SKILL:";
    public static final String QUALIFIED = "QUALIFIED";
    public static final String EXPERIENCE = "EXPERIENCE";
    public static final String WELSH = "WELSH";
    public static final String CAPACITY = "CAPACITY";
    /** The welsh_level codes at which a worker can work with a person in Welsh (at least conversational). */
    public static final Set<String> WORKS_IN_WELSH = Set.of("CONVERSATIONAL", "FLUENT");

    private CaseFit() {
    }

    /** A case_complexity row: its weight in caseload points and who may hold a case this complex. */
    public record Complexity(String code, int weight, boolean requiresQualified, int minYearsQualified) {
    }

    /** A case_need_type row: the skill it calls for (null for none), registration, years since qualifying, Welsh. */
    public record Need(String code, String skillCode, boolean requiresQualified, int minYearsQualified, boolean requiresWelsh) {
    }

    /**
     * The facts about a worker the rules read.
     *
     * @param qualifiedSocialWork their role is qualified social work (staff_role.qualified_social_work)
     * @param scwRegistered       registered with Social Care Wales
     * @param qualifiedOn         the day they qualified; null when not recorded
     * @param welshLevel          code of welsh_level
     * @param currentLoad         the weight of the open cases they hold now, not counting the case being fitted
     */
    public record Worker(long staffId, Set<String> skills, boolean qualifiedSocialWork, boolean scwRegistered,
            LocalDate qualifiedOn, String welshLevel, int caseloadCapacity, int currentLoad) {

        public Worker {
            skills = Set.copyOf(skills);
        }

        public boolean registeredQualified() {
            return qualifiedSocialWork && scwRegistered;
        }
    }

    /** One skill a need of the case calls for, and whether the worker holds it. */
    public record SkillCheck(String needCode, String skillCode, boolean held) {
    }

    /**
     * The worker against the case, rule by rule, with the misfit codes: the reasons a page shows.
     *
     * @param years         whole years since they qualified (0 without a day)
     * @param yearsRequired the largest min_years_qualified of the needs and the complexity
     */
    public record Result(long staffId, List<String> misfits, boolean qualifiedRequired, boolean registeredQualified,
            List<SkillCheck> skills, int years, int yearsRequired, boolean welshRequired, boolean worksInWelsh,
            int currentLoad, int caseWeight, int capacity) {

        public Result {
            misfits = List.copyOf(misfits);
            skills = List.copyOf(skills);
        }

        public boolean fits() {
            return misfits.isEmpty();
        }

        /** The load the worker would carry with this case. */
        public int loadAfter() {
            return currentLoad + caseWeight;
        }

        /** The load with this case as a percentage of capacity (rounded down); null when their capacity is 0. */
        public Integer percentAfter() {
            return capacity <= 0 ? null : loadAfter() * 100 / capacity;
        }
    }

    /** Best fit first: fewest misfits, then the most room left after taking the case, then the most experience. */
    public static final Comparator<Result> BEST_FIRST = Comparator.comparingInt((Result r) -> r.misfits().size())
            .thenComparingDouble(r -> r.capacity() <= 0 ? Double.MAX_VALUE : (double) r.loadAfter() / r.capacity())
            .thenComparing(Comparator.comparingInt(Result::years).reversed())
            .thenComparingLong(Result::staffId);

    /** The worker against a case of this complexity with these needs. */
    public static Result assess(Complexity complexity, List<Need> needs, Worker worker, LocalDate today) {
        List<String> misfits = new ArrayList<>();
        List<SkillCheck> skills = new ArrayList<>();
        Set<String> lacking = new LinkedHashSet<>();
        for (Need need : needs) {
            if (need.skillCode() != null) {
                boolean held = worker.skills().contains(need.skillCode());
                skills.add(new SkillCheck(need.code(), need.skillCode(), held));
                if (!held) {
                    lacking.add(need.skillCode());
                }
            }
        }
        lacking.forEach(s -> misfits.add(SKILL + s));
        boolean qualifiedRequired = complexity.requiresQualified() || needs.stream().anyMatch(Need::requiresQualified);
        if (qualifiedRequired && !worker.registeredQualified()) {
            misfits.add(QUALIFIED);
        }
        int yearsRequired = Math.max(complexity.minYearsQualified(), needs.stream().mapToInt(Need::minYearsQualified).max().orElse(0));
        int years = yearsQualified(worker.qualifiedOn(), today);
        if (years < yearsRequired) {
            misfits.add(EXPERIENCE);
        }
        boolean welshRequired = needs.stream().anyMatch(Need::requiresWelsh);
        boolean worksInWelsh = worker.welshLevel() != null && WORKS_IN_WELSH.contains(worker.welshLevel());
        if (welshRequired && !worksInWelsh) {
            misfits.add(WELSH);
        }
        if (worker.currentLoad() + complexity.weight() > worker.caseloadCapacity()) {
            misfits.add(CAPACITY);
        }
        return new Result(worker.staffId(), misfits, qualifiedRequired, worker.registeredQualified(), skills, years, yearsRequired,
                welshRequired, worksInWelsh, worker.currentLoad(), complexity.weight(), worker.caseloadCapacity());
    }

    /** Whole years from the day they qualified to {@code today}: 0 without a day, or for a day still to come. */
    public static int yearsQualified(LocalDate qualifiedOn, LocalDate today) {
        if (qualifiedOn == null || qualifiedOn.isAfter(today)) {
            return 0;
        }
        return Period.between(qualifiedOn, today).getYears();
    }
}
