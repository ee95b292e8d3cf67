package cymru.gofal.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded referral with its due dates (stored at receipt) and, once screened, its decision. {@code screeningDue} is
 * the day screening is due and {@code screeningRule} the rule it comes from: the earlier of the response's and the
 * decision's (children), chosen by the database (generated columns of V10), the one place that rule is written.
 */
public record ReferralRow(long id, long personId, Long contactId, String source, String sourceDetail, String route, String priority,
        boolean safeguarding, String reason, Instant receivedAt, LocalDate receivedOn, long screeningTeamId, String responseRule,
        LocalDate responseDue, String decisionRule, LocalDate decisionDue, String screeningRule, LocalDate screeningDue,
        boolean reReferral, Long previousReferralId, String outcome, String decisionReason, Long assessmentTeamId, String signpostedTo,
        Instant decidedAt, LocalDate decidedOn, String decidedBy, String recordedBy, int version) {

    static final String SELECT = """
            SELECT r.id, r.person_id, r.contact_id, r.source, r.source_detail, r.route, r.priority, r.safeguarding, r.reason,
                   r.received_at, r.received_on, r.screening_team_id, r.response_rule, r.response_due, r.decision_rule,
                   r.decision_due, r.screening_rule, r.screening_due, r.re_referral, r.previous_referral_id, r.outcome,
                   r.decision_reason, r.assessment_team_id, r.signposted_to, r.decided_at, r.decided_on, r.decided_by, r.recorded_by, r.version
            FROM referral r""";

    public boolean decided() {
        return outcome != null;
    }

    /** Whether the decision was made by the day screening was due (null while undecided): the same day trays judge by. */
    public Boolean decidedInTime() {
        return decidedOn == null ? null : !decidedOn.isAfter(screeningDue);
    }

    /** OVERDUE, DUE_TODAY or null while undecided on {@code today}; null once decided. One rule for page, list and API. */
    public String screeningStatus(LocalDate today) {
        if (decided()) {
            return null;
        }
        return today.isAfter(screeningDue) ? "OVERDUE" : today.equals(screeningDue) ? "DUE_TODAY" : null;
    }

    static ReferralRow map(ResultSet rs, int row) throws SQLException {
        return new ReferralRow(rs.getLong("id"), rs.getLong("person_id"), Rows.longOrNull(rs, "contact_id"), rs.getString("source"),
                rs.getString("source_detail"), rs.getString("route"), rs.getString("priority"), rs.getBoolean("safeguarding"),
                rs.getString("reason"), Rows.instant(rs, "received_at"), Rows.date(rs, "received_on"), rs.getLong("screening_team_id"),
                rs.getString("response_rule"), Rows.date(rs, "response_due"), rs.getString("decision_rule"), Rows.date(rs, "decision_due"),
                rs.getString("screening_rule"), Rows.date(rs, "screening_due"),
                rs.getBoolean("re_referral"), Rows.longOrNull(rs, "previous_referral_id"), rs.getString("outcome"),
                rs.getString("decision_reason"), Rows.longOrNull(rs, "assessment_team_id"), rs.getString("signposted_to"),
                Rows.instant(rs, "decided_at"), Rows.date(rs, "decided_on"), rs.getString("decided_by"), rs.getString("recorded_by"),
                rs.getInt("version"));
    }
}
