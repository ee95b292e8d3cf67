package cymru.gofal.planning.internal;

import java.time.LocalDate;
import java.util.Objects;

import cymru.gofal.platform.calendar.TimescaleRule;

/**
 * The dates of a plan's reviews, from the timescale rules (data) and the rule engine, never from numbers in code.
 * A review's clock starts as its rule's start event says; the rule engine gives the rule's latest date (ruleDueOn)
 * on the council's calendar; the review is due on the earlier of that and the review date the plan itself sets.
 * Pure: the rule engine is passed in, so these are tested without Spring.
 */
public final class ReviewDates {

    /** Start events a first review's clock may follow (timescale_rule.start_event of review_schedule.first_rule). */
    static final String SERVICES_STARTED = "SERVICES_STARTED";
    static final String PLAN_AGREED = "CARE_SUPPORT_PLAN_AGREED";

    private ReviewDates() {
    }

    /** The rule engine on one council's calendar (TimescaleRules.dueDate, or Timescales.dueDate in tests). */
    @FunctionalInterface
    public interface RuleEngine {
        LocalDate dueDate(TimescaleRule rule, LocalDate start);
    }

    /** Where a review's dates come from: the rule, its clock's day 0, the rule's latest date, and the date it is due. */
    public record Due(String ruleCode, LocalDate clockStart, LocalDate ruleDueOn, LocalDate dueOn) {
        public Due {
            Objects.requireNonNull(clockStart, "clockStart");
            if (dueOn.isAfter(ruleDueOn)) {
                throw new IllegalArgumentException("A review is never due after its rule's date");
            }
        }
    }

    /**
     * Day 0 of the first review's clock: SERVICES_STARTED runs from the earliest start of the plan's planned services
     * (from the day agreed when it has none); CARE_SUPPORT_PLAN_AGREED from the day the plan was first agreed.
     *
     * @throws IllegalStateException for a start event reviews do not know (a rule added without code to read it)
     */
    public static LocalDate firstClockStart(TimescaleRule first, LocalDate agreedOn, LocalDate earliestServiceStart) {
        return switch (first.startEvent()) {
            case SERVICES_STARTED -> earliestServiceStart != null ? earliestServiceStart : agreedOn;
            case PLAN_AGREED -> agreedOn;
            default -> throw new IllegalStateException("Rule " + first.regime() + " " + first.code() + " starts on "
                    + first.startEvent() + ", which the first review of a plan cannot start from");
        };
    }

    /** The first review of a plan agreed on {@code agreedOn}, due by the rule or by the plan's own date if earlier. */
    public static Due first(RuleEngine engine, TimescaleRule rule, LocalDate agreedOn, LocalDate earliestServiceStart,
            LocalDate planReviewOn) {
        LocalDate start = firstClockStart(rule, agreedOn, earliestServiceStart);
        LocalDate ruleDue = engine.dueDate(rule, start);
        return new Due(rule.code(), start, ruleDue, earlier(ruleDue, planReviewOn));
    }

    /** The review after one held on {@code heldOn}: the later-review rule counted from the day held. */
    public static Due next(RuleEngine engine, TimescaleRule rule, LocalDate heldOn) {
        LocalDate ruleDue = engine.dueDate(rule, heldOn);
        return new Due(rule.code(), heldOn, ruleDue, ruleDue);
    }

    /**
     * A scheduled review's due date after the plan is agreed again with review date {@code planReviewOn}: brought
     * forward when that is earlier, never put back (and so never past the rule's date).
     */
    public static LocalDate broughtForward(LocalDate dueOn, LocalDate planReviewOn) {
        return earlier(dueOn, planReviewOn);
    }

    /**
     * A scheduled review's due date once its rule's date moved (the council's working days changed) from
     * {@code oldRuleDue} to {@code newRuleDue}: a plan's own earlier date stays unless the rule's new date is earlier
     * still; a review due by its rule follows the rule.
     */
    public static LocalDate onNewCalendar(LocalDate dueOn, LocalDate oldRuleDue, LocalDate newRuleDue) {
        return dueOn.isBefore(oldRuleDue) ? earlier(dueOn, newRuleDue) : newRuleDue;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b != null && b.isBefore(a) ? b : a;
    }
}
