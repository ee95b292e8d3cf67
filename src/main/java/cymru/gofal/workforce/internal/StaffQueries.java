package cymru.gofal.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.TeamRef;

/** The SQL that reads staff. No auditing here: {@link StaffDirectory} audits what it hands out. */
@Component
class StaffQueries {

    private static final String ROW = """
            SELECT s.id, s.given_names, s.family_name, s.role, s.scw_registered, s.qualified_on, s.welsh_level,
                   s.hours_per_week, s.caseload_capacity, s.started_on, s.left_on,
                   (SELECT string_agg(k.skill, ',' ORDER BY k.skill) FROM staff_skill k WHERE k.staff_id = s.id) AS skills
              FROM staff s
            """;

    private final JdbcClient jdbc;
    private final ReferenceData ref;

    StaffQueries(JdbcClient jdbc, ReferenceData ref) {
        this.jdbc = jdbc;
        this.ref = ref;
    }

    /** Staff whose posting in the team is open on {@code today} or starts later (joiners to come). */
    List<StaffRow> inTeam(long authorityId, long teamId, LocalDate today) {
        return jdbc.sql(ROW + """
                 WHERE s.authority_id = :authority AND EXISTS (SELECT 1 FROM staff_posting p WHERE p.staff_id = s.id
                       AND p.team_id = :team AND (p.to_date IS NULL OR p.to_date >= :today))
                 ORDER BY lower(s.family_name), lower(s.given_names), s.id
                """).param("authority", authorityId).param("team", teamId).param("today", today)
                .query((rs, n) -> row(rs, today)).list();
    }

    Optional<StaffDetail> detail(long authorityId, long id, LocalDate today) {
        return jdbc.sql("""
                SELECT s.*, t.code AS team_code, t.name_en AS team_en, t.name_cy AS team_cy
                  FROM staff s JOIN team t ON t.id = s.team_id
                 WHERE s.id = :id AND s.authority_id = :authority
                """).param("id", id).param("authority", authorityId)
                .query((rs, n) -> detail(rs, today)).optional();
    }

    Optional<StaffRef> byUsername(long authorityId, String username) {
        return jdbc.sql("""
                SELECT id, username, given_names, family_name, role, team_id, caseload_capacity, left_on,
                       (SELECT r.holds_cases FROM staff_role r WHERE r.code = staff.role) AS holds_cases
                  FROM staff WHERE authority_id = :authority AND lower(username) = lower(:username)
                """).param("authority", authorityId).param("username", username).query(StaffRef.class).optional();
    }

    /** Staff in post on {@code today} whose current team is {@code teamId}, by family and given names. */
    List<StaffRef> refsInTeam(long authorityId, long teamId, LocalDate today) {
        return jdbc.sql("""
                SELECT id, username, given_names, family_name, role, team_id, caseload_capacity, left_on,
                       (SELECT r.holds_cases FROM staff_role r WHERE r.code = staff.role) AS holds_cases
                  FROM staff WHERE authority_id = :authority AND team_id = :team AND (left_on IS NULL OR left_on >= :today)
                 ORDER BY family_name, given_names, id
                """).param("authority", authorityId).param("team", teamId).param("today", today).query(StaffRef.class).list();
    }

    /** The members of staff with these ids, in post or not. */
    List<StaffRef> refs(long authorityId, java.util.Collection<Long> ids) {
        return jdbc.sql("""
                SELECT id, username, given_names, family_name, role, team_id, caseload_capacity, left_on,
                       (SELECT r.holds_cases FROM staff_role r WHERE r.code = staff.role) AS holds_cases
                  FROM staff WHERE authority_id = :authority AND id = ANY(CAST(:ids AS bigint[]))
                """).param("authority", authorityId)
                .param("ids", ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query(StaffRef.class).list();
    }

    /** The members of staff with these sign-in usernames (any case), in post or not. */
    List<StaffRef> refsByUsernames(long authorityId, java.util.Collection<String> lowerCaseUsernames) {
        if (lowerCaseUsernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, username, given_names, family_name, role, team_id, caseload_capacity, left_on,
                       (SELECT r.holds_cases FROM staff_role r WHERE r.code = staff.role) AS holds_cases
                  FROM staff WHERE authority_id = :authority AND lower(username) IN (:usernames)
                """).param("authority", authorityId).param("usernames", List.copyOf(lowerCaseUsernames)).query(StaffRef.class).list();
    }

    /** The teams of the postings open today of the member of staff with this username. */
    List<Long> teamIdsOf(long authorityId, String username, LocalDate today) {
        return jdbc.sql("""
                SELECT DISTINCT p.team_id FROM staff s JOIN staff_posting p ON p.staff_id = s.id
                 WHERE s.authority_id = :authority AND lower(s.username) = lower(:username)
                   AND p.from_date <= :today AND (p.to_date IS NULL OR p.to_date >= :today)
                 ORDER BY p.team_id
                """).param("authority", authorityId).param("username", username).param("today", today)
                .query(Long.class).list();
    }

    boolean usernameTaken(long authorityId, String username, Long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM staff WHERE authority_id = :authority AND lower(username) = lower(:username)
                   AND (CAST(:except AS BIGINT) IS NULL OR id <> :except)
                """).param("authority", authorityId).param("username", username).param("except", exceptId)
                .query(Integer.class).single() > 0;
    }

    private StaffRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate qualified = rs.getObject("qualified_on", LocalDate.class);
        LocalDate left = rs.getObject("left_on", LocalDate.class);
        return new StaffRow(rs.getLong("id"), rs.getString("given_names"), rs.getString("family_name"),
                ref.role(rs.getString("role")).orElseThrow().named(), rs.getBoolean("scw_registered"), qualified,
                WorkforceRules.yearsOfExperience(qualified, asOf(left, today)), skills(rs.getString("skills")),
                ref.welshLevel(rs.getString("welsh_level")).orElseThrow(), rs.getBigDecimal("hours_per_week"),
                rs.getInt("caseload_capacity"), rs.getObject("started_on", LocalDate.class), left);
    }

    private StaffDetail detail(ResultSet rs, LocalDate today) throws SQLException {
        long id = rs.getLong("id");
        LocalDate qualified = rs.getObject("qualified_on", LocalDate.class);
        LocalDate left = rs.getObject("left_on", LocalDate.class);
        String reason = rs.getString("leaving_reason");
        return new StaffDetail(id, rs.getString("username"), rs.getString("given_names"), rs.getString("family_name"),
                ref.role(rs.getString("role")).orElseThrow().named(),
                new TeamRef(rs.getLong("team_id"), rs.getString("team_code"), rs.getString("team_en"), rs.getString("team_cy")),
                rs.getBoolean("scw_registered"), rs.getString("scw_registration_number"), qualified,
                WorkforceRules.yearsOfExperience(qualified, asOf(left, today)),
                ref.welshLevel(rs.getString("welsh_level")).orElseThrow(), rs.getBigDecimal("hours_per_week"),
                rs.getInt("caseload_capacity"), rs.getObject("started_on", LocalDate.class), left,
                reason == null ? null : ref.leavingReason(reason).orElseThrow(), skillsOf(id), qualificationsOf(id),
                postingsOf(id), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private List<Named> skillsOf(long staffId) {
        List<String> held = jdbc.sql("SELECT skill FROM staff_skill WHERE staff_id = :id").param("id", staffId)
                .query(String.class).list();
        return ref.skills().stream().filter(s -> held.contains(s.code())).toList();
    }

    /** The qualifications held, in the reference list's order. */
    private List<StaffDetail.Held> qualificationsOf(long staffId) {
        java.util.Map<String, LocalDate> held = new java.util.HashMap<>();
        jdbc.sql("SELECT qualification, awarded_on FROM staff_qualification WHERE staff_id = :id").param("id", staffId)
                .query(rs -> {
                    held.put(rs.getString("qualification"), rs.getObject("awarded_on", LocalDate.class));
                });
        return ref.qualifications().stream().filter(q -> held.containsKey(q.code()))
                .map(q -> new StaffDetail.Held(new Named(q.code(), q.nameEn(), q.nameCy()), q.postQualifying(),
                        held.get(q.code()))).toList();
    }

    private List<StaffDetail.Posting> postingsOf(long staffId) {
        return jdbc.sql("""
                SELECT p.from_date, p.to_date, p.hours_per_week, t.id, t.code, t.name_en, t.name_cy
                  FROM staff_posting p JOIN team t ON t.id = p.team_id WHERE p.staff_id = :id ORDER BY p.from_date, p.id
                """).param("id", staffId).query((rs, n) -> new StaffDetail.Posting(
                        new TeamRef(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_cy")),
                        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                        rs.getBigDecimal("hours_per_week"))).list();
    }

    /** Skill codes (comma separated) as named skills, in the reference list's order. */
    private List<Named> skills(String codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> held = Arrays.asList(codes.split(","));
        return ref.skills().stream().filter(s -> held.contains(s.code())).toList();
    }

    /** Experience stops counting on the day a member of staff left. */
    private static LocalDate asOf(LocalDate left, LocalDate today) {
        return left != null && left.isBefore(today) ? left : today;
    }
}
