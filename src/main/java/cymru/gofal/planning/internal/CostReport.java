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
 * What live agreed plans cost (status AGREED): weekly = units a week x unit cost of their PLANNED services running today,
 * annual = weekly x 52; by team (the case's team), by service type, in-house against external. Need-to-know applies to
 * the figures too, so a restricted person's plan is not counted for a user who may not see them.
 */
@Service
public class CostReport {

    private static final String LIVE = """
              FROM care_plan cp
              JOIN plan_service s ON s.plan_id = cp.id AND s.status = 'PLANNED' AND s.start_on <= :today
                                 AND (s.end_on IS NULL OR s.end_on >= :today)
             WHERE cp.authority_id = :authority AND cp.status = 'AGREED' AND\s""";

    private final JdbcClient jdbc;
    private final People people;

    CostReport(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public record Line(String key, int plans, BigDecimal inHouseWeekly, BigDecimal externalWeekly) {

        public BigDecimal weekly() {
            return inHouseWeekly.add(externalWeekly);
        }

        public BigDecimal annual() {
            return PlanCost.annual(weekly());
        }

        public BigDecimal inHouseAnnual() {
            return PlanCost.annual(inHouseWeekly);
        }

        public BigDecimal externalAnnual() {
            return PlanCost.annual(externalWeekly);
        }
    }

    /** Keyed by team id (as text). */
    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public List<Line> byTeam(LocalDate today) {
        return lines("c.team_id::text", " JOIN casework_facts_cases c ON c.id = cp.case_id", today);
    }

    /** Keyed by service type code. */
    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public List<Line> byServiceType(LocalDate today) {
        return lines("s.service_type", "", today);
    }

    /** The council's total (key "ALL"). */
    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public Line total(LocalDate today) {
        List<Line> all = lines("'ALL'", "", today);
        return all.isEmpty() ? new Line("ALL", 0, money(null), money(null)) : all.get(0);
    }

    private List<Line> lines(String key, String join, LocalDate today) {
        var pv = people.visibility();
        String live = join.isEmpty() ? LIVE : LIVE.replace("FROM care_plan cp\n", "FROM care_plan cp" + join + "\n");
        return jdbc.sql("SELECT " + key + """
                 k, count(DISTINCT cp.id),
                       sum(s.units_per_week * s.unit_cost) FILTER (WHERE s.in_house),
                       sum(s.units_per_week * s.unit_cost) FILTER (WHERE NOT s.in_house)
                """ + live + " " + pv.visible("cp.person_id") + " GROUP BY k ORDER BY k")
                .params(pv.params()).param("today", today)
                .query((rs, i) -> new Line(rs.getString(1), rs.getInt(2), money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4)))).list();
    }

    private static BigDecimal money(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
