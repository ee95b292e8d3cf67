package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a council's plans, unmet need, direct payments and reviews with COPY, on the caller's connection and
 * transaction, into the planning module's tables as that module would have written them (same columns, same
 * invariants; each agreed version's content in the plan_version JSON shape).
 */
final class PlanWriter {

    private static final String BY = CouncilWriter.BY;

    private final Connection connection;
    private final CopyManager copy;
    private final long authorityId;

    PlanWriter(Connection connection, long authorityId) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.authorityId = authorityId;
    }

    void write(CareBatch b, ActivityWriter.ActivityIds activity, CaseWriter.CaseIds cases, String regime) throws SQLException {
        long[] plan = CouncilWriter.ids(connection, "care_plan", b.plans.size());
        long[] outcome = CouncilWriter.ids(connection, "plan_outcome", b.outcomes);
        long[] service = CouncilWriter.ids(connection, "plan_service", b.services);
        CopyRows plans = new CopyRows("care_plan", "id, authority_id, person_id, case_id, assessment_id, kind, cared_for_person_id, status, "
                + "agreed_versions, changed, first_agreed_on, review_on, ended_on, end_reason, created_by, updated_by");
        CopyRows outcomes = new CopyRows("plan_outcome", "id, plan_id, need_id, outcome, ordinal");
        CopyRows services = new CopyRows("plan_service", "id, plan_id, outcome_id, service_type, provider_id, provider_service_id, in_house, "
                + "unit, units_per_week, unit_cost, start_on, end_on, status");
        CopyRows support = new CopyRows("plan_support", "plan_id, outcome_id, source, who, what");
        CopyRows risks = new CopyRows("plan_risk", "plan_id, risk, level, management");
        for (CareBatch.Plan p : b.plans) {
            long id = plan[p.key];
            plans.row(id, authorityId, p.personId, cases.caseId()[p.caseKey], p.assessmentKey == null ? null : activity.assessment()[p.assessmentKey],
                    p.kind, p.caredForId, p.status, p.versions, p.changed, p.firstAgreedOn, p.reviewOn, p.endedOn, p.endReason, BY, BY);
            for (int i = 0; i < p.outcomes.size(); i++) {
                CareBatch.Outcome o = p.outcomes.get(i);
                outcomes.row(outcome[o.key()], id, o.needKey() == null ? null : activity.need()[o.needKey()], o.text(), i + 1);
            }
            for (CareBatch.Service s : p.services) {
                CareBatch.Offer offer = s.offerKey == null ? null : b.offers.get(s.offerKey);
                services.row(service[s.key], id, outcome[s.outcomeKey], s.type, offer == null ? null : cases.provider()[offer.provider()],
                        offer == null ? null : cases.offer()[offer.key()], offer == null ? null : b.providers.get(offer.provider()).inHouse(),
                        s.unit, s.units, s.cost, s.startOn, s.endOn, s.status);
            }
            p.support.forEach(s -> support.row(id, outcome[s.outcomeKey()], s.source(), s.who(), s.what()));
            p.risks.forEach(r -> risks.row(id, r.risk(), r.level(), r.management()));
        }
        plans.copy(copy);
        outcomes.copy(copy);
        services.copy(copy);
        support.copy(copy);
        risks.copy(copy);

        CopyRows unmet = new CopyRows("unmet_need", "authority_id, plan_id, plan_service_id, service_type, units_per_week, reason, note, "
                + "unmet_since, resolved_on, resolution, recorded_by");
        b.unmet.forEach(u -> unmet.row(authorityId, plan[u.planKey], service[u.serviceKey], u.type, u.units, u.reason, u.note, u.since,
                u.resolvedOn, u.resolution, BY));
        unmet.copy(copy);

        CopyRows versions = new CopyRows("plan_version", "plan_id, number, agreed_on, agreed_by_person, agreed_by_carer, agreed_by_advocate, "
                + "advocate_name, agreement_note, weekly_cost, annual_cost, review_on, content, recorded_by");
        for (CareBatch.Version v : b.versions) {
            String json = v.content().json(k -> outcome[k], k -> service[k], b.offers::get, k -> cases.provider()[k], b.providers::get,
                    k -> activity.need()[k]);
            versions.row(plan[v.planKey()], v.number(), v.agreedOn(), v.byPerson(), v.byCarer(), v.advocate() != null, v.advocate(), v.note(),
                    v.weekly(), v.annual(), v.content().reviewOn(), json, BY);
        }
        versions.copy(copy);

        CopyRows payments = new CopyRows("direct_payment", "authority_id, person_id, plan_id, offered_on, decision, decided_on, decline_reason, "
                + "barriers, weekly_amount, managed_by, start_on, review_on, ended_on, created_by, updated_by");
        b.directPayments.forEach(d -> payments.row(authorityId, d.personId(), plan[d.planKey()], d.offeredOn(), d.decision(), d.decidedOn(),
                d.declineReason(), CaseWriter.array(d.barriers()), d.weekly(), d.managedBy(), d.startOn(), d.reviewOn(), d.endedOn(), BY, BY));
        payments.copy(copy);

        CopyRows reviews = new CopyRows("plan_review", "authority_id, plan_id, sequence, regime, rule_code, clock_start, rule_due_on, due_on, "
                + "status, held_on, what_is_working, what_is_not, what_matters_now, attendees, outcome, held_by, updated_by");
        b.reviews.forEach(r -> reviews.row(authorityId, plan[r.planKey], r.sequence, regime, r.rule, r.clockStart, r.ruleDueOn, r.dueOn,
                r.status, r.heldOn, r.working, r.notWorking, r.mattersNow, r.attendees, r.outcome, r.heldOn == null ? null : BY, BY));
        reviews.copy(copy);
    }
}
