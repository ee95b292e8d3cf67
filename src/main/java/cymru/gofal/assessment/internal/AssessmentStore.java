package cymru.gofal.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.StaleVersionException;

/**
 * SQL over {@code assessment}. Every change names the version it was made from and bumps it; a change from a
 * version no longer current throws {@link StaleVersionException}, so no edit is lost.
 */
@Component
public class AssessmentStore {

    static final String COLUMNS = """
            a.id, a.authority_id, a.person_id, a.regime, a.type_code, a.referral_id, a.follows_id, a.team_id, a.staff_id,
            a.allocated_at, a.allocated_by, a.clock_start, a.due_on, a.rule_code, a.started_on, a.completed_on,
            a.completed_by, a.signed_off_at, a.signed_off_by, a.signed_off_role, a.child_seen, a.child_seen_on,
            a.child_seen_alone, a.child_not_seen_reason, a.views, a.summary, a.status, a.version""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new assessment, unallocated unless {@code staffId} is given. */
    long insert(long authorityId, long personId, AssessmentType type, Long referralId, Long followsId, long teamId,
            Long staffId, LocalDate clockStart, LocalDate dueOn, LocalDate startedOn, String by, Instant now) {
        return jdbc.sql("""
                INSERT INTO assessment (authority_id, person_id, regime, type_code, referral_id, follows_id, team_id, staff_id,
                    allocated_at, allocated_by, clock_start, due_on, rule_code, started_on, status, created_by, updated_by)
                VALUES (:authority, :person, :regime, :type, :referral, :follows, :team, :staff, :allocatedAt, :allocatedBy,
                    :clockStart, :due, :rule, :startedOn, :status, :by, :by)
                RETURNING id""")
                .param("authority", authorityId).param("person", personId).param("regime", type.regime())
                .param("type", type.code()).param("referral", referralId).param("follows", followsId).param("team", teamId)
                .param("staff", staffId).param("allocatedAt", staffId == null ? null : java.sql.Timestamp.from(now))
                .param("allocatedBy", staffId == null ? null : by).param("clockStart", clockStart).param("due", dueOn)
                .param("rule", type.ruleCode()).param("startedOn", startedOn)
                .param("status", staffId == null ? Assessment.AWAITING_ALLOCATION : Assessment.ALLOCATED).param("by", by)
                .query(Long.class).single();
    }

    Optional<Long> byReferral(long referralId) {
        return jdbc.sql("SELECT id FROM assessment WHERE referral_id = :r").param("r", referralId).query(Long.class).optional();
    }

    public Optional<Assessment> find(long authorityId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment a WHERE a.id = :id AND a.authority_id = :authority")
                .param("id", id).param("authority", authorityId).query(AssessmentStore::map).optional();
    }

    /** The assessment when it is the council's and the signed-in user may see its person (need-to-know). */
    public Optional<Assessment> findVisible(long id, cymru.gofal.people.PersonVisibility pv) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment a WHERE a.id = :id AND a.authority_id = :authority AND "
                + pv.visible("a.person_id")).params(pv.params()).param("id", id).query(AssessmentStore::map).optional();
    }

    /** The person's assessments, newest clock first. */
    public List<Assessment> ofPerson(long authorityId, long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment a WHERE a.person_id = :person AND a.authority_id = :authority "
                + "ORDER BY a.clock_start DESC, a.id DESC").param("person", personId).param("authority", authorityId)
                .query(AssessmentStore::map).list();
    }

    /** For a carer's assessment, the person cared for (from the offer that opened it). */
    Optional<Long> caredForOf(long carerAssessmentId) {
        return jdbc.sql("SELECT cared_for_person_id FROM carer_offer WHERE carer_assessment_id = :id ORDER BY id LIMIT 1")
                .param("id", carerAssessmentId).query(Long.class).optional();
    }

    /**
     * Sets columns (names from code, never from input) on the assessment if {@code version} is current, bumping it.
     *
     * @throws StaleVersionException when someone changed it since
     */
    void update(long id, int version, String by, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE assessment SET version = version + 1, updated_at = now(), updated_by = :by");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" WHERE id = :id AND version = :version");
        var spec = jdbc.sql(sql.toString()).param("by", by).param("id", id).param("version", version);
        for (var e : columns.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue() instanceof Instant i ? java.sql.Timestamp.from(i) : e.getValue());
        }
        if (spec.update() != 1) {
            throw new StaleVersionException("Assessment " + id + " is no longer at version " + version);
        }
    }

    static Assessment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("authority_id"), rs.getLong("person_id"), rs.getString("regime"),
                rs.getString("type_code"), rs.getObject("referral_id", Long.class), rs.getObject("follows_id", Long.class),
                rs.getLong("team_id"), rs.getObject("staff_id", Long.class), instant(rs, "allocated_at"), rs.getString("allocated_by"),
                rs.getObject("clock_start", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getString("rule_code"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getString("completed_by"), instant(rs, "signed_off_at"), rs.getString("signed_off_by"),
                rs.getString("signed_off_role"), rs.getObject("child_seen", Boolean.class),
                rs.getObject("child_seen_on", LocalDate.class), rs.getObject("child_seen_alone", Boolean.class),
                rs.getString("child_not_seen_reason"), rs.getString("views"), rs.getString("summary"), rs.getString("status"),
                rs.getInt("version"));
    }

    static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    void recordAllocation(long assessmentId, long staffId, Long previous, String reason, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO assessment_allocation (assessment_id, staff_id, previous_staff_id, reason, allocated_at, allocated_by)
                VALUES (:a, :s, :p, :r, :at, :by)""").param("a", assessmentId).param("s", staffId).param("p", previous)
                .param("r", reason).param("at", java.sql.Timestamp.from(at)).param("by", by).update();
    }
}
