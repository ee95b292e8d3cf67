package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads, in the loading transaction, what the council's cases and plans are generated from (see {@link CareSpec}):
 * staff as written with their skills, the fit rules and service types as data, and the regime's review schedule.
 * Ordered reads only, so that the same council gives the same rows.
 */
final class CareInputs {

    private final Connection connection;
    private final long authorityId;

    CareInputs(Connection connection, long authorityId) {
        this.connection = connection;
        this.authorityId = authorityId;
    }

    CareSpec spec(ActivitySpec activity, String councilName, int people) throws SQLException {
        Map<String, CareSpec.NeedType> needs = new LinkedHashMap<>();
        query("SELECT code, service_area, skill_code, requires_qualified, min_years_qualified, requires_welsh FROM case_need_type ORDER BY ordinal",
                rs -> needs.put(rs.getString(1), new CareSpec.NeedType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getBoolean(6))));
        Map<String, CareSpec.Complexity> complexities = new LinkedHashMap<>();
        query("SELECT code, weight, requires_qualified, min_years_qualified FROM case_complexity ORDER BY ordinal",
                rs -> complexities.put(rs.getString(1), new CareSpec.Complexity(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getInt(4))));
        Map<String, CareSpec.ServiceType> types = new LinkedHashMap<>();
        query("SELECT code, service_area, default_unit FROM service_type ORDER BY ordinal",
                rs -> types.put(rs.getString(1), new CareSpec.ServiceType(rs.getString(1), rs.getString(2), rs.getString(3))));
        Map<String, String[]> reviews = new HashMap<>();
        query("SELECT service_area, first_rule, subsequent_rule FROM review_schedule WHERE regime = ? ORDER BY service_area",
                rs -> reviews.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}), activity.regime());
        Map<Long, String> teams = new HashMap<>();
        activity.teamIds().forEach((code, id) -> teams.put(id, code));
        return new CareSpec(activity, councilName, people, staff(), needs, complexities, types, reviews, teams);
    }

    private Map<Long, List<CareSpec.StaffFit>> staff() throws SQLException {
        Map<Long, Set<String>> skills = new HashMap<>();
        query("SELECT k.staff_id, k.skill FROM staff_skill k JOIN staff s ON s.id = k.staff_id WHERE s.authority_id = ? ORDER BY k.staff_id, k.skill",
                rs -> skills.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2)), authorityId);
        Map<Long, List<CareSpec.StaffFit>> byTeam = new HashMap<>();
        query("""
                SELECT s.id, s.team_id, s.started_on, r.qualified_social_work AND s.scw_registered, s.qualified_on,
                       s.welsh_level IN ('CONVERSATIONAL', 'FLUENT'), s.caseload_capacity
                  FROM staff s JOIN staff_role r ON r.code = s.role
                 WHERE s.authority_id = ? AND s.left_on IS NULL AND r.holds_cases ORDER BY s.id""",
                rs -> byTeam.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new CareSpec.StaffFit(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getInt(7),
                        skills.getOrDefault(rs.getLong(1), Set.of()))), authorityId);
        return byTeam;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
