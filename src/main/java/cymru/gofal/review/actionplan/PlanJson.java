package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The API's shapes of an action plan. owner and ownerUser are null in a councillor's summary (no personal data).
 * version is the line's ETag value (send it back as If-Match "n" to change the line).
 */
record PlanJson(long reviewId, String title, String status, LocalDate reviewDay, Plan.Counts counts, List<PriorityJson> priorities) {

    record PriorityJson(long id, int number, String title, Plan.Counts counts, List<ActionJson> actions) {
    }

    record ActionJson(long id, String audience, int indent, String text, List<LineJson> lines) {
    }

    record LineJson(long id, long actionId, String description, String owner, String ownerUser, LocalDate dueOn, String measure,
            String indicator, BigDecimal target, String status, boolean overdue, String droppedReason, LocalDate completedOn,
            int version) {
        static LineJson of(PlanLine l, LocalDate today) {
            return new LineJson(l.id(), l.actionId(), l.description(), l.ownerName(), l.ownerUsername(), l.dueOn(), l.measure(),
                    l.indicatorCode(), l.targetValue(), l.status().name(), l.overdue(today), l.droppedReason(), l.completedOn(),
                    l.version());
        }
    }

    record LineWithProgress(LineJson line, List<ProgressJson> progress) {
    }

    record ProgressJson(long id, LocalDate progressOn, String text, String evidenceUrl, String evidenceDocument, String statusTo,
            String recordedBy, String recordedName) {
        static ProgressJson of(ProgressUpdate p) {
            return new ProgressJson(p.id(), p.progressOn(), p.text(), p.evidenceUrl(), p.evidenceDocument(), p.statusTo(),
                    p.recordedBy(), p.recordedName());
        }
    }

    static PlanJson of(Plan plan, Locale locale) {
        PlanReview r = plan.review();
        return new PlanJson(r.id(), r.title(), r.status(), r.reviewDay(), plan.counts(), r.priorities().stream()
                .map(p -> new PriorityJson(p.id(), p.number(), p.title(locale), plan.counts(p.id()), p.actions().stream()
                        .map(a -> new ActionJson(a.id(), a.audience(), a.indent(), a.text(locale),
                                plan.linesOf(a.id()).stream().map(l -> LineJson.of(l, plan.today())).toList())).toList()))
                .toList());
    }
}
