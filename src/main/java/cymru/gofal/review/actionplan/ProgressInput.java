package cymru.gofal.review.actionplan;

import java.time.LocalDate;

/** A progress update as checked by {@link ProgressChecks}; statusTo null = the line's status stays. */
record ProgressInput(LocalDate progressOn, String text, String evidenceUrl, String evidenceDocument, PlanStatus statusTo) {
}
