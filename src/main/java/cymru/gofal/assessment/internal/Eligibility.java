package cymru.gofal.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Eligibility recorded per need (domain.md section 4): domain, cause, whether the person can meet it, the outcome
 * (WALES_2016) or band (WALES_2007), and the reasoning. Whether it is eligible is decided when recorded
 * ({@link NeedRules}) and kept, so a later change of the council's threshold does not rewrite history.
 */
@Service
public class Eligibility {

    private final JdbcClient jdbc;
    private final Visible visible;
    private final Reference reference;
    private final AssessmentStore store;
    private final AuditLog audit;

    Eligibility(JdbcClient jdbc, Visible visible, Reference reference, AssessmentStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.reference = reference;
        this.store = store;
        this.audit = audit;
    }

    /** What a worker records about one need (codes as typed; checked here). */
    public record NeedInput(String domain, String cause, String ability, String outcome, String band, String reasoning) {
    }

    /**
     * Adds a need to an open assessment from {@code version} (null: whatever is current).
     *
     * @throws InvalidInput naming each bad field; StaleVersionException when the assessment changed since
     */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public NeedRow add(long assessmentId, Integer version, NeedInput in) {
        Assessment a = visible.require(assessmentId);
        AssessmentType type = visible.type(a);
        List<FormError> errors = new ArrayList<>();
        if (!a.open()) {
            throw InvalidInput.of("domain", "assessment.error.alreadyCompleted");
        }
        if (!codes(reference.domains(a.regime(), type.clientGroup())).contains(in.domain())) {
            errors.add(new FormError("domain", "assessment.domain.error.required"));
        }
        if (!codes(reference.causes(type.clientGroup())).contains(in.cause())) {
            errors.add(new FormError("cause", "assessment.cause.error.required"));
        }
        if (!codes(reference.abilities()).contains(in.ability())) {
            errors.add(new FormError("ability", "assessment.ability.error.required"));
        }
        boolean eligible = false;
        if (NeedRules.byBand(a.regime())) {
            var severity = codes(reference.bands(a.regime())).contains(in.band()) ? reference.severity(in.band()) : java.util.Optional.<Integer>empty();
            if (severity.isEmpty()) {
                errors.add(new FormError("band", "assessment.band.error.required"));
            } else {
                eligible = NeedRules.bandEligible(severity.get(), reference.thresholdSeverity(a.authorityId()));
            }
        } else {
            var outcome = codes(reference.outcomes(a.regime())).contains(in.outcome()) ? reference.outcome(in.outcome())
                    : java.util.Optional.<Reference.Outcome>empty();
            if (outcome.isEmpty()) {
                errors.add(new FormError("outcome", "assessment.outcome.error.required"));
            } else {
                eligible = outcome.get().eligible();
                if (in.ability() != null && !NeedRules.outcomeConsistent(eligible, reference.unmet(in.ability()))) {
                    errors.add(new FormError("outcome", "assessment.outcome.error.ability"));
                }
            }
        }
        String reasoning = FormText.required("reasoning", in.reasoning(), 4000, "assessment.reasoning.error", errors);
        InvalidInput.throwIfAny(errors);
        store.update(a.id(), version == null ? a.version() : version, CurrentUser.username(), Map.of());
        long id = jdbc.sql("""
                INSERT INTO assessment_need (authority_id, assessment_id, regime, domain_code, cause_code, ability_code,
                    outcome_code, band_code, eligible, reasoning, recorded_by)
                VALUES (:authority, :assessment, :regime, :domain, :cause, :ability, :outcome, :band, :eligible, :reasoning, :by)
                RETURNING id""").param("authority", a.authorityId()).param("assessment", a.id()).param("regime", a.regime())
                .param("domain", in.domain()).param("cause", in.cause()).param("ability", in.ability())
                .param("outcome", NeedRules.byBand(a.regime()) ? null : in.outcome())
                .param("band", NeedRules.byBand(a.regime()) ? in.band() : null).param("eligible", eligible)
                .param("reasoning", reasoning).param("by", CurrentUser.username()).query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.CREATE, "assessment_need", id).aboutPerson(a.personId()));
        return rows(a.id()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    /** The needs recorded on a visible assessment; audited as a READ about its person. */
    @PreAuthorize(Access.READ)
    @Transactional
    public List<NeedRow> needs(long assessmentId) {
        Assessment a = visible.require(assessmentId);
        audit.record(AuditEntry.of(AuditAction.READ, "assessment_need", assessmentId).aboutPerson(a.personId()));
        return rows(a.id());
    }

    /** The needs of an assessment (not audited: for callers that audit their own read). */
    List<NeedRow> rows(long assessmentId) {
        return jdbc.sql("""
                SELECT n.id, n.assessment_id, n.regime, n.eligible, n.reasoning, n.recorded_at, n.recorded_by,
                       d.code d_code, d.name_en d_en, d.name_cy d_cy, c.code c_code, c.name_en c_en, c.name_cy c_cy,
                       ab.code a_code, ab.name_en a_en, ab.name_cy a_cy, o.code o_code, o.name_en o_en, o.name_cy o_cy,
                       b.code b_code, b.name_en b_en, b.name_cy b_cy, o.turned_aside_outcome, coalesce(o.ordinal, 0) o_ordinal
                  FROM assessment_need n
                  JOIN eligibility_domain d ON d.regime = n.regime AND d.code = n.domain_code
                  JOIN eligibility_cause c ON c.code = n.cause_code
                  JOIN eligibility_ability ab ON ab.code = n.ability_code
                  LEFT JOIN eligibility_outcome o ON o.code = n.outcome_code
                  LEFT JOIN eligibility_band b ON b.code = n.band_code
                 WHERE n.assessment_id = :a ORDER BY n.id""").param("a", assessmentId)
                .query((rs, i) -> new NeedRow(rs.getLong("id"), rs.getLong("assessment_id"), rs.getString("regime"),
                        named(rs, "d"), named(rs, "c"), named(rs, "a"), named(rs, "o"), named(rs, "b"), rs.getBoolean("eligible"),
                        rs.getString("reasoning"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                        rs.getString("turned_aside_outcome"), rs.getInt("o_ordinal")))
                .list();
    }

    private static Named named(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        String code = rs.getString(prefix + "_code");
        return code == null ? null : new Named(code, rs.getString(prefix + "_en"), rs.getString(prefix + "_cy"));
    }

    private static List<String> codes(List<Named> list) {
        return list.stream().map(Named::code).toList();
    }
}
