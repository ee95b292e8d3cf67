package cymru.gofal.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.assessment.AssessedNeed;
import cymru.gofal.assessment.AssessmentSummary;
import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/** Reads behind the {@link cymru.gofal.assessment.Assessments} facade: visible assessments only, each read audited. */
@Component
public class Summaries {

    private static final String SELECT = """
            SELECT a.id, a.person_id, a.regime, a.type_code, t.name_en, t.name_cy, t.client_group, a.team_id, a.staff_id,
                   a.referral_id, a.clock_start, a.completed_on, a.status,
                   (SELECT o.cared_for_person_id FROM carer_offer o WHERE o.carer_assessment_id = a.id LIMIT 1) cared_for
              FROM assessment a JOIN assessment_type t ON t.regime = a.regime AND t.code = a.type_code
            """;

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;

    Summaries(JdbcClient jdbc, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    public Optional<AssessmentSummary> find(long id) {
        var pv = people.visibility();
        Optional<AssessmentSummary> found = jdbc.sql(SELECT + " WHERE a.id = :id AND a.authority_id = :authority AND "
                + pv.visible("a.person_id")).params(pv.params()).param("id", id).query(Summaries::map).optional();
        found.ifPresent(a -> audit.record(AuditEntry.of(AuditAction.READ, "assessment", id).aboutPerson(a.personId())));
        return found;
    }

    public List<AssessmentSummary> ofPerson(long personId) {
        var pv = people.visibility();
        List<AssessmentSummary> list = jdbc.sql(SELECT + " WHERE a.person_id = :person AND a.authority_id = :authority AND "
                + pv.visible("a.person_id") + " ORDER BY a.clock_start DESC, a.id DESC").params(pv.params())
                .param("person", personId).query(Summaries::map).list();
        if (!list.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "assessment", null).aboutPerson(personId).because("assessments of the person"));
        }
        return list;
    }

    public List<AssessedNeed> needs(long assessmentId) {
        return find(assessmentId).map(a -> jdbc.sql("""
                SELECT n.id, n.assessment_id, n.domain_code, d.name_en, d.name_cy, n.eligible, n.reasoning
                  FROM assessment_need n JOIN eligibility_domain d ON d.regime = n.regime AND d.code = n.domain_code
                 WHERE n.assessment_id = :id ORDER BY n.id""").param("id", assessmentId)
                .query((rs, i) -> new AssessedNeed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7))).list()).orElse(List.of());
    }

    private static AssessmentSummary map(ResultSet rs, int row) throws SQLException {
        return new AssessmentSummary(rs.getLong("id"), rs.getLong("person_id"), rs.getString("regime"), rs.getString("type_code"),
                rs.getString("name_en"), rs.getString("name_cy"), rs.getString("client_group"), rs.getLong("team_id"),
                rs.getObject("staff_id", Long.class), rs.getObject("referral_id", Long.class),
                rs.getObject("clock_start", java.time.LocalDate.class), rs.getObject("completed_on", java.time.LocalDate.class),
                rs.getString("status"), rs.getObject("cared_for", Long.class));
    }
}
