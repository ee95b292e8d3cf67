package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.WorkingDayCalendar;

/**
 * Reads what a council's simulated activity is generated from, in the loading transaction: the people and staff
 * just written, carers, the regime's rules and the reference lists' codes. Ordered reads only, so that the same
 * council gives the same activity.
 */
final class ActivityInputs {


    private final Connection connection;
    private final long authorityId;

    ActivityInputs(Connection connection, long authorityId) {
        this.connection = connection;
        this.authorityId = authorityId;
    }

    /** {@code regimeRules}: the timescale rules of every regime (TimescaleRules); this council's regime's are used. */
    ActivitySpec spec(long seed, LocalDate asOf, WorkingDayCalendar calendar, java.util.function.Function<String, List<TimescaleRule>> regimeRules)
            throws SQLException {
        String regime = single("SELECT regime FROM authority WHERE id = ?", authorityId);
        Map<String, TimescaleRule> rules = new HashMap<>();
        regimeRules.apply(regime).forEach(r -> rules.put(r.code(), r));
        TimescaleRule window = rules.get("RE_REFERRAL_WINDOW");
        if (window == null) {
            throw new IllegalStateException("No rule RE_REFERRAL_WINDOW in regime " + regime);
        }
        Period reReferral = period(window);
        return new ActivitySpec(seed, asOf, regime, calendar, rules, reReferral, people(), teams(), workers(), codes(regime));
    }

    private List<ActivitySpec.KnownPerson> people() throws SQLException {
        Map<Long, List<Long>> carers = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT related_person_id, person_id FROM person_relationship
                 WHERE authority_id = ? AND kind = 'CARER' AND to_date IS NULL ORDER BY related_person_id, person_id""")) {
            ps.setLong(1, authorityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    carers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        List<ActivitySpec.KnownPerson> people = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, date_of_birth, date_of_death, preferred_language = 'cy' FROM person
                 WHERE authority_id = ? AND merged_into IS NULL AND NOT restricted ORDER BY id""")) {
            ps.setLong(1, authorityId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    people.add(new ActivitySpec.KnownPerson(id, rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            carers.getOrDefault(id, List.of()), rs.getBoolean(4)));
                }
            }
        }
        return people;
    }

    private Map<String, Long> teams() throws SQLException {
        Map<String, Long> teams = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code, id FROM team WHERE authority_id = ? ORDER BY code")) {
            ps.setLong(1, authorityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    teams.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return teams;
    }

    private Map<Long, List<ActivitySpec.Worker>> workers() throws SQLException {
        Map<Long, List<ActivitySpec.Worker>> workers = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.id, s.team_id, s.role, s.username FROM staff s "
                + "JOIN staff_role r ON r.code = s.role WHERE s.authority_id = ? AND s.left_on IS NULL AND r.holds_cases ORDER BY s.id")) {
            ps.setLong(1, authorityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    workers.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new ActivitySpec.Worker(rs.getLong(1), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return workers;
    }

    private ActivityCodes codes(String regime) throws SQLException {
        List<String> domains = list("SELECT code FROM eligibility_domain WHERE regime = ? AND for_adult ORDER BY ordinal", regime);
        List<String> childDomains = list("SELECT code FROM eligibility_domain WHERE regime = ? AND for_child ORDER BY ordinal", regime);
        List<String> carerDomains = list("SELECT code FROM eligibility_domain WHERE regime = ? AND for_carer ORDER BY ordinal", regime);
        Set<String> eligibleBands = new TreeSet<>(list("""
                SELECT b.code FROM eligibility_band b
                 WHERE b.severity <= COALESCE((SELECT t.severity FROM eligibility_threshold e JOIN eligibility_band t ON t.code = e.band
                                               WHERE e.authority_id = ?),
                                              (SELECT severity FROM eligibility_band WHERE default_threshold))""", authorityId));
        return new ActivityCodes(weighted("SELECT code FROM contact_method WHERE code <> 'OUT_OF_HOURS' ORDER BY ordinal"),
                weighted("SELECT code FROM contact_party ORDER BY ordinal"), weighted("SELECT code FROM referral_source ORDER BY ordinal"),
                weighted("SELECT code FROM community_service ORDER BY ordinal"), domains, childDomains, carerDomains,
                list("SELECT code FROM eligibility_cause WHERE for_adult ORDER BY ordinal"),
                list("SELECT code FROM eligibility_ability ORDER BY ordinal"), tool("ADULT"), tool("CHILD"), eligibleBands);
    }

    private ActivityCodes.RiskTool tool(String group) throws SQLException {
        List<String> codes = list("SELECT code FROM risk_tool WHERE client_group = ? AND active ORDER BY ordinal", group);
        if (codes.isEmpty()) {
            return null;
        }
        String code = codes.get(0);
        List<String> weights = list("SELECT weight::text FROM risk_question WHERE tool_code = ? ORDER BY ordinal", code);
        int max = Integer.parseInt(single("SELECT max(value)::text FROM risk_answer WHERE tool_code = ?", code));
        List<ActivityCodes.Level> levels = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT level, min_score, max_score FROM risk_threshold WHERE tool_code = ? ORDER BY min_score")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    levels.add(new ActivityCodes.Level(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return new ActivityCodes.RiskTool(code, weights.stream().mapToInt(Integer::parseInt).toArray(), max, levels);
    }

    private static Period period(TimescaleRule rule) {
        return switch (rule.unit()) {
            case MONTHS -> Period.ofMonths(rule.offset());
            case WEEKS -> Period.ofWeeks(rule.offset());
            default -> Period.ofDays(rule.offset());
        };
    }

    private Weighted<String> weighted(String sql) throws SQLException {
        Weighted<String> w = new Weighted<>();
        for (String code : list(sql)) {
            w.add(1, code);
        }
        return w;
    }

    private List<String> list(String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private String single(String sql, Object param) throws SQLException {
        List<String> values = list(sql, param);
        if (values.isEmpty()) {
            throw new IllegalStateException("No row for " + sql);
        }
        return values.get(0);
    }
}
