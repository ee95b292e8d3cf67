package cymru.gofal.planning.internal;

import java.time.LocalDate;

/**
 * A review of a plan (a row of plan_review) with its plan's person and case, and the case's service area, team and
 * worker (from casework's published view casework_facts_cases; staffId null while the case is unallocated).
 *
 * @param status SCHEDULED, HELD or CANCELLED
 */
public record Review(long id, long authorityId, long planId, long personId, long caseId, String serviceArea, long teamId,
        Long staffId, int sequence, String regime, String ruleCode, LocalDate clockStart, LocalDate ruleDueOn, LocalDate dueOn,
        String status, LocalDate heldOn, String attendees, String whatIsWorking, String whatIsNot, String whatMattersNow,
        String outcome, String heldBy, int version) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String HELD = "HELD";
    public static final String CANCELLED = "CANCELLED";

    public boolean scheduled() {
        return SCHEDULED.equals(status);
    }

    public boolean held() {
        return HELD.equals(status);
    }

    /** Held on or before the day it was due (SCA/007, SCC/016). */
    public boolean heldInTime() {
        return held() && !heldOn.isAfter(dueOn);
    }

    /** Due on the plan's own date, earlier than the rule's. */
    public boolean dueByPlan() {
        return dueOn.isBefore(ruleDueOn);
    }
}
