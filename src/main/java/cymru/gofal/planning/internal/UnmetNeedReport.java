package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;

/**
 * Unmet need for managers and finance: the "mismatch" between plans and the services available. Open unmet need by
 * service type, by team (the plan's case's team, from casework's reporting view) and by time waited (under 4 weeks,
 * 4 to 12 weeks, over 12 weeks: whole days from unmet_since to today, 28 and 84 days being the bounds), the people
 * behind it, and the needs met in a period with the median wait. Need-to-know applies to every list AND count:
 * restricted people the user may not see are absent.
 */
@Service
public class UnmetNeedReport {

    static final int PEOPLE_LIMIT = 200;
    private static final String OPEN = """
              FROM unmet_need u JOIN care_plan cp ON cp.id = u.plan_id
             WHERE u.authority_id = :authority AND u.resolved_on IS NULL AND\s""";

    private final JdbcClient jdbc;
    private final People people;

    UnmetNeedReport(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public record ByType(String serviceType, int needs, int people, BigDecimal unitsPerWeek, int longestDays) {
    }

    public record ByTeam(long teamId, int needs, int people, int longestDays) {
    }

    /** Open unmet need by time waited; longestDays 0 when there is none. */
    public record Bands(int total, int underFourWeeks, int fourToTwelveWeeks, int overTwelveWeeks, int longestDays) {
    }

    public record Waiting(long unmetId, long planId, long personId, String serviceType, String reason, LocalDate since,
            int daysWaited, BigDecimal unitsPerWeek) {
    }

    /** Needs met from {@code from} to {@code to} (inclusive) and the median days they waited (null when none). */
    public record Met(int needs, Double medianDays) {
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public List<ByType> byType(LocalDate today) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT u.service_type, count(*), count(DISTINCT cp.person_id), sum(u.units_per_week), max(CAST(:today AS date) - u.unmet_since)
                """ + OPEN + pv.visible("cp.person_id") + " GROUP BY u.service_type ORDER BY count(*) DESC, u.service_type")
                .params(pv.params()).param("today", today)
                .query((rs, i) -> new ByType(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4), rs.getInt(5))).list();
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public List<ByTeam> byTeam(LocalDate today) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT c.team_id, count(*), count(DISTINCT cp.person_id), max(CAST(:today AS date) - u.unmet_since)
                  FROM unmet_need u JOIN care_plan cp ON cp.id = u.plan_id JOIN casework_facts_cases c ON c.id = cp.case_id
                 WHERE u.authority_id = :authority AND u.resolved_on IS NULL AND """ + " " + pv.visible("cp.person_id")
                + " GROUP BY c.team_id ORDER BY count(*) DESC, c.team_id")
                .params(pv.params()).param("today", today)
                .query((rs, i) -> new ByTeam(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public Bands bands(LocalDate today) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT count(*),
                       count(*) FILTER (WHERE CAST(:today AS date) - u.unmet_since < 28),
                       count(*) FILTER (WHERE CAST(:today AS date) - u.unmet_since BETWEEN 28 AND 84),
                       count(*) FILTER (WHERE CAST(:today AS date) - u.unmet_since > 84),
                       coalesce(max(CAST(:today AS date) - u.unmet_since), 0)
                """ + OPEN + pv.visible("cp.person_id")).params(pv.params()).param("today", today)
                .query((rs, i) -> new Bands(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))).single();
    }

    /** The people waiting, longest first, at most {@value #PEOPLE_LIMIT} rows (names are looked up, and audited, by the caller). */
    @PreAuthorize(PlanAccess.PEOPLE_IN_SUMMARY)
    @Transactional
    public List<Waiting> waiting(LocalDate today) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT u.id, u.plan_id, cp.person_id, u.service_type, u.reason, u.unmet_since, CAST(:today AS date) - u.unmet_since,
                       u.units_per_week
                """ + OPEN + pv.visible("cp.person_id") + " ORDER BY u.unmet_since, u.id LIMIT " + PEOPLE_LIMIT)
                .params(pv.params()).param("today", today)
                .query((rs, i) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getBigDecimal(8))).list();
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public Met met(LocalDate from, LocalDate to) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY u.resolved_on - u.unmet_since)
                  FROM unmet_need u JOIN care_plan cp ON cp.id = u.plan_id
                 WHERE u.authority_id = :authority AND u.resolution = 'MET' AND u.resolved_on BETWEEN :from AND :to AND """
                + " " + pv.visible("cp.person_id")).params(pv.params()).param("from", from).param("to", to)
                .query((rs, i) -> new Met(rs.getInt(1), rs.getObject(2, Double.class))).single();
    }
}
