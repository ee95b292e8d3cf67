package cymru.gofal.review;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts and reviews the access tests need (tests share one database: names are unique or created once). */
public final class ReviewAccessFixture {

    private ReviewAccessFixture() {
    }

    /** A second REVIEWER of council 1 (signs in with the demo password); created once. */
    public static final String SECOND_REVIEWER = "reviewer.second";

    public static long secondReviewer(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO app_user (authority_id, username, display_name, password_hash, role)
                SELECT 1, :u, 'Second Reviewer', password_hash, 'REVIEWER' FROM app_user WHERE username = 'reviewer'
                   AND NOT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = :u)""").param("u", SECOND_REVIEWER).update();
        return userId(jdbc, SECOND_REVIEWER);
    }

    public static long userId(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(:u)").param("u", username).query(Long.class).single();
    }

    /** A PLANNING review of council 1 on the 2007 framework, with members given as username, team role pairs. */
    public static long review(JdbcClient jdbc, String kind, String... usernameAndRole) {
        long id = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, created_by)
                VALUES (1, 'JR_WALES_2007', :k, :t, 'test') RETURNING id""")
                .param("k", kind).param("t", "Access test " + System.nanoTime()).query(Long.class).single();
        for (int i = 0; i < usernameAndRole.length; i += 2) {
            jdbc.sql("""
                    INSERT INTO review_member (review_id, user_id, name, role, ordinal)
                    SELECT :r, id, display_name, :role, :o FROM app_user WHERE lower(username) = lower(:u)""")
                    .param("r", id).param("role", usernameAndRole[i + 1]).param("o", i + 1).param("u", usernameAndRole[i]).update();
        }
        return id;
    }

    public static int version(JdbcClient jdbc, long review) {
        return jdbc.sql("SELECT version FROM review WHERE id = :id").param("id", review).query(Integer.class).single();
    }
}
