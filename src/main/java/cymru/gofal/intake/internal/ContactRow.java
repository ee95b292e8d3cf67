package cymru.gofal.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded contact, with the referral it made (null when none). */
public record ContactRow(long id, long personId, String party, String partyName, String partyOrganisation, String partyPhone,
        String method, Instant receivedAt, LocalDate receivedOn, String reason, String route, String whatMatters, String outcome,
        String outcomeReason, String signpostedTo, Long teamId, String recordedBy, Instant createdAt, Long referralId) {

    static final String SELECT = """
            SELECT c.id, c.person_id, c.party, c.party_name, c.party_organisation, c.party_phone, c.method, c.received_at,
                   c.received_on, c.reason, c.route, c.what_matters, c.outcome, c.outcome_reason, c.signposted_to, c.team_id,
                   c.recorded_by, c.created_at, r.id AS referral_id
            FROM contact c LEFT JOIN referral r ON r.contact_id = c.id""";

    static ContactRow map(ResultSet rs, int row) throws SQLException {
        return new ContactRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("party"), rs.getString("party_name"),
                rs.getString("party_organisation"), rs.getString("party_phone"), rs.getString("method"), Rows.instant(rs, "received_at"),
                Rows.date(rs, "received_on"), rs.getString("reason"), rs.getString("route"), rs.getString("what_matters"),
                rs.getString("outcome"), rs.getString("outcome_reason"), rs.getString("signposted_to"), Rows.longOrNull(rs, "team_id"),
                rs.getString("recorded_by"), Rows.instant(rs, "created_at"), Rows.longOrNull(rs, "referral_id"));
    }
}
