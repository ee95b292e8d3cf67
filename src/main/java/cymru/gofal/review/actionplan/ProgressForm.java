package cymru.gofal.review.actionplan;

/**
 * A progress update as typed or sent: progressOn (the day it reports on), text, evidenceUrl, evidenceDocument and
 * status (blank, IN_PROGRESS or COMPLETE: the status the line moves to). Raw text; {@link ProgressChecks} parses it.
 */
public record ProgressForm(String progressOn, String text, String evidenceUrl, String evidenceDocument, String status)
        implements java.io.Serializable {
}
