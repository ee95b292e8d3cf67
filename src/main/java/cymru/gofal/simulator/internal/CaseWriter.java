package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a council's service catalogue and cases with COPY, on the caller's connection and transaction, into the
 * services and casework modules' tables as those modules would have written them (same columns, same invariants).
 * Ids are taken from each table's sequence first, so rows can name the rows they refer to.
 */
final class CaseWriter {

    static final String BY = CouncilWriter.BY;

    private final Connection connection;
    private final CopyManager copy;
    private final long authorityId;

    CaseWriter(Connection connection, long authorityId) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.authorityId = authorityId;
    }

    /** Ids of the rows written that plans refer to. */
    record CaseIds(long[] provider, long[] offer, long[] caseId) {
    }

    CaseIds write(CareBatch b, ActivityWriter.ActivityIds activity) throws SQLException {
        long[] provider = CouncilWriter.ids(connection, "provider", b.providers.size());
        CopyRows providers = new CopyRows("provider", "id, authority_id, name, in_house, created_by, updated_by");
        for (int i = 0; i < provider.length; i++) {
            providers.row(provider[i], authorityId, b.providers.get(i).name(), b.providers.get(i).inHouse(), BY, BY);
        }
        providers.copy(copy);
        long[] offer = CouncilWriter.ids(connection, "provider_service", b.offers.size());
        CopyRows offers = new CopyRows("provider_service", "id, authority_id, provider_id, service_type, unit, unit_cost, "
                + "capacity_units_per_week, from_date, to_date, created_by, updated_by");
        for (CareBatch.Offer o : b.offers) {
            offers.row(offer[o.key()], authorityId, provider[o.provider()], o.type(), o.unit(), o.cost(), o.capacity(), o.from(), o.to(), BY, BY);
        }
        offers.copy(copy);

        long[] caseId = CouncilWriter.ids(connection, "care_case", b.cases.size());
        CopyRows cases = new CopyRows("care_case", "id, authority_id, person_id, service_area, team_id, staff_id, complexity, opened_on, "
                + "opened_from, referral_id, assessment_id, closed_on, closure_reason, closure_summary, closed_by, created_by, updated_by");
        CopyRows needs = new CopyRows("care_case_need", "case_id, need_code");
        for (CareBatch.Case k : b.cases) {
            cases.row(caseId[k.key], authorityId, k.personId, k.area, k.teamId, k.staffId, k.complexity, k.openedOn,
                    k.assessmentKey != null ? "ASSESSMENT" : "REFERRAL", k.referralKey == null ? null : activity.referral()[k.referralKey],
                    k.assessmentKey == null ? null : activity.assessment()[k.assessmentKey], k.closedOn, k.closureReason,
                    k.closedOn == null ? null : k.closureSummary, k.closedOn == null ? null : BY, BY, BY);
            k.needs.forEach(n -> needs.row(caseId[k.key], n));
        }
        cases.copy(copy);
        needs.copy(copy);

        CopyRows allocations = new CopyRows("case_allocation", "case_id, staff_id, previous_staff_id, fits, misfits, override_reason, reason, "
                + "allocated_on, allocated_at, allocated_by");
        for (CareBatch.Allocation a : b.allocations) {
            allocations.row(caseId[a.caseKey()], a.staffId(), a.previousStaffId(), a.misfits().isEmpty(), array(a.misfits()), a.overrideReason(),
                    a.reason(), a.on(), a.at(), BY);
        }
        allocations.copy(copy);
        CopyRows transfers = new CopyRows("case_transfer", "case_id, from_team_id, to_team_id, from_staff_id, transferred_on, handover, "
                + "transferred_at, transferred_by");
        b.transfers.forEach(t -> transfers.row(caseId[t.caseKey()], t.fromTeam(), t.toTeam(), t.fromStaff(), t.on(), t.handover(), t.at(), BY));
        transfers.copy(copy);

        long[] note = CouncilWriter.ids(connection, "case_note", b.notes.size());
        CopyRows notes = new CopyRows("case_note", "id, authority_id, case_id, note_type, occurred_at, body, significant, supersedes_id, "
                + "correction_reason, recorded_at, recorded_by");
        for (int i = 0; i < note.length; i++) {
            CareBatch.Note n = b.notes.get(i);
            notes.row(note[i], authorityId, caseId[n.caseKey()], n.type(), n.occurredAt(), n.body(), n.significant(),
                    n.supersedes() == null ? null : note[n.supersedes()], n.reason(), n.recordedAt(), BY);
        }
        notes.copy(copy);
        return new CaseIds(provider, offer, caseId);
    }

    /** A text[] literal for COPY: codes only (letters, digits, underscores, colons), so no element needs quoting. */
    static String array(List<String> codes) {
        return "{" + String.join(",", codes) + "}";
    }
}
