package cymru.gofal.review.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated progress update of a plan line: never edited (a correction is a new update). Evidence is optional: a link
 * (http or https) and/or a document's title. statusTo: the status the update moved the line to, or null.
 */
public record ProgressUpdate(long id, long lineId, LocalDate progressOn, String text, String evidenceUrl,
        String evidenceDocument, String statusTo, String recordedBy, String recordedName, Instant recordedAt) {
}
