package cymru.gofal.intake.internal;

/**
 * A screening decision: the outcome (list referral_outcome), why, the team asked to assess (ASSESSMENT only) and
 * the community service (SIGNPOSTED only).
 */
public record Decision(String outcome, String reason, Long assessmentTeamId, String signpostedTo) {
}
