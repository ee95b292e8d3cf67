package cymru.gofal.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.PersonVisibility;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * SQL over the case tables (V12). A change to care_case names the version it was made from and bumps it; a change from a
 * version no longer current throws {@link StaleVersionException}, so no edit is lost. No auditing here: the services do.
 */
@Component
public class CaseStore {

    static final String COLUMNS = """
            c.id, c.authority_id, c.person_id, c.service_area, c.team_id, c.staff_id, c.complexity, c.opened_on, c.opened_from,
            c.referral_id, c.assessment_id, c.closed_on, c.closure_reason, c.closure_summary, c.closed_by, c.version, c.created_by""";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new case is opened with. */
    public record NewCase(long authorityId, long personId, String serviceArea, long teamId, String complexity, LocalDate openedOn,
            String openedFrom, Long referralId, Long assessmentId) {
    }

    /** Opens the case; empty when the person already has an open case in the service area (the one-open-case index). */
    Optional<Long> insert(NewCase n, String by) {
        return jdbc.sql("""
                INSERT INTO care_case (authority_id, person_id, service_area, team_id, complexity, opened_on, opened_from, referral_id,
                    assessment_id, created_by, updated_by)
                VALUES (:authority, :person, :area, :team, :complexity, :openedOn, :from, :referral, :assessment, :by, :by)
                ON CONFLICT (person_id, service_area) WHERE closed_on IS NULL DO NOTHING
                RETURNING id""")
                .param("authority", n.authorityId()).param("person", n.personId()).param("area", n.serviceArea()).param("team", n.teamId())
                .param("complexity", n.complexity()).param("openedOn", n.openedOn()).param("from", n.openedFrom())
                .param("referral", n.referralId()).param("assessment", n.assessmentId()).param("by", by)
                .query(Long.class).optional();
    }

    /** The case when it is the council's and the signed-in user may see its person (need-to-know). */
    public Optional<CaseRow> findVisible(long id, PersonVisibility pv) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_case c WHERE c.id = :id AND c.authority_id = :authority AND "
                + pv.visible("c.person_id")).params(pv.params()).param("id", id).query(CaseStore::map).optional();
    }

    /** The person's open case in the service area, whoever may see it (for opening one only once). */
    Optional<CaseRow> openOf(long authorityId, long personId, String serviceArea) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_case c WHERE c.authority_id = :a AND c.person_id = :p AND c.service_area = :s"
                + " AND c.closed_on IS NULL").param("a", authorityId).param("p", personId).param("s", serviceArea)
                .query(CaseStore::map).optional();
    }

    /** The person's cases the user may see: open ones first, then newest first. */
    public List<CaseRow> ofPerson(long personId, PersonVisibility pv) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_case c WHERE c.person_id = :person AND c.authority_id = :authority AND "
                + pv.visible("c.person_id") + " ORDER BY c.closed_on IS NOT NULL, c.opened_on DESC, c.id DESC")
                .params(pv.params()).param("person", personId).query(CaseStore::map).list();
    }

    public List<String> needCodes(long caseId) {
        return jdbc.sql("SELECT n.need_code FROM care_case_need n JOIN case_need_type t ON t.code = n.need_code WHERE n.case_id = :c"
                + " ORDER BY t.ordinal").param("c", caseId).query(String.class).list();
    }

    void replaceNeeds(long caseId, Collection<String> codes) {
        jdbc.sql("DELETE FROM care_case_need WHERE case_id = :c").param("c", caseId).update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO care_case_need (case_id, need_code) VALUES (:c, :n)").param("c", caseId).param("n", code).update();
        }
    }

    /**
     * Sets columns (names from code, never from input) on the case if {@code version} is current, bumping it.
     *
     * @throws StaleVersionException when someone changed it since
     */
    void update(long id, int version, String by, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE care_case SET version = version + 1, updated_at = now(), updated_by = :by");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" WHERE id = :id AND version = :version");
        var spec = jdbc.sql(sql.toString()).param("by", by).param("id", id).param("version", version);
        for (var e : columns.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (spec.update() != 1) {
            throw new StaleVersionException("Case " + id + " is no longer at version " + version);
        }
    }

    void insertAllocation(long caseId, long staffId, Long previous, List<String> misfits, String overrideReason, String reason,
            LocalDate on, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO case_allocation (case_id, staff_id, previous_staff_id, fits, misfits, override_reason, reason, allocated_on,
                    allocated_at, allocated_by)
                VALUES (:c, :s, :p, :fits, CAST(:misfits AS text[]), :override, :reason, :on, :at, :by)""")
                .param("c", caseId).param("s", staffId).param("p", previous).param("fits", misfits.isEmpty())
                .param("misfits", misfits.stream().collect(Collectors.joining(",", "{", "}"))).param("override", overrideReason)
                .param("reason", reason).param("on", on).param("at", Timestamp.from(at)).param("by", by).update();
    }

    public List<CaseHistory.Allocation> allocations(long caseId) {
        return jdbc.sql("SELECT * FROM case_allocation WHERE case_id = :c ORDER BY allocated_at, id").param("c", caseId)
                .query((rs, n) -> new CaseHistory.Allocation(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("staff_id"),
                        rs.getObject("previous_staff_id", Long.class), rs.getBoolean("fits"), Arrays.asList((String[]) rs.getArray("misfits").getArray()),
                        rs.getString("override_reason"), rs.getString("reason"), rs.getObject("allocated_on", LocalDate.class),
                        instant(rs, "allocated_at"), rs.getString("allocated_by"))).list();
    }

    void insertTransfer(long caseId, long fromTeam, long toTeam, Long fromStaff, LocalDate on, String handover, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO case_transfer (case_id, from_team_id, to_team_id, from_staff_id, transferred_on, handover, transferred_at,
                    transferred_by)
                VALUES (:c, :from, :to, :staff, :on, :handover, :at, :by)""")
                .param("c", caseId).param("from", fromTeam).param("to", toTeam).param("staff", fromStaff).param("on", on)
                .param("handover", handover).param("at", Timestamp.from(at)).param("by", by).update();
    }

    public List<CaseHistory.Transfer> transfers(long caseId) {
        return jdbc.sql("SELECT * FROM case_transfer WHERE case_id = :c ORDER BY transferred_at, id").param("c", caseId)
                .query((rs, n) -> new CaseHistory.Transfer(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("from_team_id"),
                        rs.getLong("to_team_id"), rs.getObject("from_staff_id", Long.class), rs.getObject("transferred_on", LocalDate.class),
                        rs.getString("handover"), instant(rs, "transferred_at"), rs.getString("transferred_by"))).list();
    }

    /** A note; a correction names the note it supersedes (the unique index refuses a second correction of one note). */
    long insertNote(long authorityId, long caseId, String type, Instant occurredAt, String body, boolean significant, Long supersedes,
            String correctionReason, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO case_note (authority_id, case_id, note_type, occurred_at, body, significant, supersedes_id, correction_reason,
                    recorded_at, recorded_by)
                VALUES (:a, :c, :type, :occurred, :body, :significant, :supersedes, :reason, :at, :by) RETURNING id""")
                .param("a", authorityId).param("c", caseId).param("type", type).param("occurred", Timestamp.from(occurredAt))
                .param("body", body).param("significant", significant).param("supersedes", supersedes).param("reason", correctionReason)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    public List<CaseHistory.Note> notes(long caseId) {
        return jdbc.sql("SELECT * FROM case_note WHERE case_id = :c ORDER BY occurred_at, id").param("c", caseId)
                .query((rs, n) -> new CaseHistory.Note(rs.getLong("id"), rs.getLong("case_id"), rs.getString("note_type"),
                        instant(rs, "occurred_at"), rs.getString("body"), rs.getBoolean("significant"), rs.getObject("supersedes_id", Long.class),
                        rs.getString("correction_reason"), instant(rs, "recorded_at"), rs.getString("recorded_by"))).list();
    }

    /** Whether a later note already supersedes this one. */
    boolean superseded(long noteId) {
        return jdbc.sql("SELECT count(*) FROM case_note WHERE supersedes_id = :n").param("n", noteId).query(Integer.class).single() > 0;
    }

    static CaseRow map(ResultSet rs, int row) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("authority_id"), rs.getLong("person_id"), rs.getString("service_area"),
                rs.getLong("team_id"), rs.getObject("staff_id", Long.class), rs.getString("complexity"),
                rs.getObject("opened_on", LocalDate.class), rs.getString("opened_from"), rs.getObject("referral_id", Long.class),
                rs.getObject("assessment_id", Long.class), rs.getObject("closed_on", LocalDate.class), rs.getString("closure_reason"),
                rs.getString("closure_summary"), rs.getString("closed_by"), rs.getInt("version"), rs.getString("created_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
