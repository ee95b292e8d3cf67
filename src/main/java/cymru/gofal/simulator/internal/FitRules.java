package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The case fit rules (helper contract "Case fit rules"), applied to one member of staff for one case: the codes
 * of the rules they do not meet, in the order SKILL:&lt;code&gt; (by need), QUALIFIED, EXPERIENCE, WELSH, CAPACITY.
 * The rules are the case_need_type and case_complexity rows; this class only reads them. The casework module's
 * CaseFit implements the same rules for the allocation page.
 */
final class FitRules {

    private FitRules() {
    }

    /**
     * @param needs  the case's need types
     * @param load   the member of staff's open caseload weight before this case
     * @param day    the day of the allocation (years since qualifying are counted to it)
     */
    static List<String> misfits(CareSpec.StaffFit staff, Collection<CareSpec.NeedType> needs, CareSpec.Complexity complexity, int load,
            LocalDate day) {
        List<String> misfits = new ArrayList<>();
        boolean qualified = complexity.requiresQualified();
        int years = complexity.minYears();
        boolean welsh = false;
        for (CareSpec.NeedType need : needs) {
            if (need.skill() != null && !staff.skills().contains(need.skill())) {
                misfits.add("SKILL:" + need.skill());
            }
            qualified |= need.requiresQualified();
            years = Math.max(years, need.minYears());
            welsh |= need.requiresWelsh();
        }
        if (qualified && !staff.qualified()) {
            misfits.add("QUALIFIED");
        }
        if (years > yearsQualified(staff.qualifiedOn(), day)) {
            misfits.add("EXPERIENCE");
        }
        if (welsh && !staff.welsh()) {
            misfits.add("WELSH");
        }
        if (load + complexity.weight() > staff.capacity()) {
            misfits.add("CAPACITY");
        }
        return misfits;
    }

    /** Whole years from qualifying to the day; none without a qualification date. */
    static int yearsQualified(LocalDate qualifiedOn, LocalDate day) {
        return qualifiedOn == null || qualifiedOn.isAfter(day) ? 0 : Period.between(qualifiedOn, day).getYears();
    }
}
