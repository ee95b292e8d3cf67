package cymru.gofal.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL over {@code referral}. Callers check need-to-know; every query is of one council. */
@Component
class ReferralStore {

    static final String RE_REFERRAL_WINDOW = "RE_REFERRAL_WINDOW";

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's latest earlier referral whose re-referral window (rule RE_REFERRAL_WINDOW of the council's regime,
     * from the day it was received) still covers {@code receivedOn}: that makes the new one a re-referral.
     */
    Optional<Long> previousWithinWindow(long council, long personId, Instant receivedAt, LocalDate receivedOn) {
        return jdbc.sql("""
                SELECT p.id FROM referral p
                WHERE p.authority_id = :council AND p.person_id = :person AND p.received_at < :at
                  AND intake_window_end(:council, :rule, p.received_on) >= :on
                ORDER BY p.received_at DESC, p.id DESC LIMIT 1""")
                .param("council", council).param("person", personId).param("at", Rows.timestamp(receivedAt))
                .param("rule", RE_REFERRAL_WINDOW).param("on", receivedOn).query(Long.class).optional();
    }

    long insert(NewReferral r, Long contactId, DueDates.Dues dues, Long previousId, String recordedBy) {
        return jdbc.sql("""
                INSERT INTO referral (authority_id, person_id, contact_id, source, source_detail, route, priority, safeguarding, reason,
                    received_at, received_on, screening_team_id, response_rule, response_due, decision_rule, decision_due,
                    re_referral, previous_referral_id, recorded_by)
                VALUES (:council, :person, :contact, :source, :detail, :route, :priority, :safeguarding, :reason, :at, :on, :team,
                    :responseRule, :responseDue, :decisionRule, :decisionDue, :reReferral, :previous, :by) RETURNING id""")
                .param("council", r.authorityId()).param("person", r.personId()).param("contact", contactId)
                .param("source", r.source()).param("detail", r.sourceDetail()).param("route", r.route())
                .param("priority", r.priority().code()).param("safeguarding", r.safeguarding()).param("reason", r.reason())
                .param("at", Rows.timestamp(r.receivedAt())).param("on", r.receivedOn()).param("team", r.screeningTeamId())
                .param("responseRule", dues.responseRule()).param("responseDue", dues.responseDue())
                .param("decisionRule", dues.decisionRule()).param("decisionDue", dues.decisionDue())
                .param("reReferral", previousId != null).param("previous", previousId).param("by", recordedBy)
                .query(Long.class).single();
    }

    Optional<ReferralRow> find(long council, long id) {
        return jdbc.sql(ReferralRow.SELECT + " WHERE r.authority_id = :council AND r.id = :id")
                .param("council", council).param("id", id).query(ReferralRow::map).optional();
    }

    /** The referral, locked until the transaction ends, so that two decisions on it are made one after the other. */
    Optional<ReferralRow> lock(long council, long id) {
        return jdbc.sql(ReferralRow.SELECT + " WHERE r.authority_id = :council AND r.id = :id FOR UPDATE")
                .param("council", council).param("id", id).query(ReferralRow::map).optional();
    }

    /** Records the decision if the referral is still undecided at {@code version}; answers the rows changed (0 or 1). */
    int decide(long id, int version, Decision d, Instant at, LocalDate on, String by) {
        return jdbc.sql("""
                UPDATE referral SET outcome = :outcome, decision_reason = :reason, assessment_team_id = :team,
                    signposted_to = :signposted, decided_at = :at, decided_on = :on, decided_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND outcome IS NULL""")
                .param("outcome", d.outcome()).param("reason", d.reason()).param("team", d.assessmentTeamId())
                .param("signposted", d.signpostedTo()).param("at", Rows.timestamp(at)).param("on", on).param("by", by)
                .param("id", id).param("version", version).update();
    }

    List<ReferralRow> ofPerson(long council, long personId) {
        return jdbc.sql(ReferralRow.SELECT + " WHERE r.authority_id = :council AND r.person_id = :person ORDER BY r.received_at DESC, r.id DESC")
                .param("council", council).param("person", personId).query(ReferralRow::map).list();
    }
}
