package cymru.gofal.performance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.web.StaleVersionException;

/** Service and team business plans, their objectives and the indicators and partners' objectives each is linked to. */
@Component
public class BusinessPlans {

    private final JdbcClient jdbc;

    BusinessPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Plan(long id, String serviceArea, Long teamId, int financialYear, String title, int version, List<Objective> objectives) {
    }

    public record Objective(long id, String objective, String partner, String partnerObjective, List<String> indicators) {
    }

    /** The council's plans, newest year first, without their objectives. */
    public List<Plan> list(long authorityId) {
        return jdbc.sql("""
                SELECT id, service_area, team_id, financial_year, title, version FROM business_plan WHERE authority_id = :a
                 ORDER BY financial_year DESC, title""").param("a", authorityId)
                .query((rs, i) -> new Plan(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getInt(4), rs.getString(5),
                        rs.getInt(6), List.of())).list();
    }

    public Optional<Plan> find(long authorityId, long id) {
        return list(authorityId).stream().filter(p -> p.id() == id).findFirst().map(p -> new Plan(p.id(), p.serviceArea(), p.teamId(),
                p.financialYear(), p.title(), p.version(), objectives(id)));
    }

    private List<Objective> objectives(long planId) {
        Map<Long, Objective> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.id, o.objective, o.partner, o.partner_objective, i.indicator_code FROM business_objective o
                  LEFT JOIN business_objective_indicator i ON i.objective_id = o.id
                 WHERE o.plan_id = :p ORDER BY o.ordinal, i.indicator_code""").param("p", planId)
                .query(rs -> {
                    Objective o = out.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new Objective(id, rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString(5) != null) {
                        o.indicators().add(rs.getString(5));
                    }
                });
        return List.copyOf(out.values());
    }

    /** A new plan's id, or empty when the council has a plan of that title for that year. */
    public Optional<Long> create(long authorityId, String area, Long teamId, int year, String title, String by) {
        return jdbc.sql("""
                INSERT INTO business_plan (authority_id, service_area, team_id, financial_year, title, created_by)
                VALUES (:a, :area, :team, :y, :t, :by) ON CONFLICT (authority_id, title, financial_year) DO NOTHING RETURNING id""")
                .param("a", authorityId).param("area", area).param("team", teamId).param("y", year).param("t", title).param("by", by)
                .query(Long.class).optional();
    }

    /**
     * Adds an objective to the plan the user saw at {@code version}.
     *
     * @throws StaleVersionException when the plan changed since
     */
    @Transactional
    public void addObjective(long authorityId, long planId, int version, String objective, String partner, String partnerObjective,
            List<String> indicators, String by) {
        int n = jdbc.sql("UPDATE business_plan SET version = version + 1 WHERE id = :p AND authority_id = :a AND version = :v")
                .param("p", planId).param("a", authorityId).param("v", version).update();
        if (n != 1) {
            throw new StaleVersionException("Business plan " + planId + " changed since version " + version);
        }
        long id = jdbc.sql("""
                INSERT INTO business_objective (plan_id, objective, partner, partner_objective, ordinal, created_by)
                VALUES (:p, :o, :partner, :po, (SELECT coalesce(max(ordinal), 0) + 1 FROM business_objective WHERE plan_id = :p), :by)
                RETURNING id""").param("p", planId).param("o", objective).param("partner", partner).param("po", partnerObjective)
                .param("by", by).query(Long.class).single();
        indicators.stream().distinct().forEach(c -> jdbc.sql("INSERT INTO business_objective_indicator (objective_id, indicator_code) VALUES (:o, :c)")
                .param("o", id).param("c", c).update());
    }
}
