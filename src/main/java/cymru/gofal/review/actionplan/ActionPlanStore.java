package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.review.Review;

/** SQL of action plans, always within one council (authorityId). No security here: {@link ActionPlans} checks. */
@Repository
class ActionPlanStore {

    private final JdbcClient jdbc;

    ActionPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanReview> review(long authorityId, long id) {
        return jdbc.sql("SELECT id, authority_id, title, status, findings_presented_on, published_at FROM review WHERE id = :id AND authority_id = :a")
                .param("id", id).param("a", authorityId).query((rs, n) -> {
                    LocalDate presented = rs.getObject("findings_presented_on", LocalDate.class);
                    Instant published = instant(rs, "published_at");
                    LocalDate day = presented != null ? presented : published == null ? null : LocalDate.ofInstant(published, Dates.LONDON);
                    return new PlanReview(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("title"), rs.getString("status"),
                            presented, published, day, priorities(id));
                }).optional();
    }

    private List<Review.Priority> priorities(long reviewId) {
        Map<Long, List<Review.Action>> actions = new HashMap<>();
        jdbc.sql("""
                SELECT a.priority_id, a.id, a.audience, a.ordinal, a.indent, a.text_en, a.text_cy
                  FROM review_action a JOIN review_priority p ON p.id = a.priority_id
                 WHERE p.review_id = :id ORDER BY a.ordinal, a.id""").param("id", reviewId)
                .query((rs, n) -> actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Review.Action(
                        rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7))))
                .list();
        return jdbc.sql("SELECT id, number, title_en, title_cy FROM review_priority WHERE review_id = :id ORDER BY number")
                .param("id", reviewId).query((rs, n) -> new Review.Priority(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), List.copyOf(actions.getOrDefault(rs.getLong(1), List.of())))).list();
    }

    List<PlanLine> lines(long authorityId, long reviewId) {
        return jdbc.sql("SELECT * FROM review_plan_line WHERE review_id = :r AND authority_id = :a ORDER BY action_id, due_on, id")
                .param("r", reviewId).param("a", authorityId).query((rs, n) -> line(rs)).list();
    }

    Optional<PlanLine> line(long authorityId, long reviewId, long lineId) {
        return jdbc.sql("SELECT * FROM review_plan_line WHERE id = :id AND review_id = :r AND authority_id = :a")
                .param("id", lineId).param("r", reviewId).param("a", authorityId).query((rs, n) -> line(rs)).optional();
    }

    /** A line's updates, newest first. */
    List<ProgressUpdate> progress(long lineId) {
        return jdbc.sql("SELECT * FROM review_plan_progress WHERE line_id = :l ORDER BY progress_on DESC, id DESC")
                .param("l", lineId).query((rs, n) -> progress(rs)).list();
    }

    /** The newest update of each line of a review that has one, by line id. */
    Map<Long, ProgressUpdate> latestProgress(long reviewId) {
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (p.line_id) p.* FROM review_plan_progress p JOIN review_plan_line l ON l.id = p.line_id
                 WHERE l.review_id = :r ORDER BY p.line_id, p.progress_on DESC, p.id DESC""")
                .param("r", reviewId).query((rs, n) -> latest.put(rs.getLong("line_id"), progress(rs))).list();
        return latest;
    }

    long insertLine(long authorityId, long reviewId, LineInput in, LocalDate completedOn, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO review_plan_line (authority_id, review_id, action_id, description, owner_user_id, owner_username, owner_name, due_on,
                       measure, indicator_code, target_value, status, dropped_reason, completed_on, created_by, created_at)
                VALUES (:a, :r, :action, :d, :ou, :un, :on, :due, :m, :i, :t, :s, :why, :done, :by, :at) RETURNING id""")
                .param("a", authorityId).param("r", reviewId).param("action", in.actionId()).params(fields(in, completedOn))
                .param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Answers false when the line is no longer at {@code version} (someone else changed it): nothing is written. */
    boolean updateLine(long lineId, int version, LineInput in, LocalDate completedOn, String by, Instant at) {
        return jdbc.sql("""
                UPDATE review_plan_line SET description = :d, owner_user_id = :ou, owner_username = :un, owner_name = :on, due_on = :due, measure = :m,
                       indicator_code = :i, target_value = :t, status = :s, dropped_reason = :why, completed_on = :done,
                       version = version + 1, updated_by = :by, updated_at = :at
                 WHERE id = :id AND version = :v""").params(fields(in, completedOn)).param("by", by).param("at", Timestamp.from(at))
                .param("id", lineId).param("v", version).update() == 1;
    }

    /** Moves a line's status from a progress update; false when stale. */
    boolean moveStatus(long lineId, int version, PlanStatus to, LocalDate completedOn, String by, Instant at) {
        return jdbc.sql("""
                UPDATE review_plan_line SET status = :s, completed_on = :done, version = version + 1, updated_by = :by, updated_at = :at
                 WHERE id = :id AND version = :v""").param("s", to.name()).param("done", completedOn).param("by", by)
                .param("at", Timestamp.from(at)).param("id", lineId).param("v", version).update() == 1;
    }

    long insertProgress(long lineId, ProgressInput in, String by, String name, Instant at) {
        return jdbc.sql("""
                INSERT INTO review_plan_progress (line_id, progress_on, text, evidence_url, evidence_document, status_to,
                       recorded_by, recorded_name, recorded_at)
                VALUES (:l, :on, :t, :url, :doc, :s, :by, :name, :at) RETURNING id""").param("l", lineId).param("on", in.progressOn())
                .param("t", in.text()).param("url", in.evidenceUrl()).param("doc", in.evidenceDocument())
                .param("s", in.statusTo() == null ? null : in.statusTo().name()).param("by", by).param("name", name)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    private static Map<String, Object> fields(LineInput in, LocalDate completedOn) {
        Map<String, Object> p = new HashMap<>();
        p.put("d", in.description());
        p.put("ou", in.ownerUserId());
        p.put("un", in.ownerUsername());
        p.put("on", in.ownerName());
        p.put("due", in.dueOn());
        p.put("m", in.measure());
        p.put("i", in.indicatorCode());
        p.put("t", in.targetValue());
        p.put("s", in.status().name());
        p.put("why", in.droppedReason());
        p.put("done", completedOn);
        return p;
    }

    private static PlanLine line(ResultSet rs) throws SQLException {
        return new PlanLine(rs.getLong("id"), rs.getLong("review_id"), rs.getLong("action_id"), rs.getString("description"),
                (Long) rs.getObject("owner_user_id"), rs.getString("owner_username"), rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class),
                rs.getString("measure"), rs.getString("indicator_code"), (BigDecimal) rs.getObject("target_value"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("dropped_reason"), rs.getObject("completed_on", LocalDate.class),
                rs.getInt("version"), rs.getString("created_by"), instant(rs, "created_at"), rs.getString("updated_by"),
                instant(rs, "updated_at"));
    }

    private static ProgressUpdate progress(ResultSet rs) throws SQLException {
        return new ProgressUpdate(rs.getLong("id"), rs.getLong("line_id"), rs.getObject("progress_on", LocalDate.class),
                rs.getString("text"), rs.getString("evidence_url"), rs.getString("evidence_document"), rs.getString("status_to"),
                rs.getString("recorded_by"), rs.getString("recorded_name"), instant(rs, "recorded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
