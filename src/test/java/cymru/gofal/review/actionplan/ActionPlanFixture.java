package cymru.gofal.review.actionplan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A review of authority 1 made for one test (unique title): one priority with two actions, then published (or not).
 * Written in SQL as the review module would, because the review's own pages belong to another package.
 */
final class ActionPlanFixture {

    record TestReview(long id, long action, long otherAction) {
    }

    private ActionPlanFixture() {
    }

    static TestReview review(JdbcClient jdbc, boolean published, Instant publishedAt) {
        long id = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, status, created_by)
                VALUES (1, 'JR_WALES_2007', 'SELF_ASSESSMENT', :t, 'JUDGEMENT', 'test') RETURNING id""")
                .param("t", "Action plan test " + UUID.randomUUID()).query(Long.class).single();
        long priority = jdbc.sql("INSERT INTO review_priority (review_id, number, title_en) VALUES (:r, 1, 'Better reviews') RETURNING id")
                .param("r", id).query(Long.class).single();
        long a = action(jdbc, priority, 1, "hold reviews on time");
        long b = action(jdbc, priority, 2, "assess carers");
        if (published) {
            jdbc.sql("UPDATE review SET status = 'PUBLISHED', published_at = :at, published_by = 'test' WHERE id = :id")
                    .param("at", Timestamp.from(publishedAt)).param("id", id).update();
        }
        return new TestReview(id, a, b);
    }

    private static long action(JdbcClient jdbc, long priority, int ordinal, String text) {
        return jdbc.sql("INSERT INTO review_action (priority_id, audience, ordinal, text_en) VALUES (:p, 'SENIOR_MANAGERS', :o, :t) RETURNING id")
                .param("p", priority).param("o", ordinal).param("t", text).query(Long.class).single();
    }

    /** Carries a redirect's flash attributes to the next request, as the browser's session would. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor flash(org.springframework.test.web.servlet.MvcResult redirect) {
        return request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
            return request;
        };
    }

    static long lineCount(JdbcClient jdbc, long reviewId) {
        return jdbc.sql("SELECT count(*) FROM review_plan_line WHERE review_id = :r").param("r", reviewId).query(Long.class).single();
    }
}
