package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a council's simulated year of getting help with COPY, on the caller's connection and transaction, into
 * the intake and assessment modules' tables, as those modules would have written it (same columns, same
 * invariants). Ids are taken from each table's sequence first, so rows can name the rows they refer to.
 */
final class ActivityWriter {

    private final Connection connection;
    private final CopyManager copy;
    private final long authorityId;

    ActivityWriter(Connection connection, long authorityId) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.authorityId = authorityId;
    }

    /** Writes the batch; answers the ids its keys became, for the rows of later modules that refer to them. */
    ActivityIds write(ActivityBatch b, String regime) throws SQLException {
        long[] contact = CouncilWriter.ids(connection, "contact", b.contacts.size());
        long[] referral = CouncilWriter.ids(connection, "referral", b.referrals.size());
        long[] assessment = CouncilWriter.ids(connection, "assessment", b.assessments.size());
        String by = ActivitySpec.BY;

        CopyRows contacts = new CopyRows("contact", "id, authority_id, person_id, party, party_name, method, received_at, received_on, reason, "
                + "route, what_matters, outcome, outcome_reason, signposted_to, team_id, recorded_by");
        for (ActivityBatch.Contact c : b.contacts) {
            boolean self = c.madeBy().equals("SELF");
            contacts.row(contact[c.key()], authorityId, c.personId(), c.madeBy(), self || c.madeBy().equals("ANONYMOUS") ? null : "Caller",
                    c.method(), c.receivedAt(), c.receivedOn(), c.reason(), c.route(), c.whatMatters(), c.outcome(), null, c.signpostedTo(),
                    c.teamId(), c.recordedBy());
        }
        contacts.copy(copy);

        CopyRows referrals = new CopyRows("referral", "id, authority_id, person_id, contact_id, source, route, priority, safeguarding, reason, "
                + "received_at, received_on, screening_team_id, response_rule, response_due, decision_rule, decision_due, re_referral, "
                + "previous_referral_id, outcome, decision_reason, assessment_team_id, signposted_to, decided_at, decided_on, decided_by, "
                + "recorded_by");
        for (ActivityBatch.Referral r : b.referrals) {
            boolean child = r.route().equals("CHILDREN");
            referrals.row(referral[r.key()], authorityId, r.personId(), contact[r.contactKey()], r.source(), r.route(), r.priority(),
                    r.safeguarding(), r.reason(), r.receivedAt(), r.receivedOn(), r.teamId(), "REFERRAL_RESPONSE_" + r.priority(),
                    r.responseDue(), child ? "REFERRAL_DECISION" : null, r.decisionDue(), r.previousKey() != null,
                    r.previousKey() == null ? null : referral[r.previousKey()], r.decision(), r.decisionReason(), r.assessTeamId(),
                    r.signpostedTo(), r.decidedAt(), r.decidedOn(), r.decidedBy(), by);
        }
        referrals.copy(copy);

        CopyRows assessments = new CopyRows("assessment", "id, authority_id, person_id, regime, type_code, referral_id, follows_id, team_id, staff_id, "
                + "allocated_at, allocated_by, clock_start, due_on, rule_code, started_on, completed_on, completed_by, signed_off_at, "
                + "signed_off_by, signed_off_role, child_seen, child_seen_on, child_seen_alone, child_not_seen_reason, summary, status, "
                + "created_by, updated_by");
        CopyRows allocations = new CopyRows("assessment_allocation", "assessment_id, staff_id, allocated_at, allocated_by");
        for (ActivityBatch.Assessment a : b.assessments) {
            String status = a.signedOffAt() != null ? "SIGNED_OFF" : a.completedOn() != null ? "COMPLETED"
                    : a.staffId() != null ? "ALLOCATED" : "AWAITING_ALLOCATION";
            assessments.row(assessment[a.key()], authorityId, a.personId(), regime, a.type(),
                    a.referralKey() == null ? null : referral[a.referralKey()], a.followsKey() == null ? null : assessment[a.followsKey()],
                    a.teamId(), a.staffId(),
                    a.allocatedAt(), a.allocatedBy(), a.clockStart(), a.dueOn(), a.type(), a.startedOn(), a.completedOn(), a.completedBy(),
                    a.signedOffAt(), a.signedOffBy(), a.signedOffAt() == null ? null : "TEAM_MANAGER", a.childSeen(), a.seenOn(),
                    a.seenAlone(), Boolean.FALSE.equals(a.childSeen()) ? "Family declined a visit during the assessment." : null,
                    a.summary(), status, by, by);
            if (a.staffId() != null) {
                allocations.row(assessment[a.key()], a.staffId(), a.allocatedAt(), a.allocatedBy());
            }
        }
        assessments.copy(copy);
        allocations.copy(copy);

        long[] need = CouncilWriter.ids(connection, "assessment_need", b.needs.size());
        CopyRows needs = new CopyRows("assessment_need", "id, authority_id, assessment_id, regime, domain_code, cause_code, ability_code, "
                + "outcome_code, band_code, eligible, reasoning, recorded_by");
        boolean wales2016 = "WALES_2016".equals(regime);
        for (int i = 0; i < b.needs.size(); i++) {
            ActivityBatch.Need n = b.needs.get(i);
            needs.row(need[i], authorityId, assessment[n.assessmentKey()], regime, n.domain(), n.cause(), n.canMeet(), wales2016 ? n.outcome() : null,
                    wales2016 ? null : n.outcome(), n.eligible(), n.reasoning(), by);
        }
        needs.copy(copy);

        long[] risk = CouncilWriter.ids(connection, "assessment_risk", b.risks.size());
        CopyRows risks = new CopyRows("assessment_risk", "id, authority_id, assessment_id, tool_code, score, level, completed_at, completed_by");
        CopyRows answers = new CopyRows("assessment_risk_answer", "risk_id, tool_code, question_ordinal, value");
        for (int i = 0; i < b.risks.size(); i++) {
            ActivityBatch.Risk r = b.risks.get(i);
            risks.row(risk[i], authorityId, assessment[r.assessmentKey()], r.tool(), r.score(), r.level(),
                    r.completedOn().atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(), by);
            for (int q = 0; q < r.answers().length; q++) {
                answers.row(risk[i], r.tool(), q + 1, r.answers()[q]);
            }
        }
        risks.copy(copy);
        answers.copy(copy);

        CopyRows offers = new CopyRows("carer_offer", "authority_id, assessment_id, cared_for_person_id, carer_person_id, offered_on, "
                + "offered_by, response, responded_on, responded_by, decline_reason, carer_assessment_id");
        for (ActivityBatch.CarerOffer o : b.carerOffers) {
            String response = o.response().equals("PENDING") ? null : o.response();
            offers.row(authorityId, assessment[o.assessmentKey()], o.caredForId(), o.carerId(), o.offeredOn(), by, response,
                    o.respondedOn(), response == null ? null : by, o.declineReason(),
                    o.carerAssessmentKey() == null ? null : assessment[o.carerAssessmentKey()]);
        }
        offers.copy(copy);

        CopyRows turned = new CopyRows("turned_aside", "authority_id, person_id, origin, origin_id, outcome, reason, signposted_to, "
                + "turned_aside_on, check_back_due, checked_back_on, check_back_note, checked_back_by, recorded_by, team_id");
        for (ActivityBatch.TurnedAside t : b.turnedAside) {
            long origin = switch (t.origin()) {
                case "CONTACT" -> contact[t.originKey()];
                case "REFERRAL" -> referral[t.originKey()];
                default -> assessment[t.originKey()];
            };
            turned.row(authorityId, t.personId(), t.origin(), origin, t.outcome(), t.reason(), t.signpostedTo(), t.on(), t.checkBackDue(),
                    t.checkedBackOn(), t.note(), t.checkedBackOn() == null ? null : by, by, t.teamId());
        }
        turned.copy(copy);
        return new ActivityIds(referral, assessment, need);
    }

    /** The ids of referrals, assessments and assessment needs, by key (a need's key is its index in the batch). */
    record ActivityIds(long[] referral, long[] assessment, long[] need) {
    }

}
