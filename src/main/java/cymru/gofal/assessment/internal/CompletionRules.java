package cymru.gofal.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * What an assessment needs before it can be completed, and whether a child-seen record holds together. Plain
 * rules, no Spring: tested on their own.
 */
public final class CompletionRules {

    private CompletionRules() {
    }

    /**
     * Problems completing {@code a} on {@code completedOn}: for children, whether the child was seen (and seen alone)
     * must be recorded; when the type requires it, eligibility for at least one need; an analysis (summary).
     */
    public static List<FormError> problems(Assessment a, AssessmentType type, int needsRecorded, String summary,
            LocalDate completedOn, LocalDate today) {
        List<FormError> errors = new ArrayList<>();
        if (!a.open()) {
            errors.add(new FormError("completedOn", "assessment.error.alreadyCompleted"));
            return errors;
        }
        if (completedOn != null && (completedOn.isBefore(a.clockStart()) || completedOn.isAfter(today))) {
            errors.add(new FormError("completedOn", "assessment.completedOn.error.window"));
        }
        if (type.forChild() && a.childSeen() == null) {
            errors.add(new FormError("childSeen", "assessment.error.childSeenMissing"));
        }
        if (type.requiresEligibility() && needsRecorded == 0) {
            errors.add(new FormError("domain", "assessment.error.eligibilityMissing"));
        }
        if (summary == null || summary.isBlank()) {
            errors.add(new FormError("summary", "assessment.summary.error.required"));
        }
        return errors;
    }

    /**
     * Problems with a child-seen record: seen needs the day (not before the clock started, not in the future) and
     * whether alone; not seen needs the reason.
     */
    public static List<FormError> childSeen(Boolean seen, LocalDate seenOn, Boolean alone, String reason, LocalDate clockStart,
            LocalDate today) {
        List<FormError> errors = new ArrayList<>();
        if (seen == null) {
            errors.add(new FormError("childSeen", "assessment.childSeen.error.required"));
        } else if (seen) {
            if (seenOn == null) {
                errors.add(new FormError("childSeenOn", "assessment.childSeenOn.error.required"));
            } else if (seenOn.isBefore(clockStart) || seenOn.isAfter(today)) {
                errors.add(new FormError("childSeenOn", "assessment.childSeenOn.error.window"));
            }
            if (alone == null) {
                errors.add(new FormError("childSeenAlone", "assessment.childSeenAlone.error.required"));
            }
        } else if (reason == null || reason.isBlank()) {
            errors.add(new FormError("childNotSeenReason", "assessment.childNotSeenReason.error.required"));
        }
        return errors;
    }
}
