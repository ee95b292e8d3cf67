package cymru.gofal.simulator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputes, from the tables alone, the misfit codes every allocation of a council should carry by the case fit
 * rules (case_need_type and case_complexity rows; staff role, registration, qualification date, Welsh, capacity),
 * with the worker's open caseload weight at the moment of the allocation: the cases whose latest allocation or
 * transfer before it gave them to that worker, not closed before its day.
 */
final class CaseFitCheck {

    record Allocation(long id, long caseId, long staffId, Instant at, LocalDate on, Set<String> misfits, boolean fits) {
    }

    private record Event(long caseId, Instant at, Long staffId) {
    }

    private record Staff(boolean qualified, LocalDate qualifiedOn, boolean welsh, int capacity, Set<String> skills) {
    }

    private record Need(String skill, boolean qualified, int years, boolean welsh) {
    }

    private final JdbcClient jdbc;
    private final long council;

    CaseFitCheck(JdbcClient jdbc, long council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    /** Each allocation with the misfits the rules give (expected) next to the ones stored. */
    Map<Allocation, Set<String>> expected() {
        Map<String, Need> needTypes = new HashMap<>();
        jdbc.sql("SELECT code, skill_code, requires_qualified, min_years_qualified, requires_welsh FROM case_need_type")
                .query(rs -> { needTypes.put(rs.getString(1), new Need(rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getBoolean(5))); });
        Map<Long, Object[]> cases = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, k.weight, k.requires_qualified, k.min_years_qualified, c.closed_on FROM care_case c
                  JOIN case_complexity k ON k.code = c.complexity WHERE c.authority_id = ?""").param(council)
                .query(rs -> { cases.put(rs.getLong(1), new Object[] {rs.getInt(2), rs.getBoolean(3), rs.getInt(4), rs.getObject(5, LocalDate.class)}); });
        Map<Long, List<String>> caseNeeds = new HashMap<>();
        jdbc.sql("SELECT n.case_id, n.need_code FROM care_case_need n JOIN care_case c ON c.id = n.case_id WHERE c.authority_id = ?")
                .param(council).query(rs -> { caseNeeds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)); });
        Map<Long, Set<String>> skills = new HashMap<>();
        jdbc.sql("SELECT k.staff_id, k.skill FROM staff_skill k JOIN staff s ON s.id = k.staff_id WHERE s.authority_id = ?").param(council)
                .query(rs -> { skills.computeIfAbsent(rs.getLong(1), x -> new HashSet<>()).add(rs.getString(2)); });
        Map<Long, Staff> staff = new HashMap<>();
        jdbc.sql("""
                SELECT s.id, r.qualified_social_work AND s.scw_registered, s.qualified_on, s.welsh_level IN ('CONVERSATIONAL', 'FLUENT'),
                       s.caseload_capacity FROM staff s JOIN staff_role r ON r.code = s.role WHERE s.authority_id = ?""").param(council)
                .query(rs -> { staff.put(rs.getLong(1), new Staff(rs.getBoolean(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5),
                        skills.getOrDefault(rs.getLong(1), Set.of()))); });
        List<Allocation> allocations = jdbc.sql("""
                SELECT a.id, a.case_id, a.staff_id, a.allocated_at, a.allocated_on, array_to_string(a.misfits, ','), a.fits
                  FROM case_allocation a JOIN care_case c ON c.id = a.case_id WHERE c.authority_id = ?""").param(council)
                .query((rs, n) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                        rs.getObject(5, LocalDate.class), codes(rs.getString(6)), rs.getBoolean(7))).list();
        List<Event> events = new ArrayList<>();
        allocations.forEach(a -> events.add(new Event(a.caseId(), a.at(), a.staffId())));
        jdbc.sql("SELECT t.case_id, t.transferred_at FROM case_transfer t JOIN care_case c ON c.id = t.case_id WHERE c.authority_id = ?")
                .param(council).query(rs -> { events.add(new Event(rs.getLong(1), ((Timestamp) rs.getTimestamp(2)).toInstant(), null)); });
        Map<Allocation, Set<String>> out = new HashMap<>();
        for (Allocation a : allocations) {
            Object[] k = cases.get(a.caseId());
            Staff s = staff.get(a.staffId());
            int load = load(a, events, cases);
            Set<String> expected = new TreeSet<>();
            boolean qualified = (Boolean) k[1];
            int years = (Integer) k[2];
            boolean welsh = false;
            for (String code : caseNeeds.getOrDefault(a.caseId(), List.of())) {
                Need n = needTypes.get(code);
                if (n.skill() != null && !s.skills().contains(n.skill())) {
                    expected.add("SKILL:" + n.skill());
                }
                qualified |= n.qualified();
                years = Math.max(years, n.years());
                welsh |= n.welsh();
            }
            int held = s.qualifiedOn() == null || s.qualifiedOn().isAfter(a.on()) ? 0 : Period.between(s.qualifiedOn(), a.on()).getYears();
            if (qualified && !s.qualified()) {
                expected.add("QUALIFIED");
            }
            if (years > held) {
                expected.add("EXPERIENCE");
            }
            if (welsh && !s.welsh()) {
                expected.add("WELSH");
            }
            if (load + (Integer) k[0] > s.capacity()) {
                expected.add("CAPACITY");
            }
            out.put(a, expected);
        }
        return out;
    }

    /** The worker's open caseload weight just before the allocation (other cases only). */
    private static int load(Allocation a, List<Event> events, Map<Long, Object[]> cases) {
        Map<Long, Event> latest = new HashMap<>();
        for (Event e : events) {
            boolean before = e.at().isBefore(a.at()) || (e.at().equals(a.at()) && e.caseId() < a.caseId());
            if (e.caseId() != a.caseId() && before) {
                Event seen = latest.get(e.caseId());
                if (seen == null || seen.at().isBefore(e.at())) {
                    latest.put(e.caseId(), e);
                }
            }
        }
        int load = 0;
        for (Event e : latest.values()) {
            LocalDate closed = (LocalDate) cases.get(e.caseId())[3];
            if (e.staffId() != null && e.staffId() == a.staffId() && (closed == null || !closed.isBefore(a.on()))) {
                load += (Integer) cases.get(e.caseId())[0];
            }
        }
        return load;
    }

    private static Set<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : new TreeSet<>(List.of(joined.split(",")));
    }
}
