package cymru.gofal.planning.web;

import java.time.LocalDate;
import java.util.Locale;

import cymru.gofal.planning.internal.Review;
import cymru.gofal.planning.internal.ReviewOutcomes;
import cymru.gofal.platform.calendar.TimescaleRule;

/**
 * A review as JSON. dueBy: RULE when due on the rule's date, PLAN when the plan set an earlier one; workingDaysLeft:
 * working days from today (or the day held) to the day due, negative once past it; nextReviewId: the review scheduled
 * after this one was held (null when none).
 */
record ReviewJson(long id, long planId, long personId, String personName, long caseId, long teamId, Long staffId, int sequence,
        String status, String regime, String ruleCode, String ruleTitle, LocalDate clockStart, LocalDate ruleDueOn, LocalDate dueOn,
        String dueBy, int workingDaysLeft, boolean overdue, LocalDate heldOn, Boolean heldInTime, String attendees,
        String whatIsWorking, String whatIsNotWorking, String whatMattersNow, String outcome, String outcomeName, String heldBy,
        Long nextReviewId, int version) {

    static ReviewJson of(Review r, String personName, TimescaleRule rule, int workingDaysLeft, ReviewOutcomes.Outcome outcome,
            Long nextReviewId, Locale locale) {
        String title = rule == null ? null : "cy".equals(locale.getLanguage()) ? rule.titleCy() : rule.titleEn();
        return new ReviewJson(r.id(), r.planId(), r.personId(), personName, r.caseId(), r.teamId(), r.staffId(), r.sequence(),
                r.status(), r.regime(), r.ruleCode(), title, r.clockStart(), r.ruleDueOn(), r.dueOn(), r.dueByPlan() ? "PLAN" : "RULE",
                workingDaysLeft, r.scheduled() && workingDaysLeft < 0, r.heldOn(), r.held() ? r.heldInTime() : null, r.attendees(),
                r.whatIsWorking(), r.whatIsNot(), r.whatMattersNow(), r.outcome(), outcome == null ? null : outcome.name(locale),
                r.heldBy(), nextReviewId, r.version());
    }
}
