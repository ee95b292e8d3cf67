package cymru.gofal.intake.internal;

/**
 * A contact as typed on the page or sent to the API, before checks. The referral fields (source, sourceDetail,
 * priority, screeningTeamId) apply only when the outcome makes a referral. A blank route means "from the person's
 * age on the day received".
 */
public record ContactInput(Long personId, String party, String partyName, String partyOrganisation, String partyPhone,
        String method, String reason, String route, String whatMatters, String outcome, String outcomeReason,
        String signpostedTo, String source, String sourceDetail, String priority, Long screeningTeamId) {
}
