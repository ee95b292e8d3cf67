package cymru.gofal.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * SQL over care_plan and its lines. A plan exists for the signed-in user only when it is their council's and they may
 * see its person (otherwise 404, never "forbidden"). Every change of content names the version it was made from and
 * bumps it ({@link #bump}); a stale version throws {@link StaleVersionException}, so no edit is lost.
 */
@Component
public class PlanStore {

    static final String COLUMNS = """
            cp.id, cp.authority_id, cp.person_id, cp.case_id, cp.assessment_id, cp.kind, cp.cared_for_person_id, cp.status,
            cp.agreed_versions, cp.changed, cp.first_agreed_on, cp.review_on, cp.ended_on, cp.end_reason, cp.version,
            cp.created_at, cp.created_by""";

    private final JdbcClient jdbc;
    private final People people;

    PlanStore(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** The plan when the signed-in user may see it; otherwise not found. */
    public Plan require(long id) {
        var pv = people.visibility();
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_plan cp WHERE cp.id = :id AND cp.authority_id = :authority AND "
                + pv.visible("cp.person_id")).params(pv.params()).param("id", id).query(PlanStore::map).optional()
                .orElseThrow(() -> new NotFoundException("No plan " + id));
    }

    /** A plan the signed-in user may see and change: not ended. */
    public Plan requireLive(long id) {
        Plan plan = require(id);
        if (plan.ended()) {
            throw Refused.of("plan", "planning.error.ended");
        }
        return plan;
    }

    /** Plans by id with no visibility check: for listeners acting for the system on events. */
    Optional<Plan> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_plan cp WHERE cp.id = :id").param("id", id).query(PlanStore::map).optional();
    }

    List<Plan> liveOfCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_plan cp WHERE cp.case_id = :c AND cp.status <> 'ENDED' ORDER BY cp.id")
                .param("c", caseId).query(PlanStore::map).list();
    }

    long insert(long authorityId, long personId, long caseId, long assessmentId, String kind, Long caredFor, String by) {
        return jdbc.sql("""
                INSERT INTO care_plan (authority_id, person_id, case_id, assessment_id, kind, cared_for_person_id, status,
                    created_by, updated_by)
                VALUES (:a, :person, :case, :assessment, :kind, :caredFor, 'DRAFT', :by, :by) RETURNING id""")
                .param("a", authorityId).param("person", personId).param("case", caseId).param("assessment", assessmentId)
                .param("kind", kind).param("caredFor", caredFor).param("by", by).query(Long.class).single();
    }

    boolean hasLive(long caseId, String kind, Long caredFor) {
        return jdbc.sql("""
                SELECT count(*) FROM care_plan WHERE case_id = :c AND kind = :k AND coalesce(cared_for_person_id, 0) = :cf
                   AND status <> 'ENDED'""").param("c", caseId).param("k", kind).param("cf", caredFor == null ? 0L : caredFor)
                .query(Integer.class).single() > 0;
    }

    /**
     * Records a change of the plan's content from {@code version}: bumps it and, once agreed, marks the plan changed
     * since its last agreed version.
     *
     * @throws StaleVersionException when someone changed the plan since
     */
    void bump(long id, int version) {
        int n = jdbc.sql("""
                UPDATE care_plan SET version = version + 1, changed = (agreed_versions > 0), updated_at = now(), updated_by = :by
                 WHERE id = :id AND version = :v AND status <> 'ENDED'""")
                .param("by", CurrentUser.username()).param("id", id).param("v", version).update();
        if (n != 1) {
            throw new StaleVersionException("Plan " + id + " is no longer at version " + version);
        }
    }

    void setReviewOn(long id, LocalDate reviewOn) {
        jdbc.sql("UPDATE care_plan SET review_on = :r WHERE id = :id").param("r", reviewOn).param("id", id).update();
    }

    public List<Lines.Outcome> outcomes(long planId) {
        return jdbc.sql("SELECT id, need_id, outcome, ordinal FROM plan_outcome WHERE plan_id = :p ORDER BY ordinal")
                .param("p", planId).query((rs, i) -> new Lines.Outcome(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getInt(4))).list();
    }

    public List<Lines.Service> services(long planId) {
        return jdbc.sql("""
                SELECT s.id, s.outcome_id, s.service_type, s.provider_id, o.provider_name, s.provider_service_id, s.in_house,
                       s.unit, s.units_per_week, s.unit_cost, s.start_on, s.end_on, s.status, u.id unmet_id, u.reason,
                       u.unmet_since, u.note
                  FROM plan_service s
                  LEFT JOIN services_facts_offers o ON o.id = s.provider_service_id
                  LEFT JOIN unmet_need u ON u.plan_service_id = s.id AND u.resolved_on IS NULL
                 WHERE s.plan_id = :p ORDER BY s.start_on, s.id""").param("p", planId).query(PlanStore::service).list();
    }

    public List<Lines.Support> support(long planId) {
        return jdbc.sql("SELECT id, outcome_id, source, who, what FROM plan_support WHERE plan_id = :p ORDER BY id").param("p", planId)
                .query((rs, i) -> new Lines.Support(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    public List<Lines.Risk> risks(long planId) {
        return jdbc.sql("SELECT id, risk, level, management FROM plan_risk WHERE plan_id = :p ORDER BY id").param("p", planId)
                .query((rs, i) -> new Lines.Risk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    static Lines.Service service(ResultSet rs, int row) throws SQLException {
        return new Lines.Service(rs.getLong("id"), rs.getObject("outcome_id", Long.class), rs.getString("service_type"),
                rs.getObject("provider_id", Long.class), rs.getString("provider_name"), rs.getObject("provider_service_id", Long.class),
                rs.getObject("in_house", Boolean.class), rs.getString("unit"), rs.getBigDecimal("units_per_week"),
                rs.getBigDecimal("unit_cost"), rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
                rs.getString("status"), rs.getObject("unmet_id", Long.class), rs.getString("reason"),
                rs.getObject("unmet_since", LocalDate.class), rs.getString("note"));
    }

    static Plan map(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getLong("authority_id"), rs.getLong("person_id"), rs.getLong("case_id"),
                rs.getObject("assessment_id", Long.class), rs.getString("kind"), rs.getObject("cared_for_person_id", Long.class),
                rs.getString("status"), rs.getInt("agreed_versions"), rs.getBoolean("changed"),
                rs.getObject("first_agreed_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
