package cymru.gofal.assessment.internal;

import java.time.LocalDate;

/**
 * A carer's assessment offered: to whom (the carer), for whom (the person cared for), and the answer.
 *
 * @param response ACCEPTED, DECLINED or null while awaiting an answer
 */
public record OfferRow(long id, long assessmentId, long caredForPersonId, long carerPersonId, LocalDate offeredOn,
        String offeredBy, String response, LocalDate respondedOn, String declineReason, Long carerAssessmentId, int version) {
}
