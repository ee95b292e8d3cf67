package cymru.gofal.planning;

import java.time.LocalDate;

/**
 * A version of a plan was agreed. Published inside the agreeing transaction and handled synchronously: the first
 * agreement schedules the plan's first review (from review_schedule and the rule engine).
 *
 * @param kind                  CARE_AND_SUPPORT or CARER_SUPPORT
 * @param serviceArea           ADULTS or CHILDREN: the service area of the plan's case
 * @param versionNumber         1 for the first agreement
 * @param earliestServiceStart  the earliest start of the plan's PLANNED services, or null when it has none (the
 *                              SERVICES_STARTED clock then starts on the day agreed)
 * @param reviewOn              the review date the plan sets, or null
 */
public record PlanAgreed(long authorityId, long planId, long personId, long caseId, String kind, String serviceArea,
        int versionNumber, LocalDate agreedOn, LocalDate earliestServiceStart, LocalDate reviewOn) {

    public boolean first() {
        return versionNumber == 1;
    }
}
