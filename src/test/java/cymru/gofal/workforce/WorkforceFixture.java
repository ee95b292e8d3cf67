package cymru.gofal.workforce;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.TeamDraft;
import cymru.gofal.workforce.internal.Teams;

/** Teams and staff bodies with unique codes and names, since tests share one database. */
final class WorkforceFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private WorkforceFixture() {
    }

    /** A unique token for codes, names and usernames: letters only, so it is a valid name everywhere. */
    static String unique() {
        long n = System.nanoTime() % 100_000_000L + SEQ.incrementAndGet();
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n, 26).toCharArray()) {
            s.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return s.toString();
    }

    /** Adds a team of the council 1 with the established FTE given. */
    static long team(Teams teams, ReferenceData ref, String establishedFte) {
        String code = "T" + unique().toUpperCase(java.util.Locale.ROOT);
        var problems = new java.util.ArrayList<cymru.gofal.workforce.internal.Problem>();
        TeamDraft draft = TeamDraft.check(code, "Team " + code, "Tîm " + code, "CHILDREN", "CHILDREN", establishedFte, ref,
                problems);
        if (draft == null) {
            throw new IllegalStateException(problems.toString());
        }
        return teams.create(1, draft);
    }

    /** A valid JSON body for a social worker in the team; {@code extra} adds or replaces fields (JSON text). */
    static String staffJson(long teamId, String familyName, String hours, String username) {
        return """
                {"givenNames":"Siân","familyName":"%s","username":%s,"role":"SOCIAL_WORKER","teamId":%d,
                 "scwRegistered":true,"scwRegistrationNumber":"SW-12345","qualifiedOn":"2015-07-24","welshLevel":"FLUENT",
                 "hoursPerWeek":%s,"caseloadCapacity":24,"startedOn":"2020-04-01","skills":["CHILD_PROTECTION","COURT_WORK"],
                 "qualifications":[{"code":"BA_SOCIAL_WORK","awardedOn":"2015-07-01"},{"code":"PRACTICE_EDUCATOR"}]}
                """.formatted(familyName, username == null ? "null" : "\"" + username + "\"", teamId, hours);
    }

    static int count(JdbcClient jdbc, String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Integer.class).single();
    }

    /** Audit rows can only be read by the database superuser (the application's role may only insert them). */
    static int auditCount(cymru.gofal.support.TestConfig.Superuser superuser, String where, Object... params)
            throws java.sql.SQLException {
        try (var c = superuser.connect(); var st = c.prepareStatement("SELECT count(*) FROM audit_event WHERE " + where)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * The flash attributes of a redirect, for the next request. MockMvc's own flashAttrs puts them in the mock
     * session, which Spring Session (JDBC) does not read; the dispatcher reads this request attribute instead.
     */
    static org.springframework.test.web.servlet.request.RequestPostProcessor flash(
            org.springframework.test.web.servlet.MvcResult redirect) {
        return request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
                    redirect.getFlashMap());
            return request;
        };
    }

    static BigDecimal fte(String v) {
        return new BigDecimal(v);
    }
}
