package cymru.gofal.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cymru.gofal.review.Review;
import cymru.gofal.review.Reviews;

/** Reads reviews whole, always within one council (authorityId). No security here: the facade and pages check. */
@Repository
public class JointReviewReads {

    private final JdbcClient jdbc;

    JointReviewReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Reviews.Summary> list(long authorityId) {
        return jdbc.sql("""
                SELECT id, framework, kind, title, status, onsite_from, onsite_to, dates_to_month, version FROM review
                 WHERE authority_id = :a ORDER BY coalesce(onsite_from, created_at::date) DESC, id DESC""")
                .param("a", authorityId).query(Reviews.Summary.class).list();
    }

    public Optional<Review> find(long authorityId, long id) {
        return jdbc.sql("SELECT * FROM review WHERE id = :id AND authority_id = :a").param("id", id).param("a", authorityId)
                .query((rs, n) -> head(rs)).optional();
    }

    private Review head(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Review(id, rs.getLong("authority_id"), rs.getString("framework"), rs.getString("kind"), rs.getString("title"),
                rs.getObject("period_from", java.time.LocalDate.class), rs.getObject("period_to", java.time.LocalDate.class),
                rs.getObject("onsite_from", java.time.LocalDate.class), rs.getObject("onsite_to", java.time.LocalDate.class),
                rs.getObject("findings_presented_on", java.time.LocalDate.class), rs.getBoolean("dates_to_month"),
                rs.getString("status"), (Long) rs.getObject("previous_review_id"), rs.getString("foreword_en"),
                rs.getString("foreword_cy"), rs.getBoolean("welsh_is_translation"), rs.getString("source"),
                instant(rs, "published_at"), rs.getInt("version"), rs.getString("created_by"), instant(rs, "created_at"),
                members(id), ratings(id), judgements(id), narratives(id), findings(id), priorities(id));
    }

    private List<Review.Member> members(long id) {
        return jdbc.sql("SELECT id, user_id, name, role, organisation, ordinal FROM review_member WHERE review_id = :id ORDER BY ordinal, id")
                .param("id", id).query(Review.Member.class).list();
    }

    private List<Review.Rating> ratings(long id) {
        return jdbc.sql("""
                SELECT area_id, level_id, rationale_en, rationale_cy, rated_by, rated_at, suggested_level_id,
                       suggestion_reason_en, suggestion_reason_cy, suggested_at, differs_from_suggestion
                  FROM review_area_rating WHERE review_id = :id ORDER BY area_id""").param("id", id)
                .query((rs, n) -> new Review.Rating(rs.getLong("area_id"), (Long) rs.getObject("level_id"),
                        rs.getString("rationale_en"), rs.getString("rationale_cy"), rs.getString("rated_by"), instant(rs, "rated_at"),
                        (Long) rs.getObject("suggested_level_id"), rs.getString("suggestion_reason_en"),
                        rs.getString("suggestion_reason_cy"), instant(rs, "suggested_at"), rs.getBoolean("differs_from_suggestion")))
                .list();
    }

    private List<Review.Judgement> judgements(long id) {
        return jdbc.sql("""
                SELECT question_id, level_id, narrative_en, narrative_cy, judged_by, judged_at
                  FROM review_question_judgement WHERE review_id = :id ORDER BY question_id""").param("id", id)
                .query((rs, n) -> new Review.Judgement(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, "judged_at"))).list();
    }

    private List<Review.ThemeNarrative> narratives(long id) {
        return jdbc.sql("SELECT theme_id, text_en, text_cy FROM review_theme_narrative WHERE review_id = :id ORDER BY theme_id")
                .param("id", id).query(Review.ThemeNarrative.class).list();
    }

    private List<Review.Finding> findings(long id) {
        return jdbc.sql("""
                SELECT id, question_id, kind, ordinal, indent, text_en, text_cy FROM review_finding
                 WHERE review_id = :id ORDER BY kind, question_id NULLS FIRST, ordinal, id""").param("id", id)
                .query(Review.Finding.class).list();
    }

    private List<Review.Priority> priorities(long id) {
        Map<Long, List<Review.Action>> actions = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT a.priority_id, a.id, a.audience, a.ordinal, a.indent, a.text_en, a.text_cy
                  FROM review_action a JOIN review_priority p ON p.id = a.priority_id
                 WHERE p.review_id = :id ORDER BY a.ordinal, a.id""").param("id", id)
                .query((rs, n) -> actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Review.Action(
                        rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7))))
                .list();
        return jdbc.sql("SELECT id, number, title_en, title_cy FROM review_priority WHERE review_id = :id ORDER BY number")
                .param("id", id).query((rs, n) -> new Review.Priority(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), List.copyOf(actions.getOrDefault(rs.getLong(1), List.of())))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
