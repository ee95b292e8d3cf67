package cymru.gofal.intake.internal;

/** A referral sent to the API without a contact, before checks. A blank route means "from the person's age". */
public record ReferralInput(Long personId, String source, String sourceDetail, String route, String priority,
        Boolean safeguarding, String reason, Long screeningTeamId) {
}
