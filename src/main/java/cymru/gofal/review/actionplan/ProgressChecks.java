package cymru.gofal.review.actionplan;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;

import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Checks a progress update: its day (not in the future, not before the review's day), its text, optional evidence
 * (a link that is an absolute http or https address, and/or a document's title) and an optional move of the line's
 * status (to IN_PROGRESS or COMPLETE, as {@link PlanStatus} allows from the line's status).
 */
final class ProgressChecks {

    private static final String K = LineChecks.K + "progress.";

    private ProgressChecks() {
    }

    static ProgressInput check(PlanReview review, PlanLine line, ProgressForm f, LocalDate today, List<FormError> errors) {
        int before = errors.size();
        LocalDate on = FormDates.parse("progressOn", f.progressOn(), true, K + "progressOn", 2000, 2100, errors);
        if (on != null && on.isAfter(today)) {
            errors.add(new FormError("progressOn", K + "progressOn.future"));
        } else if (on != null && review.reviewDay() != null && on.isBefore(review.reviewDay())) {
            errors.add(new FormError("progressOn", K + "progressOn.beforeReview"));
        }
        String text = FormText.required("text", f.text(), 4000, K + "text", errors);
        String url = FormText.optional("evidenceUrl", f.evidenceUrl(), 500, K + "evidenceUrl", errors);
        if (url != null && !link(url)) {
            errors.add(new FormError("evidenceUrl", K + "evidenceUrl.link"));
        }
        String document = FormText.optional("evidenceDocument", f.evidenceDocument(), 200, K + "evidenceDocument", errors);
        PlanStatus to = null;
        if (f.status() != null && !f.status().isBlank()) {
            to = PlanStatus.parse(f.status()).filter(PlanStatus.BY_PROGRESS::contains).orElse(null);
            if (to == null) {
                errors.add(new FormError("status", K + "status.unknown"));
            } else if (to == line.status() || !line.status().canMoveTo(to)) {
                errors.add(new FormError("status", K + "status.move"));
            }
        }
        return errors.size() > before ? null : new ProgressInput(on, text, url, document, to);
    }

    static boolean link(String url) {
        if (!url.matches("(?i)https?://\\S+")) {
            return false;
        }
        try {
            URI u = new URI(url);
            return u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
