package cymru.gofal.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.PersonVisibility;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * SQL over plan_review, with the plan's person and case from care_plan and the case's team and worker from casework's
 * published view casework_facts_cases. Recording a review names the version it was made from; a change from a version
 * no longer current throws {@link StaleVersionException}, so no one's record is overwritten.
 */
@Component
public class ReviewStore {

    static final String FROM = """
            FROM plan_review r JOIN care_plan cp ON cp.id = r.plan_id JOIN casework_facts_cases cf ON cf.id = cp.case_id""";
    static final String COLUMNS = """
            r.id, r.authority_id, r.plan_id, cp.person_id, cp.case_id, cf.service_area, cf.team_id, cf.staff_id, r.sequence, r.regime,
            r.rule_code, r.clock_start, r.rule_due_on, r.due_on, r.status, r.held_on, r.attendees, r.what_is_working,
            r.what_is_not, r.what_matters_now, r.outcome, r.held_by, r.version""";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rules that schedule a plan's reviews under a regime for a service area (review_schedule). */
    record Schedule(String firstRule, String subsequentRule) {
    }

    Optional<Schedule> schedule(String regime, String serviceArea) {
        return jdbc.sql("SELECT first_rule, subsequent_rule FROM review_schedule WHERE regime = :regime AND service_area = :area")
                .param("regime", regime).param("area", serviceArea)
                .query((rs, i) -> new Schedule(rs.getString(1), rs.getString(2))).optional();
    }

    long insert(long authorityId, long planId, int sequence, String regime, ReviewDates.Due due, String by) {
        return jdbc.sql("""
                INSERT INTO plan_review (authority_id, plan_id, sequence, regime, rule_code, clock_start, rule_due_on, due_on, status,
                                         updated_by)
                VALUES (:authority, :plan, :sequence, :regime, :rule, :start, :ruleDue, :due, 'SCHEDULED', :by) RETURNING id""")
                .param("authority", authorityId).param("plan", planId).param("sequence", sequence).param("regime", regime)
                .param("rule", due.ruleCode()).param("start", due.clockStart()).param("ruleDue", due.ruleDueOn())
                .param("due", due.dueOn()).param("by", by).query(Long.class).single();
    }

    /** How many reviews the plan has had, scheduled, held or cancelled. */
    int countOf(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan_review WHERE plan_id = :plan").param("plan", planId).query(Integer.class).single();
    }

    int lastSequence(long planId) {
        return jdbc.sql("SELECT coalesce(max(sequence), 0) FROM plan_review WHERE plan_id = :plan").param("plan", planId)
                .query(Integer.class).single();
    }

    /** The plan's review still to be held, without need-to-know (for the listeners, which act for the plan's writer). */
    Optional<Review> scheduledOf(long planId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE r.plan_id = :plan AND r.status = 'SCHEDULED'")
                .param("plan", planId).query(ReviewStore::map).optional();
    }

    /** The review when it is the council's and the signed-in user may see its person (need-to-know). */
    Optional<Review> findVisible(long id, PersonVisibility pv) {
        return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE r.id = :id AND r.authority_id = :authority AND "
                + pv.visible("cp.person_id")).params(pv.params()).param("id", id).query(ReviewStore::map).optional();
    }

    /** The id of the review that followed this one on the same plan, if any. */
    Optional<Long> following(long planId, int sequence) {
        return jdbc.sql("SELECT id FROM plan_review WHERE plan_id = :plan AND sequence = :next").param("plan", planId)
                .param("next", sequence + 1).query(Long.class).optional();
    }

    /** The day the plan was first agreed (care_plan belongs to this module). */
    Optional<LocalDate> firstAgreedOn(long planId) {
        return jdbc.sql("SELECT first_agreed_on FROM care_plan WHERE id = :plan").param("plan", planId)
                .query(LocalDate.class).optional();
    }

    /**
     * Records the review held, if {@code version} is current and it is still scheduled; bumps the version.
     *
     * @throws StaleVersionException when someone changed it since
     */
    void hold(long id, int version, Held held, String by) {
        int updated = jdbc.sql("""
                UPDATE plan_review SET status = 'HELD', held_on = :heldOn, attendees = :attendees, what_is_working = :working,
                       what_is_not = :notWorking, what_matters_now = :matters, outcome = :outcome, held_by = :by,
                       version = version + 1, updated_at = now(), updated_by = :by
                 WHERE id = :id AND version = :version AND status = 'SCHEDULED'""")
                .param("heldOn", held.heldOn()).param("attendees", held.attendees()).param("working", held.whatIsWorking())
                .param("notWorking", held.whatIsNot()).param("matters", held.whatMattersNow()).param("outcome", held.outcome())
                .param("by", by).param("id", id).param("version", version).update();
        if (updated != 1) {
            throw new StaleVersionException("Review " + id + " is no longer at version " + version);
        }
    }

    /** What a review held records. */
    record Held(LocalDate heldOn, String attendees, String whatIsWorking, String whatIsNot, String whatMattersNow, String outcome) {
    }

    /** Cancels the plan's scheduled review (the plan ended first); answers how many were cancelled. */
    int cancelScheduled(long planId, String by) {
        return jdbc.sql("""
                UPDATE plan_review SET status = 'CANCELLED', version = version + 1, updated_at = now(), updated_by = :by
                 WHERE plan_id = :plan AND status = 'SCHEDULED'""").param("plan", planId).param("by", by).update();
    }

    /** New due dates for a scheduled review (a later agreement, or a change of the council's calendar). */
    int moveDue(long id, LocalDate ruleDueOn, LocalDate dueOn, String by) {
        return jdbc.sql("""
                UPDATE plan_review SET rule_due_on = :ruleDue, due_on = :due, version = version + 1, updated_at = now(), updated_by = :by
                 WHERE id = :id AND status = 'SCHEDULED'""").param("ruleDue", ruleDueOn).param("due", dueOn).param("by", by)
                .param("id", id).update();
    }

    /**
     * The council's scheduled reviews whose rule is one of {@code ruleKeys} ("REGIME/CODE", upper snake case), for recomputing
     * their dates on a new calendar.
     */
    List<Review> scheduledOfCouncil(long authorityId, List<String> ruleKeys) {
        return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE r.authority_id = :a AND r.status = 'SCHEDULED'"
                + " AND (r.regime || '/' || r.rule_code) = ANY(CAST(:keys AS text[])) ORDER BY r.id").param("a", authorityId)
                .param("keys", String.join(",", ruleKeys).transform(k -> "{" + k + "}")).query(ReviewStore::map).list();
    }

    static Review map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Review(rs.getLong("id"), rs.getLong("authority_id"), rs.getLong("plan_id"), rs.getLong("person_id"),
                rs.getLong("case_id"), rs.getString("service_area"), rs.getLong("team_id"), rs.getObject("staff_id", Long.class),
                rs.getInt("sequence"), rs.getString("regime"), rs.getString("rule_code"), rs.getObject("clock_start", LocalDate.class),
                rs.getObject("rule_due_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
                rs.getObject("held_on", LocalDate.class), rs.getString("attendees"), rs.getString("what_is_working"),
                rs.getString("what_is_not"), rs.getString("what_matters_now"), rs.getString("outcome"), rs.getString("held_by"),
                rs.getInt("version"));
    }
}
