package cymru.gofal.assessment.internal;

import java.util.Locale;

/**
 * A type of assessment in a regime (row of {@code assessment_type}).
 *
 * @param clientGroup         ADULT, CHILD, CARER or SPECIALIST
 * @param ruleCode            the timescale rule that sets its due date
 * @param clockStart          REFERRAL_RECEIVED, ASSESSMENT_STARTED or CARER_ACCEPTED: what day 0 is
 * @param opensForRoute       the referral route (ADULTS, CHILDREN) whose acceptance opens it, or null
 * @param requiresEligibility whether completion needs eligibility recorded for at least one need
 */
public record AssessmentType(String regime, String code, String nameEn, String nameCy, String clientGroup, String ruleCode,
        String clockStart, String opensForRoute, boolean requiresEligibility, int ordinal) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }

    public boolean forChild() {
        return "CHILD".equals(clientGroup);
    }

    public boolean forCarer() {
        return "CARER".equals(clientGroup);
    }
}
