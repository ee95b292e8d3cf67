package cymru.gofal.casework;

import java.time.LocalDate;

/**
 * A case was closed. Published inside the closing transaction and handled synchronously: planning ends the case's
 * live plans and cancels their scheduled reviews in that same transaction.
 *
 * @param reason code of case_closure_reason
 */
public record CaseClosed(long authorityId, long caseId, long personId, LocalDate closedOn, String reason, String closedBy) {
}
