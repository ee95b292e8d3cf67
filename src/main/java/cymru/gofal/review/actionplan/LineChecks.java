package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cymru.gofal.performance.IndicatorFigures;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.security.UserAccounts;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Checks a plan line as typed (page) or sent (API): every problem becomes a {@link FormError} naming the field, and
 * nothing is answered unless all is well. Rules: the action is one of this review's; an owner is either a user of
 * the same council who can answer for a line (team manager, senior manager, QA officer) or a post, not both; the due
 * day is not before the review's day; a target needs an indicator and fits its unit (a percentage 0-100, a count
 * 0 or more, one decimal at most); the status may move only as {@link PlanStatus} allows; a dropped line says why.
 */
@Component
class LineChecks {

    static final String K = "review.actions.";
    static final Set<Role> OWNER_ROLES = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.QA_OFFICER);

    private final UserAccounts users;
    private final IndicatorFigures indicators;

    LineChecks(UserAccounts users, IndicatorFigures indicators) {
        this.users = users;
        this.indicators = indicators;
    }

    /** current null = a new line. */
    LineInput check(PlanReview review, PlanLine current, LineForm f, List<FormError> errors) {
        int before = errors.size();
        Long actionId = current != null ? Long.valueOf(current.actionId()) : action(review, f.action(), errors);
        String description = FormText.required("description", f.description(), 1000, K + "description", errors);
        String post = FormText.optional("ownerPost", f.ownerPost(), 200, K + "ownerPost", errors);
        String username = f.ownerUser() == null || f.ownerUser().isBlank() ? null : f.ownerUser().strip();
        GofalUser owner = null;
        if (username == null && post == null && !FormDates.hasError(errors, "ownerPost")) {
            errors.add(new FormError("ownerUser", K + "owner.required"));
        } else if (username != null && post != null) {
            errors.add(new FormError("ownerUser", K + "owner.both"));
        } else if (username != null) {
            owner = username.length() > 100 ? null : users.findByUsername(username)
                    .filter(u -> u.authorityId() == review.authorityId() && u.isEnabled() && OWNER_ROLES.contains(u.role())).orElse(null);
            if (owner == null) {
                errors.add(new FormError("ownerUser", K + "owner.unknown"));
            }
        }
        var due = FormDates.parse("dueOn", f.dueOn(), true, K + "dueOn", 2000, 2100, errors);
        if (due != null && review.reviewDay() != null && due.isBefore(review.reviewDay())) {
            errors.add(new FormError("dueOn", K + "dueOn.beforeReview"));
        }
        String measure = FormText.required("measure", f.measure(), 1000, K + "measure", errors);
        String indicator = f.indicator() == null || f.indicator().isBlank() ? null : f.indicator().strip();
        IndicatorFigures.IndicatorInfo info = null;
        if (indicator != null) {
            info = indicator.length() > 20 ? null : indicators.find(indicator).orElse(null);
            if (info == null) {
                errors.add(new FormError("indicator", K + "indicator.unknown"));
            }
        }
        BigDecimal target = target(f.target(), indicator, info, errors);
        PlanStatus status = status(current, f.status(), errors);
        String why = FormText.optional("droppedReason", f.droppedReason(), 500, K + "droppedReason", errors);
        if (status == PlanStatus.DROPPED && why == null && !FormDates.hasError(errors, "droppedReason")) {
            errors.add(new FormError("droppedReason", K + "droppedReason.required"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new LineInput(actionId, description, owner == null ? null : owner.id(), owner == null ? null : owner.getUsername(),
                owner == null ? post : owner.displayName(), due, measure, indicator, target, status,
                status == PlanStatus.DROPPED ? why : null);
    }

    private static Long action(PlanReview review, String value, List<FormError> errors) {
        Long id = value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
        if (id == null || review.action(id).isEmpty()) {
            errors.add(new FormError("action", K + "action.required"));
            return null;
        }
        return id;
    }

    private static BigDecimal target(String value, String indicator, IndicatorFigures.IndicatorInfo info, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (indicator == null) {
            errors.add(new FormError("target", K + "target.noIndicator"));
            return null;
        }
        if (!v.matches("\\d{1,9}(\\.\\d)?")) {
            errors.add(new FormError("target", K + "target.number"));
            return null;
        }
        BigDecimal t = new BigDecimal(v);
        if (info != null && "PERCENT".equals(info.unit()) && t.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FormError("target", K + "target.percent"));
            return null;
        }
        return t;
    }

    private static PlanStatus status(PlanLine current, String value, List<FormError> errors) {
        PlanStatus from = current == null ? PlanStatus.NOT_STARTED : current.status();
        if (value == null || value.isBlank()) {
            return from;
        }
        PlanStatus to = PlanStatus.parse(value).orElse(null);
        if (to == null) {
            errors.add(new FormError("status", K + "status.unknown"));
            return null;
        }
        if (!from.canMoveTo(to)) {
            errors.add(new FormError("status", K + "status.move." + from.name()));
            return null;
        }
        return to;
    }
}
